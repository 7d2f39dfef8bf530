import { describe, expect, it } from 'vitest';
import { describeWhatItIs } from '../../../src/domain/contract/fileSniff';
import { decodeSpreadsheetText } from '../../../src/domain/contract/decodeText';
import { readDataFile } from '../../../src/domain/contract/readFile';

const bytes = (text: string, ...more: number[]) => Uint8Array.from([...Buffer.from(text, 'latin1'), ...more]);
const zip = (...names: string[]) => bytes(`PK\u0003\u0004\u0014\u0000${names.join('\u0000\u0000')}`);

describe('describeWhatItIs: what a file that is not text really is', () => {
  it('a workbook, an OpenDocument spreadsheet, a Word document, another zip', () => {
    expect(describeWhatItIs(zip('[Content_Types].xml', 'xl/workbook.xml'))?.what).toBe('an Excel workbook (.xlsx)');
    expect(describeWhatItIs(zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))?.what).toMatch(/^an OpenDocument spreadsheet \(\.ods/);
    expect(describeWhatItIs(zip('word/document.xml'))?.what).toBe('a Word document (.docx)');
    expect(describeWhatItIs(zip('figures.json'))?.what).toBe('a zip archive');
  });
  it('a PDF, an old Office file, an image, a gzip, an RTF document', () => {
    expect(describeWhatItIs(bytes('%PDF-1.7\n'))?.what).toBe('a PDF document');
    expect(describeWhatItIs(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))?.what).toMatch(/\.xls/);
    expect(describeWhatItIs(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d]))?.what).toBe('an image');
    expect(describeWhatItIs(Uint8Array.from([0x1f, 0x8b, 8, 0]))?.what).toMatch(/gzip/);
    expect(describeWhatItIs(bytes('{\\rtf1\\ansi'))?.what).toMatch(/RTF/);
  });
  it('a Mac’s AppleDouble file: safe to delete', () => {
    const found = describeWhatItIs(Uint8Array.from([0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0]));
    expect(found?.what).toMatch(/macOS metadata/);
    expect(found?.advice).toMatch(/^deleting it: .*safe to delete/);
  });
  it('random bytes are binary data; text of any encoding is not', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 1000 }, () => ((seed = (seed * 1103515245 + 12345) % 2147483648) >> 16) & 0xff);
    expect(describeWhatItIs(random)?.what).toBe('binary data, not text');
    expect(describeWhatItIs(bytes('{ "commentary": "\u0093busy\u0094 \u00a3" }'))).toBeUndefined();
    expect(describeWhatItIs(new Uint8Array(Buffer.from('\uFEFF{ "month": "2017-12" }', 'utf16le')))).toBeUndefined();
    expect(describeWhatItIs(new Uint8Array(Buffer.from('{ "month": "2017-12" }', 'utf16le')))).toBeUndefined();
    expect(describeWhatItIs(bytes('id\tvalue\r\nCP5\t32\f'))).toBeUndefined();
  });
});

describe('advice that fits what the file is', () => {
  it('a workbook saved as .json is named as a workbook, never "re-save as UTF-8"', () => {
    const [problem] = readDataFile('snapshots/2019-04.json', zip('[Content_Types].xml', 'xl/styles.xml')).problems;
    expect(problem).toMatchObject({ severity: 'error', code: 'not-text', found: 'an Excel workbook (.xlsx)' });
    expect(problem!.suggestion).toMatch(/import/);
    expect(JSON.stringify(problem)).not.toMatch(/UTF-8/);
  });
  it('a workbook or an .ods given as a CSV: refused by what it is, its bytes never quoted back', () => {
    const decoded = decodeSpreadsheetText(zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'));
    expect(decoded).toEqual({ ok: false, detail: expect.stringMatching(/^not a CSV but an OpenDocument spreadsheet .*; try opening it and saving it as an Excel workbook \(\.xlsx\)/) });
  });
});
