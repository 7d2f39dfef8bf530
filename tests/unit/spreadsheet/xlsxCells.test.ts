// Cells as Excel shows them, from workbooks written part by part (buildXlsx.ts): each test holds
// the XML Excel writes for that kind of cell.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/spreadsheet/cells';
import { openWorkbook, readSheetRows, type Workbook } from '../../../src/domain/spreadsheet/xlsx';
import { zipSync } from 'fflate';
import { buildXlsx, row, sheetData, workbookParts, type WorkbookSpec } from './buildXlsx';

function open(spec: WorkbookSpec): Workbook {
  const result = openWorkbook(buildXlsx(spec));
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.workbook;
}

/** The cells of row 1, column A onwards, of a one-sheet workbook. */
function firstRow(cellsXml: string[], spec: Omit<WorkbookSpec, 'sheets'> = {}): Cell[] {
  const { rows } = readSheetRows(open({ ...spec, sheets: [{ name: 'Sheet1', xml: sheetData(row(1, ...cellsXml)) }] }), 'Sheet1');
  return rows[0]?.cells ?? [];
}

const number = (ref: string, value: string, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;

describe('numbers and their formats', () => {
  it('reads a percentage as the number Excel stores, saying it is shown as a percentage (built-in 9 and 10)', () => {
    expect(firstRow([number('A1', '0.88', 1), number('B1', '0.8825', 2), number('C1', '0.88')], { cellStyles: [0, 9, 10] })).toEqual([
      { kind: 'number', value: 0.88, format: 'percent', numFmt: '0%' },
      { kind: 'number', value: 0.8825, format: 'percent', numFmt: '0.00%' },
      { kind: 'number', value: 0.88, format: 'general', numFmt: 'General' },
    ]);
  });

  it('reads a custom code with an unquoted % as a percentage, and not a quoted or escaped one', () => {
    const numFmts = { 164: '0.0%', 165: '#,##0.0"%"', 166: '0.0\\%', 167: '[Red]0.0%;[Blue]-0.0%', 168: '#,##0' };
    const cells = firstRow([number('A1', '0.5', 1), number('B1', '50', 2), number('C1', '50', 3), number('D1', '0.5', 4), number('E1', '1204', 5)], { numFmts, cellStyles: [0, 164, 165, 166, 167, 168] });
    expect(cells.map((cell) => (cell.kind === 'number' ? [cell.format, cell.numFmt] : cell.kind))).toEqual([
      ['percent', '0.0%'],
      ['other', '#,##0.0"%"'],
      ['other', '0.0\\%'],
      ['percent', '[Red]0.0%;[Blue]-0.0%'],
      ['other', '#,##0'],
    ]);
  });

  it('keeps text that looks like a number as text', () => {
    expect(firstRow(['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>'], { sharedStrings: ['<si><t>00123</t></si>', '<si><t>88%</t></si>'] })).toEqual([
      { kind: 'text', text: '00123' },
      { kind: 'text', text: '88%' },
    ]);
  });

  it('reads exponents and negative numbers', () => {
    expect(firstRow([number('A1', '1.5E-3'), number('B1', '-12')]).map((cell) => cell.kind === 'number' && cell.value)).toEqual([0.0015, -12]);
  });
});

describe('dates', () => {
  const dateStyles = { numFmts: { 164: 'dd/mm/yyyy', 165: 'd mmmm yyyy', 166: 'yyyy-mm-dd hh:mm', 167: '[$-809]dd mmm yy', 168: '"day "0' }, cellStyles: [0, 14, 15, 17, 22, 164, 165, 166, 167, 168, 27, 36, 45, 50, 58] };

  it('reads every built-in and custom date format as the day Excel shows', () => {
    const cells = firstRow(
      Array.from({ length: 14 }, (_, index) => number(`${String.fromCharCode(65 + index)}1`, '43831', index + 1)),
      dateStyles,
    );
    // 43831 is 1 January 2020; style 9 ("day "0) is a number with a quoted "day".
    expect(cells.map((cell) => (cell.kind === 'date' ? cell.date : cell.kind))).toEqual([
      '2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01', 'number', '2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01',
    ]);
    expect(cells[0]).toEqual({ kind: 'date', date: '2020-01-01', serial: 43831 });
  });

  it('drops the time of day, rounding to the millisecond first as Excel does', () => {
    const cells = firstRow([number('A1', '43831.75', 1), number('B1', '43831.999999999993', 1), number('C1', '43831.99998', 1)], { cellStyles: [0, 22] });
    expect(cells.map((cell) => cell.kind === 'date' && cell.date)).toEqual(['2020-01-01', '2020-01-02', '2020-01-01']);
  });

  it('counts from 1904 in a 1904 workbook', () => {
    expect(firstRow([number('A1', '0', 1), number('B1', '42369', 1)], { date1904: true, cellStyles: [0, 14] })).toEqual([
      { kind: 'date', date: '1904-01-01', serial: 0 },
      { kind: 'date', date: '2020-01-01', serial: 42369 },
    ]);
  });

  it('reads serials before 1 March 1900 as Excel shows them, and keeps its 29 February 1900 and serial 0 as numbers', () => {
    const cells = firstRow([number('A1', '1', 1), number('B1', '59', 1), number('C1', '61', 1), number('D1', '60', 1), number('E1', '0', 1), number('F1', '-1', 1)], { cellStyles: [0, 14] });
    expect(cells.slice(0, 3).map((cell) => cell.kind === 'date' && cell.date)).toEqual(['1900-01-01', '1900-02-28', '1900-03-01']);
    expect(cells.slice(3)).toEqual([
      { kind: 'number', value: 60, format: 'other', numFmt: 'mm-dd-yy' },
      { kind: 'number', value: 0, format: 'other', numFmt: 'mm-dd-yy' },
      { kind: 'number', value: -1, format: 'other', numFmt: 'mm-dd-yy' },
    ]);
  });

  it('reads an ISO date cell (t="d") as its day, and one that is not a real day as its text', () => {
    expect(firstRow(['<c r="A1" t="d"><v>2021-06-10T00:47:45.700Z</v></c>', '<c r="B1" t="d"><v>2021-02-29</v></c>'])).toEqual([
      { kind: 'date', date: '2021-06-10' },
      { kind: 'text', text: '2021-02-29' },
    ]);
  });
});

describe('text', () => {
  it('reads shared and inline strings, and formula strings (t="str")', () => {
    expect(
      firstRow(['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="inlineStr"><is><t>inline</t></is></c>', '<c r="C1" t="str"><f>A1&amp;"!"</f><v>shared!</v></c>'], { sharedStrings: ['<si><t>shared</t></si>'] }),
    ).toEqual([
      { kind: 'text', text: 'shared' },
      { kind: 'text', text: 'inline' },
      { kind: 'text', text: 'shared!' },
    ]);
  });

  it('joins rich text runs and leaves out phonetic guides', () => {
    const rich = '<si><r><rPr><b/></rPr><t>Child</t></r><r><t xml:space="preserve"> ID</t></r><rPh sb="0" eb="1"><t>チャイルド</t></rPh></si>';
    expect(firstRow(['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>'], { sharedStrings: [rich] })).toEqual([
      { kind: 'text', text: 'Child ID' },
      { kind: 'text', text: 'inline' },
    ]);
  });

  it('keeps whitespace as written: leading, trailing and non-breaking spaces, and line ends', () => {
    const strings = ['<si><t xml:space="preserve">  Allocated\u00a0Team  </t></si>', '<si><t>first\nsecond</t></si>'];
    expect(firstRow(['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>'], { sharedStrings: strings })).toEqual([
      { kind: 'text', text: '  Allocated\u00a0Team  ' },
      { kind: 'text', text: 'first\nsecond' },
    ]);
  });

  it('decodes entities, character references and Excel’s _xHHHH_ escapes', () => {
    const strings = ['<si><t>R&amp;D &lt;5&gt; &quot;a&quot; &apos;b&apos; &#163;&#x20AC;</t></si>', '<si><t>line_x000D_\nnext</t></si>', '<si><t>_x005F_x0041_ _x0041_</t></si>'];
    expect(firstRow(['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>', '<c r="C1" t="s"><v>2</v></c>'], { sharedStrings: strings })).toEqual([
      { kind: 'text', text: 'R&D <5> "a" \'b\' £€' },
      { kind: 'text', text: 'line\r\nnext' },
      { kind: 'text', text: '_x0041_ A' },
    ]);
  });

  it('reads a CDATA section as written', () => {
    expect(firstRow(['<c r="A1" t="inlineStr"><is><t><![CDATA[a <b> & c]]></t></is></c>'])).toEqual([{ kind: 'text', text: 'a <b> & c' }]);
  });

  it('keeps an empty string as an empty text cell, not a blank', () => {
    expect(firstRow(['<c r="A1" t="str"><f>""</f><v></v></c>'])).toEqual([{ kind: 'text', text: '' }]);
  });
});

describe('booleans, errors and formulas', () => {
  it('reads TRUE and FALSE', () => {
    expect(firstRow(['<c r="A1" t="b"><v>1</v></c>', '<c r="B1" t="b"><v>0</v></c>'])).toEqual([
      { kind: 'boolean', value: true },
      { kind: 'boolean', value: false },
    ]);
  });

  it('reads each error value as Excel writes it', () => {
    const errors = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];
    const cells = firstRow(errors.map((error, index) => `<c r="${String.fromCharCode(65 + index)}1" t="e"><f>X()</f><v>${error}</v></c>`));
    expect(cells).toEqual(errors.map((error) => ({ kind: 'error', error })));
  });

  it('reads a formula with its cached value as the value, and one saved without a value as a formula', () => {
    expect(firstRow(['<c r="A1"><f>SUM(B1:C1)</f><v>7</v></c>', '<c r="B1"><f>SUM(C1:D1)</f></c>', '<c r="C1" t="str"><f>UPPER(D1)</f></c>', '<c r="D1"><f t="shared" si="0"/></c>'])).toEqual([
      { kind: 'number', value: 7, format: 'general', numFmt: 'General' },
      { kind: 'formula', formula: 'SUM(C1:D1)' },
      { kind: 'formula', formula: 'UPPER(D1)' },
      { kind: 'formula', formula: '' },
    ]);
  });
});

