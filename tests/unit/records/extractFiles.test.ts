// The officer's files to rows: which sheets and CSV files are read, the rows kept of each list, and
// files that cannot be read named with what to do.
import { describe, expect, it } from 'vitest';
import { isCountedList, listRowCollector, readExtractCsvFiles, readExtractWorkbook, readStaffFile } from '../../../src/domain/records/extractFiles';
import { rows } from './sheets';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('isCountedList', () => {
  it('reads lists 1, 3, 4, 5, 6, 7 and 8, by the number at the start of the name', () => {
    expect(['List 1', 'list-3.csv', 'L4', 'List 5 - Section 47', 'list6', 'List 7', 'List 8'].every(isCountedList)).toBe(true);
    expect(['List 2', 'List 9', 'List 10', 'List 11', 'Notes', 'staff.csv'].some(isCountedList)).toBe(false);
  });
});

describe('listRowCollector: a list’s rows as the counting reads them', () => {
  it('keeps the header whole, then only the cells under a header the counting reads', () => {
    const collector = listRowCollector(1);
    for (const row of rows([[null], ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Contact', 'Contact Source'], ['1', 'b) Female', 'a) WBRI', '2019-04-01', 'q) 6: Police'], [null, null], ['2', null, null, '2019-04-02']])) collector.add(row);
    expect(collector.rows.map((row) => row.row)).toEqual([2, 3, 5]);
    expect(collector.rows[0]!.cells).toHaveLength(5);
    expect(Object.keys(collector.rows[1]!.cells)).toEqual(['0', '3']);
    expect(collector.rows[1]!.cells[3]).toEqual({ kind: 'text', text: '2019-04-01' });
  });

  it('a row with nothing the counting reads but something elsewhere stays a row (its empty date is a problem)', () => {
    const collector = listRowCollector(1);
    for (const row of rows([['Child Unique ID', 'Gender', 'Date of Contact'], [null, 'b) Female', null]])) collector.add(row);
    expect(collector.rows).toHaveLength(2);
    expect(collector.rows[1]!.cells[1]).toEqual({ kind: 'text', text: 'b) Female' });
  });
});

describe('files that cannot be read are named, with what to do', () => {
  it('a workbook that is not one', () => {
    expect(readExtractWorkbook({ name: 'annex-a.xlsx', bytes: bytes('List 1,Date of Contact') })).toEqual({ ok: false, file: 'annex-a.xlsx', detail: expect.stringContaining('not an Excel workbook') });
  });

  it('a folder of CSVs: only the lists counted are read; a staff list as CSV', () => {
    const read = readExtractCsvFiles([
      { name: 'list-1.csv', bytes: bytes('Child Unique ID,Date of Contact\n1,01/04/2019\n') },
      { name: 'list-2.csv', bytes: bytes('anything') },
      { name: 'readme.txt', bytes: bytes('notes') },
    ]);
    expect(read.ok && read.value.map((sheet) => [sheet.name, sheet.rows.length])).toEqual([['list-1.csv', 2]]);
    const staff = readStaffFile({ name: 'staff.csv', bytes: bytes('\uFEFFWorker,Team,FTE\nAnn Smith,CP,1\n') });
    expect(staff.ok && staff.value.map((row) => row.cells.map((cell) => (cell.kind === 'text' ? cell.text : cell.kind)))).toEqual([['Worker', 'Team', 'FTE'], ['Ann Smith', 'CP', '1']]);
    expect(readStaffFile({ name: 'staff.xlsx', bytes: bytes('Worker,Team') })).toMatchObject({ ok: false, file: 'staff.xlsx' });
  });
});
