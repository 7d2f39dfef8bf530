// contract/workbookFile.ts: a workbook's bytes, as Excel saves them, to the month's snapshot with
// the spreadsheet reader: cells as Excel means them (a percentage is its percentage), only the
// sheets the import needs read, and every refusal ending with what to do.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { figuresFromWorkbook, openFiguresWorkbook } from '../../../src/domain/contract/workbookFile';
import type { Indicator } from '../../../src/domain/schema';
import { buildXlsx, row, sheetData } from '../spreadsheet/buildXlsx';

const indicators: Pick<Indicator, 'id' | 'unit'>[] = [{ id: 'CP5', unit: 'percent' }, { id: 'WF1', unit: 'count' }];
const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const header = row(1, text('A1', 'id'), text('B1', 'value'), text('C1', 'note'));
const workstreams = { name: 'Workstreams', xml: sheetData(row(1, text('A1', 'workstream'), text('B1', 'rag')), row(2, text('A2', 'practice'), text('B2', 'Green'))) };
// Style 1 is Excel's built-in "0%" (numFmtId 9), style 2 "0.00%" (10).
const PERCENT_STYLES = [0, 9, 10];

describe('figuresFromWorkbook: cells as Excel means them', () => {
  it('a cell typed "88%" (0.88 formatted as a percentage) is 88; one typed 88.25% is 88.25', () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Figures', xml: sheetData(header, row(2, text('A2', 'CP5'), '<c r="B2" s="1"><v>0.88</v></c>')) }, workstreams], cellStyles: PERCENT_STYLES });
    const result = figuresFromWorkbook(bytes, '2019-04', 'f.xlsx', indicators);
    expect(result.ok && result.snapshot.values.CP5).toBe(88);
    const precise = buildXlsx({ sheets: [{ name: 'Figures', xml: sheetData(header, row(2, text('A2', 'CP5'), '<c r="B2" s="2"><v>0.8825</v></c>')) }, workstreams], cellStyles: PERCENT_STYLES });
    const second = figuresFromWorkbook(precise, '2019-04', 'f.xlsx', indicators);
    expect(second.ok && second.snapshot.values.CP5).toBe(88.25);
  });

  it('an error cell and a formula saved without its value are errors at their cells, never a silent null', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'Figures', xml: sheetData(header, row(2, text('A2', 'CP5'), '<c r="B2" t="e"><v>#DIV/0!</v></c>'), row(3, text('A3', 'WF1'), '<c r="B3"><f>SUM(D3:D9)</f></c>')) }, workstreams],
    });
    const result = figuresFromWorkbook(bytes, '2019-04', 'f.xlsx', indicators);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toMatchObject([
      { severity: 'error', cell: 'Figures!B2', message: "The cell holds Excel's error #DIV/0!", found: '#DIV/0!' },
      { severity: 'error', cell: 'Figures!B3', message: 'The cell is a formula Excel has not worked out', found: '=SUM(D3:D9) with no value saved' },
    ]);
  });

  it('a heading merged across two columns is an error at it, not a lost column', () => {
    const xml = `${sheetData(row(1, text('A1', 'id'), text('B1', 'value')), row(2, text('A2', 'CP5'), '<c r="B2"><v>88</v></c>', '<c r="C2"><v>44</v></c>'))}<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>`;
    const result = figuresFromWorkbook(buildXlsx({ sheets: [{ name: 'Figures', xml }, workstreams] }), '2019-04', 'f.xlsx', indicators);
    expect(!result.ok && result.problems).toMatchObject([{ cell: 'Figures!B1', message: 'The heading Figures!B1:C1 is merged across 2 columns' }, { cell: 'Figures!C1', message: 'Column 3 holds figures but has no heading' }]);
  });

  it('prefers the visible "Figures (2)" to a hidden old "Figures", and says which was read', () => {
    const old = { name: 'Figures', state: 'hidden' as const, xml: sheetData(header, row(2, text('A2', 'CP5'), '<c r="B2"><v>40</v></c>')) };
    const current = { name: 'Figures (2)', xml: sheetData(header, row(2, text('A2', 'CP5'), '<c r="B2"><v>86</v></c>')) };
    const result = figuresFromWorkbook(buildXlsx({ sheets: [old, current, workstreams] }), '2019-04', 'f.xlsx', indicators);
    expect(result.ok && result.snapshot.values.CP5).toBe(86);
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual(['The figures were read from the sheet "Figures (2)": it is the visible one of "Figures" (hidden), "Figures (2)"']);
  });

  it('reads only the sheets it needs: a damaged raw-data tab beside them does not matter', () => {
    const raw = { name: 'Raw data', xml: '<sheetData><row r="1"><c r="A1"><v>1</v>' };
    const result = figuresFromWorkbook(buildXlsx({ sheets: [{ name: 'Figures', xml: sheetData(header, row(2, text('A2', 'WF1'), '<c r="B2"><v>21</v></c>')) }, workstreams, raw] }), '2019-04', 'f.xlsx', indicators);
    expect(result.ok && result.snapshot).toMatchObject({ values: { WF1: 21 }, workstreams: { practice: { rag: 'green' } } });
  });

  it('says how far each sheet has been read', () => {
    const seen: [string, number][] = [];
    figuresFromWorkbook(buildXlsx({ sheets: [{ name: 'Figures', xml: sheetData(header) }, workstreams] }), '2019-04', 'f.xlsx', indicators, (sheet, fraction) => seen.push([sheet, fraction]));
    expect(seen.at(-1)).toEqual(['Workstreams', 1]);
    expect(seen.some(([sheet, fraction]) => sheet === 'Figures' && fraction === 1)).toBe(true);
  });

  it('a sheet damaged part-way: the workbook cannot be read, and says why', () => {
    const result = figuresFromWorkbook(buildXlsx({ sheets: [{ name: 'Figures', xml: '<sheetData><row r="1"><c r="A1"><v>1</v>' }] }), '2019-04', 'f.xlsx', indicators);
    expect(result).toEqual({ ok: false, problems: [], detail: 'a workbook that cannot be read (the sheet "Figures" is cut short: the file is incomplete or damaged)' });
  });
});

describe('openFiguresWorkbook: what it refuses, with what to do', () => {
  const detail = (bytes: Uint8Array) => {
    const result = openFiguresWorkbook(bytes);
    return result.ok ? undefined : result.detail;
  };
  it('a CSV, an .xls and an .ods, each by name with how to save it as .xlsx', () => {
    expect(detail(strToU8('id,value\n'))).toBe('not an Excel workbook (.xlsx); in Excel choose Save As, "Excel Workbook (*.xlsx)"');
    expect(detail(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'not an Excel workbook (.xlsx) but an Excel 97-2003 workbook (.xls), an older format than .xlsx; in Excel choose Save As, "Excel Workbook (*.xlsx)"',
    );
    expect(detail(zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }] }))).toBe(
      'not an Excel workbook (.xlsx) but an OpenDocument spreadsheet (.ods); in LibreOffice choose File, Save As, "Excel 2007-365 (.xlsx)"',
    );
  });
});
