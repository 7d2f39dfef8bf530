// The public synthetic Annex A extract (tests/fixtures/annex-a/README.md), read cell by cell and
// held to openpyxl's reading of the same file (Annex_A_2024_Jan.cells.json, written by a Python
// script beside it), plus a few cells named here as an officer would see them in Excel.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/domain/spreadsheet/cells';
import { openWorkbook, readSheetRows, type Workbook } from '../../../src/domain/spreadsheet/xlsx';

const folder = resolve('tests/fixtures/annex-a');
type TruthCell = { kind: 'text'; text: string } | { kind: 'number'; value: number; numFmt: string } | { kind: 'date'; date: string } | { kind: 'boolean'; value: boolean } | { kind: 'error'; error: string };
interface Truth {
  sheets: { name: string; visibility: string; rows: { row: number; cells: [number, TruthCell][] }[] }[];
}
const truth = JSON.parse(readFileSync(resolve(folder, 'Annex_A_2024_Jan.cells.json'), 'utf8')) as Truth;

function workbook(): Workbook {
  const result = openWorkbook(new Uint8Array(readFileSync(resolve(folder, 'Annex_A_2024_Jan.xlsx'))));
  if (!result.ok) throw new Error(result.detail);
  return result.workbook;
}

/** Our cell in openpyxl's terms (openpyxl does not say whether a number is a percentage). */
function asTruth(cell: Cell): TruthCell | undefined {
  switch (cell.kind) {
    case 'number':
      return { kind: 'number', value: cell.value, numFmt: cell.numFmt };
    case 'date':
      return { kind: 'date', date: cell.date };
    case 'text':
    case 'boolean':
    case 'error':
      return cell;
    default:
      return undefined;
  }
}

describe('the Annex A sample workbook', () => {
  const book = workbook();

  it('lists the eleven sheets in order, all visible', () => {
    expect(book.sheets).toEqual(truth.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility })));
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(Array.from({ length: 11 }, (_, index) => `List ${index + 1}`));
  });

  it.each(truth.sheets.map((sheet) => [sheet.name, sheet] as const))('reads every cell of %s as openpyxl does', (name, sheet) => {
    const { rows } = readSheetRows(book, name);
    const ours = rows.map((row) => ({ row: row.row, cells: row.cells.flatMap((cell, column) => (cell.kind === 'empty' ? [] : [[column, asTruth(cell)]])) }));
    expect(ours).toEqual(sheet.rows);
  });

  it('reads the header rows and the known cells as Excel shows them', () => {
    const cell = (sheet: string, row: number, column: number) => readSheetRows(book, sheet).rows.find((found) => found.row === row)?.cells[column];
    const header = (sheet: string) => readSheetRows(book, sheet).rows[0]!;
    expect(header('List 1')).toEqual({ row: 1, cells: ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age', 'Date of Contact', 'Contact Source'].map((text) => ({ kind: 'text', text })) });
    expect(header('List 8').cells[28]).toEqual({ kind: 'text', text: 'Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months' });
    // A worker's name with a non-breaking space, as exported.
    expect(cell('List 3', 2, 10)).toEqual({ kind: 'text', text: 'Dustin\u00a0Hazlett' });
    // An unallocated child: #N/A in Allocated Team and Worker.
    expect(cell('List 6', 2, 12)).toEqual({ kind: 'error', error: '#N/A' });
    // A child ID typed as a number, formatted "0".
    expect(cell('List 1', 2, 0)).toEqual({ kind: 'number', value: 9212044, format: 'other', numFmt: '0' });
    // Dates: built-in format 14, a formula's saved result, a custom "dd/mm/yyyy;@".
    expect(cell('List 1', 2, 5)).toEqual({ kind: 'date', date: '2020-09-16', serial: 44090 });
    expect(cell('List 10', 2, 8)).toEqual({ kind: 'date', date: '2009-08-11', serial: 40036 });
    expect(cell('List 11', 2, 6)).toMatchObject({ kind: 'date', date: '2009-08-06' });
    // An empty string in the shared strings: a text cell with nothing in it, not a blank.
    expect(cell('List 8', 4, 2)).toEqual({ kind: 'text', text: '' });
  });
});
