// Files that are not an .xlsx the reader can read: other formats named, hostile and damaged files
// refused with a reason, never a hang or a crash.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, readSheetRows, type OpenWorkbookResult } from '../../../src/domain/spreadsheet/xlsx';
import { readZipDirectory } from '../../../src/domain/spreadsheet/zipArchive';
import { buildXlsx, row, sheetData, workbookParts } from './buildXlsx';

const oneSheet = (xml: string) => buildXlsx({ sheets: [{ name: 'S', xml }], sharedStrings: ['<si><t>a</t></si>'] });
const failure = (result: OpenWorkbookResult) => (result.ok ? undefined : { reason: result.reason, detail: result.detail });

/** The central directory entry of `name`, found by its signature, given its declared uncompressed size. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength)) === name) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no entry ${name}`);
}

/** A compound file (OLE2) holding directory entries with these names. */
function compoundFile(...names: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * (names.length + 1));
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ['Root Entry', ...names].forEach((name, index) => {
    const at = 512 + index * 128;
    for (let char = 0; char < name.length; char++) bytes[at + char * 2] = name.charCodeAt(char);
    bytes[at + 64] = (name.length + 1) * 2;
    bytes[at + 66] = index === 0 ? 5 : 2;
  });
  return bytes;
}

describe('other formats, named so the caller can say "save it as .xlsx"', () => {
  it('refuses an .xls (an OLE2 compound file with a Workbook stream), and one that is only the header', () => {
    expect(failure(openWorkbook(compoundFile('Workbook', 'SummaryInformation')))?.reason).toBe('xls');
    expect(failure(openWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])))?.reason).toBe('xls');
  });

  it('says a workbook is encrypted with a password (an OLE2 file with EncryptionInfo)', () => {
    expect(failure(openWorkbook(compoundFile('EncryptionInfo', 'EncryptedPackage')))).toEqual({ reason: 'encrypted', detail: 'a workbook protected with a password (encrypted)' });
  });

  it('does not take a Word 97-2003 document for a workbook', () => {
    expect(failure(openWorkbook(compoundFile('WordDocument')))?.reason).toBe('not-a-workbook');
  });

  it('refuses an .ods (a zip whose mimetype names an OpenDocument spreadsheet)', () => {
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    expect(failure(openWorkbook(ods))).toEqual({ reason: 'ods', detail: 'an OpenDocument spreadsheet (.ods)' });
  });

  it('refuses an .xlsb (a binary workbook in a zip)', () => {
    expect(failure(openWorkbook(zipSync({ 'xl/workbook.bin': new Uint8Array([1, 2, 3]) })))?.reason).toBe('xlsb');
  });

  it('says random bytes, a text file and a zip of something else are not a workbook', () => {
    const random = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251);
    expect(failure(openWorkbook(random))?.reason).toBe('not-a-workbook');
    expect(failure(openWorkbook(strToU8('id,value\nCP5,86.3\n')))?.reason).toBe('not-a-workbook');
    expect(failure(openWorkbook(new Uint8Array()))?.reason).toBe('not-a-workbook');
    expect(failure(openWorkbook(zipSync({ 'word/document.xml': strToU8('<w:document/>') })))).toEqual({ reason: 'not-a-workbook', detail: 'a zip file that holds no Excel workbook' });
  });

  it('reads an .xlsm (the same format, with macros that are never run)', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetData(row(1, '<c r="A1"><v>1</v></c>')) }] });
    const result = openWorkbook(zipSync({ ...parts, 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }));
    expect(result.ok && readSheetRows(result.workbook, 'S').rows).toHaveLength(1);
  });
});