describe('rows, columns, sheets and merges', () => {
  it('gives the sheet’s own row numbers and columns, with gaps as empty cells and empty rows left out', () => {
    const xml = sheetData(
      '<row r="3" spans="2:5"><c r="B3" t="inlineStr"><is><t>Child ID</t></is></c><c r="E3" t="inlineStr"><is><t>Team</t></is></c></row>',
      '<row r="4"><c r="B4" s="0"/><c r="C4"/></row>',
      row(7, number('C7', '5')),
    );
    const { rows } = readSheetRows(open({ sheets: [{ name: 'List 1', xml }] }), 'List 1');
    expect(rows).toEqual([
      { row: 3, cells: [{ kind: 'empty' }, { kind: 'text', text: 'Child ID' }, { kind: 'empty' }, { kind: 'empty' }, { kind: 'text', text: 'Team' }] },
      { row: 7, cells: [{ kind: 'empty' }, { kind: 'empty' }, { kind: 'number', value: 5, format: 'general', numFmt: 'General' }] },
    ]);
  });

  it('numbers rows and columns written without r attributes by their place', () => {
    const xml = sheetData('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>', '<row r="5"><c><v>2</v></c></row>', '<row><c r="C6"><v>3</v></c></row>');
    const { rows } = readSheetRows(open({ sheets: [{ name: 'S', xml }] }), 'S');
    expect(rows.map((sheetRow) => [sheetRow.row, sheetRow.cells.length])).toEqual([
      [1, 2],
      [5, 1],
      [6, 3],
    ]);
  });

  it('lists the sheets in the workbook’s order with their visibility', () => {
    const workbook = open({ sheets: [{ name: 'Figures (2)', xml: '<sheetData/>' }, { name: 'Figures', xml: '<sheetData/>', state: 'hidden' }, { name: 'Lookups', xml: '<sheetData/>', state: 'veryHidden' }, { name: 'R&D <1>', xml: '<sheetData/>' }] });
    expect(workbook.sheets).toEqual([
      { name: 'Figures (2)', visibility: 'visible' },
      { name: 'Figures', visibility: 'hidden' },
      { name: 'Lookups', visibility: 'veryHidden' },
      { name: 'R&D <1>', visibility: 'visible' },
    ]);
  });

  it('reads a hidden sheet’s rows like any other', () => {
    const workbook = open({ sheets: [{ name: 'Visible', xml: '<sheetData/>' }, { name: 'Old', xml: sheetData(row(2, number('A2', '9'))), state: 'hidden' }] });
    expect(readSheetRows(workbook, 'Old').rows.map((sheetRow) => sheetRow.row)).toEqual([2]);
    expect(readSheetRows(workbook, 'Visible').rows).toEqual([]);
  });

  it('returns the merged ranges, 1-based rows and 0-based columns', () => {
    const xml = `${sheetData(row(1, '<c r="A1" t="inlineStr"><is><t>Figures</t></is></c>'))}<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B3:B5"/></mergeCells>`;
    expect(readSheetRows(open({ sheets: [{ name: 'S', xml }] }), 'S').merges).toEqual([
      { from: { row: 1, column: 0 }, to: { row: 1, column: 2 } },
      { from: { row: 3, column: 1 }, to: { row: 5, column: 1 } },
    ]);
  });

  it('reads parts written with a namespace prefix (as the Open XML SDK writes them)', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'S', xml: '' }],
      extraParts: {
        'xl/worksheets/sheet1.xml': '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2"><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        'xl/sharedStrings.xml': '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>prefixed</x:t></x:si></x:sst>',
      },
    });
    const result = openWorkbook(bytes);
    if (!result.ok) throw new Error(result.detail);
    expect(readSheetRows(result.workbook, 'S').rows).toEqual([{ row: 2, cells: [{ kind: 'text', text: 'prefixed' }, { kind: 'number', value: 4, format: 'general', numFmt: 'General' }] }]);
  });

  it('reads a sheet far bigger than one chunk of text, row for row, and reports progress up to 1', () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => row(index + 2, `<c r="A${index + 2}" t="inlineStr"><is><t>child ${index}</t></is></c>`, number(`B${index + 2}`, String(index))));
    const workbook = open({ sheets: [{ name: 'Big', xml: sheetData(...rows) }] });
    const seen: number[] = [];
    const progress: number[] = [];
    workbook.readSheet('Big', (sheetRow) => {
      if (sheetRow.cells[1]?.kind === 'number' && sheetRow.cells[1].value === sheetRow.row - 2 && sheetRow.cells[0]?.kind === 'text' && sheetRow.cells[0].text === `child ${sheetRow.row - 2}`) seen.push(sheetRow.row);
    }, { onProgress: (fraction) => progress.push(fraction) });
    expect(seen).toHaveLength(30_000);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((fraction, index) => fraction >= (progress[index - 1] ?? 0))).toBe(true);
  });

  it('keeps characters whole where a chunk of text ends inside one (stored and compressed parts, a byte-order mark)', () => {
    // Three-byte characters and a four-byte one, so the 64 KB chunks of a stored part cut inside them.
    const text = (index: number) => `€${index}😀£\u00a0—`;
    const rows = Array.from({ length: 8000 }, (_, index) => row(index + 1, `<c r="A${index + 1}" t="inlineStr"><is><t>${text(index)}</t></is></c>`));
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetData(...rows) }] });
    const sheet = parts['xl/worksheets/sheet1.xml'] as Uint8Array;
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...sheet]);
    for (const bytes of [zipSync({ ...parts, 'xl/worksheets/sheet1.xml': [withMark, { level: 0 }] }), zipSync(parts, { level: 9 })]) {
      const result = openWorkbook(bytes);
      if (!result.ok) throw new Error(result.detail);
      const read = readSheetRows(result.workbook, 'S').rows;
      expect(read).toHaveLength(8000);
      expect(read.filter((sheetRow) => sheetRow.cells[0]?.kind !== 'text' || sheetRow.cells[0].text !== text(sheetRow.row - 1))).toEqual([]);
    }
  });
});
