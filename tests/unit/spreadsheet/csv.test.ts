import { describe, expect, it } from 'vitest';
import { guessDelimiter, rowsFromCsv } from '../../../src/domain/spreadsheet/csv';

const text = (value: string) => ({ kind: 'text', text: value });
const empty = { kind: 'empty' };

describe('rowsFromCsv', () => {
  it('gives every field as text, as written, and an empty field as an empty cell', () => {
    expect(rowsFromCsv('Child ID,Date of Contact,Age\r\n00123, 03/01/2024 ,\r\n')).toEqual([
      { row: 1, cells: [text('Child ID'), text('Date of Contact'), text('Age')] },
      { row: 2, cells: [text('00123'), text(' 03/01/2024 '), empty] },
    ]);
  });

  it('numbers rows as a spreadsheet does: a header below blank lines keeps its line number, blank rows are left out', () => {
    expect(rowsFromCsv('\n,,\nid,value\n\nCP5,86.3').map((row) => row.row)).toEqual([3, 5]);
  });

  it('counts a quoted field over several lines as one row, as Excel opens it', () => {
    const rows = rowsFromCsv('id,note\nCP5,"first line\nsecond line"\nCP6,x\n');
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3]);
    expect(rows[1]!.cells[1]).toEqual(text('first line\nsecond line'));
  });

  it('reads semicolons and tabs as Excel writes them in some locales, drops a byte-order mark, and keeps non-breaking spaces', () => {
    expect(rowsFromCsv('\uFEFFid;value\nCP5;"86,3"')).toEqual([
      { row: 1, cells: [text('id'), text('value')] },
      { row: 2, cells: [text('CP5'), text('86,3')] },
    ]);
    expect(rowsFromCsv('Allocated\u00a0Team\tWorker\nA\tB')[0]!.cells).toEqual([text('Allocated\u00a0Team'), text('Worker')]);
  });

  it('guesses the delimiter from the first line that is not blank', () => {
    expect(guessDelimiter('\n\na;b;c\n1,2,3')).toBe(';');
    expect(guessDelimiter('single')).toBe(',');
  });

  it('gives no rows for an empty file', () => {
    expect(rowsFromCsv('')).toEqual([]);
  });
});
