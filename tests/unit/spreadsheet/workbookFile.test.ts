// contract/workbookFile.ts on the spreadsheet reader: the Figures import's grid of values, as
// read-excel-file gave it before (checked against it when the reader replaced it), and the
// refusals, each ending with what to do.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/domain/contract/workbookFile';
import { buildXlsx, row, sheetData } from './buildXlsx';

describe('readWorkbook', () => {
  it('gives every sheet in order as a grid from A1: nulls for gaps, no rows or columns after the last value', async () => {
    const xml = sheetData(
      row(3, '<c r="B3" t="inlineStr"><is><t> x </t></is></c>', '<c r="E3" s="1"><v>0.5</v></c>'),
      row(6, '<c r="C6" s="2"><v>43831.5</v></c>', '<c r="F6" t="b"><v>1</v></c>', '<c r="G6" t="str"><f>""</f><v></v></c>'),
      row(9, '<c r="A9" t="e"><v>#REF!</v></c>', '<c r="B9"><f>1+1</f></c>'),
    );
    const result = await readWorkbook(buildXlsx({ sheets: [{ name: 'Figures', xml }, { name: 'Old', state: 'hidden', xml: '<sheetData/>' }], cellStyles: [0, 9, 14] }));
    expect(result).toEqual({
      ok: true,
      sheets: [
        {
          sheet: 'Figures',
          data: [
            [null, null, null, null, null, null],
            [null, null, null, null, null, null],
            // Text as written; a percentage as the fraction Excel stores (for now).
            [null, ' x ', null, null, 0.5, null],
            [null, null, null, null, null, null],
            [null, null, null, null, null, null],
            // A date at UTC midnight; an empty string as null. Row 9 holds only an error and a
            // formula without a value, null for now, so it is dropped like an empty row.
            [null, null, new Date(Date.UTC(2020, 0, 1)), null, null, true],
          ],
        },
        { sheet: 'Old', data: [] },
      ],
    });
  });

  it('refuses other files with what to do', async () => {
    const detail = async (bytes: Uint8Array) => {
      const result = await readWorkbook(bytes);
      return result.ok ? undefined : result.detail;
    };
    expect(await detail(strToU8('id,value\n'))).toBe('not an Excel workbook (.xlsx); in Excel choose Save As, "Excel Workbook (*.xlsx)"');
    expect(await detail(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'not an Excel workbook (.xlsx) but an Excel 97-2003 workbook (.xls), an older format than .xlsx; in Excel choose Save As, "Excel Workbook (*.xlsx)"',
    );
    expect(await detail(zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }] }))).toBe(
      'not an Excel workbook (.xlsx) but an OpenDocument spreadsheet (.ods); in LibreOffice choose File, Save As, "Excel 2007-365 (.xlsx)"',
    );
  });

  it('says a workbook damaged part-way cannot be read', async () => {
    const result = await readWorkbook(buildXlsx({ sheets: [{ name: 'Figures', xml: '<sheetData><row r="1"><c r="A1"><v>1</v>' }] }));
    expect(result).toEqual({ ok: false, detail: 'a workbook that cannot be read (the sheet "Figures" is cut short: the file is incomplete or damaged)' });
  });
});