describe('hostile files', () => {
  it('refuses a zip bomb by the sizes it declares, before inflating anything', () => {
    const bomb = declareSize(oneSheet('<sheetData/>'), 'xl/worksheets/sheet1.xml', 0xfffffff0);
    const result = openWorkbook(bomb);
    expect(result).toMatchObject({ ok: false, reason: 'too-large', limitBytes: 512 * 1024 * 1024 });
    expect(result.ok === false && result.declaredBytes).toBeGreaterThan(0xfffffff0);
    expect(failure(result)?.detail).toMatch(/^it unpacks to 4,097 MB, more than the 512 MB this reader allows$/);
  });

  it('holds the limit to the option given', () => {
    const rows = Array.from({ length: 2000 }, (_, index) => row(index + 1, `<c r="A${index + 1}"><v>${index}</v></c>`));
    const bytes = oneSheet(sheetData(...rows));
    expect(failure(openWorkbook(bytes, { maxInflatedBytes: 10_000 }))?.reason).toBe('too-large');
    expect(openWorkbook(bytes).ok).toBe(true);
  });

  it('stops a part that inflates to more than it declares (a bomb that lies), as damaged', () => {
    const xml = sheetData(row(1, `<c r="A1" t="inlineStr"><is><t>${'a'.repeat(5_000_000)}</t></is></c>`));
    const lying = declareSize(oneSheet(xml), 'xl/worksheets/sheet1.xml', 1000);
    const result = openWorkbook(lying);
    if (!result.ok) throw new Error(result.detail);
    expect(() => result.workbook.readSheet('S', () => {})).toThrow(/unpacks to more than the 1000 bytes it declares/);
  });

  it('never follows an external reference', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetData(row(1, '<c r="A1"><v>1</v></c>')) }] });
    const rels = new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels'] as Uint8Array).replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="file:///C:/secret.xlsx" TargetMode="External"/></Relationships>');
    const result = openWorkbook(zipSync({ ...parts, 'xl/_rels/workbook.xml.rels': strToU8(rels) }));
    expect(result.ok && readSheetRows(result.workbook, 'S').rows).toHaveLength(1);
  });
});

describe('damaged files', () => {
  it('says a zip cut short is damaged', () => {
    const bytes = oneSheet(sheetData(row(1, '<c r="A1"><v>1</v></c>')));
    expect(failure(openWorkbook(bytes.subarray(0, Math.floor(bytes.length / 2))))).toEqual({ reason: 'damaged', detail: 'the file is incomplete: its zip directory is missing, as when a copy is cut short' });
  });

  it('says a sheet whose compressed data is corrupt is damaged, when it is read', () => {
    const rows = Array.from({ length: 3000 }, (_, index) => row(index + 1, `<c r="A${index + 1}"><v>${index * 31}</v></c>`));
    const bytes = oneSheet(sheetData(...rows)).slice();
    const sheet = readZipDirectory(bytes).get('xl/worksheets/sheet1.xml')!;
    const data = sheet.localHeaderOffset + 30 + sheet.name.length;
    bytes.fill(0xff, data + sheet.compressedSize / 2, data + sheet.compressedSize / 2 + 64);
    const result = openWorkbook(bytes);
    if (!result.ok) throw new Error(result.detail);
    expect(() => result.workbook.readSheet('S', () => {})).toThrow(expect.objectContaining({ reason: 'damaged', detail: expect.stringMatching(/^xl\/worksheets\/sheet1.xml /) }));
  });

  it('says a sheet whose XML is cut short is damaged, after giving the rows before', () => {
    const result = openWorkbook(oneSheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>'));
    if (!result.ok) throw new Error(result.detail);
    const rows: number[] = [];
    expect(() => result.workbook.readSheet('S', (sheetRow) => rows.push(sheetRow.row))).toThrow('the sheet "S" is cut short: the file is incomplete or damaged');
    expect(rows).toEqual([1]);
  });

  it('names the cell that refers to a shared string the workbook does not have', () => {
    const result = openWorkbook(oneSheet(sheetData(row(4, '<c r="C4" t="s"><v>7</v></c>'))));
    if (!result.ok) throw new Error(result.detail);
    expect(() => result.workbook.readSheet('S', () => {})).toThrow('the cell C4 of the sheet "S" refers to shared string 7, which the workbook does not have');
  });

  it('says rows out of order are damaged', () => {
    const result = openWorkbook(oneSheet(sheetData(row(5, '<c r="A5"><v>1</v></c>'), row(3, '<c r="A3"><v>1</v></c>'))));
    if (!result.ok) throw new Error(result.detail);
    expect(() => result.workbook.readSheet('S', () => {})).toThrow('the sheet "S" has row 3 after row 5, out of order');
  });

  it('says a part that is not UTF-8 is damaged', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: '' }] });
    const result = openWorkbook(zipSync({ ...parts, 'xl/worksheets/sheet1.xml': new Uint8Array([0x3c, 0x77, 0xff, 0xfe, 0xfd, 0x3e]) }));
    if (!result.ok) throw new Error(result.detail);
    expect(() => result.workbook.readSheet('S', () => {})).toThrow(/is not valid text/);
  });

  it('lets an error thrown by the caller’s onRow out as it is', () => {
    const result = openWorkbook(oneSheet(sheetData(row(1, '<c r="A1"><v>1</v></c>'))));
    if (!result.ok) throw new Error(result.detail);
    const mine = new Error('stop here');
    expect(() => result.workbook.readSheet('S', () => { throw mine; })).toThrow(mine);
  });
});
