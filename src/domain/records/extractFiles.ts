// The officer's files to rows for the counting: the extract as a workbook (.xlsx, one sheet per list)
// or as CSV files (one per list), and the staff list as a CSV or a workbook. Bytes in, rows out, with
// the spreadsheet readers of spreadsheet/: the same in the command line and the browser's worker. A
// file that cannot be read is said so by name, with what to do.
import { decodeSpreadsheetText } from '../contract/decodeText';
import type { Cell, SheetRow } from '../spreadsheet/cells';
import { rowsFromCsv } from '../spreadsheet/csv';
import { openWorkbook, type Workbook } from '../spreadsheet/xlsx';
import { isEmptyLooking } from './cellValues';
import { isBlankRow, normaliseHeader } from './headers';
import { listNumberOfName, type ExtractSheet } from './lists';
import { LIST_COLUMNS } from './measureNeeds';

export interface NamedBytes {
  /** The file's name as the officer knows it (shown in messages; a CSV's names its list). */
  name: string;
  bytes: Uint8Array;
}

export type FileRead<T> = { ok: true; value: T } | { ok: false; file: string; detail: string };

/** An Annex A list as CSV may be as large as a council's every contact in a year. */
const MAX_LIST_CSV_BYTES = 512 * 1024 * 1024;

const COUNTED_LISTS = new Set(Object.keys(LIST_COLUMNS).map(Number));

/** Whether a sheet's or file's name is a list the counting reads (1, 3, 4, 5, 6, 7, 8); the others are not read at all. */
export function isCountedList(name: string): boolean {
  const list = listNumberOfName(name);
  return list !== undefined && COUNTED_LISTS.has(list);
}

function whatToDo(reason: string): string {
  switch (reason) {
    case 'xls':
    case 'xlsb':
    case 'ods':
      return ': open it in Excel and save it as an Excel Workbook (.xlsx)';
    case 'encrypted':
      return ': remove its password (File, Info, Protect Workbook) and save it again';
    default:
      return '';
  }
}

function openOrFail(file: NamedBytes): FileRead<Workbook> {
  const opened = openWorkbook(file.bytes);
  return opened.ok ? { ok: true, value: opened.workbook } : { ok: false, file: file.name, detail: `${opened.detail}${whatToDo(opened.reason)}` };
}

function readRows(workbook: Workbook, sheet: string, onProgress?: (fraction: number) => void): SheetRow[] {
  const rows: SheetRow[] = [];
  workbook.readSheet(sheet, (row) => rows.push(row), { onProgress });
  return rows;
}

/**
 * A list's rows kept as the counting reads them, as they stream from the workbook: the header row
 * whole, then of each row only the cells under a header the counting reads (at their own columns),
 * so that a 200,000-row extract's other columns never pile up in memory. A row whose read cells are
 * all empty but which holds something elsewhere keeps that one cell too, so that it still counts as
 * a row (a record with no date is a problem, not a blank line); a blank row is not kept.
 */
export function listRowCollector(list: number): { add: (row: SheetRow) => void; rows: SheetRow[] } {
  const wanted = new Set(Object.values(LIST_COLUMNS[list as keyof typeof LIST_COLUMNS] ?? {}).map(normaliseHeader));
  const rows: SheetRow[] = [];
  let read: number[] | undefined;
  const add = (row: SheetRow) => {
    if (isBlankRow(row)) return;
    if (read === undefined) {
      read = row.cells.flatMap((cell, column) => (cell.kind === 'text' && wanted.has(normaliseHeader(cell.text)) ? [column] : []));
      rows.push(row);
      return;
    }
    const cells: Cell[] = [];
    for (const column of read) if (row.cells[column] !== undefined) cells[column] = row.cells[column]!;
    if (cells.every((cell) => isEmptyLooking(cell))) {
      const other = row.cells.findIndex((cell) => !isEmptyLooking(cell));
      cells[other] = row.cells[other]!;
    }
    rows.push({ row: row.row, cells });
  };
  return { add, rows };
}

/** A workbook's sheets for lists 1, 3, 4, 5, 6, 7 and 8, with `onProgress` from 0 to 1 over them. */
export function readExtractWorkbook(file: NamedBytes, onProgress?: (fraction: number) => void): FileRead<ExtractSheet[]> {
  const opened = openOrFail(file);
  if (!opened.ok) return opened;
  const workbook = opened.value;
  const lists = workbook.sheets.filter((sheet) => isCountedList(sheet.name));
  try {
    const sheets = lists.map((sheet, index) => {
      const collector = listRowCollector(listNumberOfName(sheet.name)!);
      workbook.readSheet(sheet.name, collector.add, { onProgress: (fraction) => onProgress?.((index + fraction) / lists.length) });
      return { name: sheet.name, visibility: sheet.visibility, rows: collector.rows };
    });
    onProgress?.(1);
    return { ok: true, value: sheets };
  } catch (error) {
    return { ok: false, file: file.name, detail: (error as Error).message };
  }
}

function csvRows(file: NamedBytes): FileRead<SheetRow[]> {
  const decoded = decodeSpreadsheetText(file.bytes, MAX_LIST_CSV_BYTES);
  return decoded.ok ? { ok: true, value: rowsFromCsv(decoded.text) } : { ok: false, file: file.name, detail: decoded.detail };
}

/** A folder's CSV files, one per list, named for their list (`list-5.csv`, `List 5 - Section 47.csv`); others are not read. */
export function readExtractCsvFiles(files: readonly NamedBytes[]): FileRead<ExtractSheet[]> {
  const sheets: ExtractSheet[] = [];
  for (const file of files.filter((candidate) => isCountedList(candidate.name))) {
    const read = csvRows(file);
    if (!read.ok) return read;
    sheets.push({ name: file.name, rows: read.value });
  }
  return { ok: true, value: sheets };
}

/** The staff list: a CSV, or a workbook's first visible sheet. */
export function readStaffFile(file: NamedBytes): FileRead<SheetRow[]> {
  if (/\.csv$/i.test(file.name)) return csvRows(file);
  const opened = openOrFail(file);
  if (!opened.ok) return opened;
  const sheet = opened.value.sheets.find((candidate) => candidate.visibility === 'visible') ?? opened.value.sheets[0];
  if (!sheet) return { ok: false, file: file.name, detail: 'a workbook with no sheets' };
  try {
    return { ok: true, value: readRows(opened.value, sheet.name) };
  } catch (error) {
    return { ok: false, file: file.name, detail: (error as Error).message };
  }
}

/** An extract as the officer gives it: one workbook (.xlsx; any file not a .csv is read as one), or CSV files, one per list. */
export function readExtractFiles(files: readonly NamedBytes[], onProgress?: (fraction: number) => void): FileRead<ExtractSheet[]> {
  const workbooks = files.filter((file) => !/\.csv$/i.test(file.name));
  if (workbooks.length === 0) return readExtractCsvFiles(files);
  if (files.length > 1) {
    const other = files.find((file) => file !== workbooks[0])!;
    return { ok: false, file: other.name, detail: `a second file beside the workbook ${workbooks[0]!.name}: give one workbook alone, or CSV files, one per list` };
  }
  return readExtractWorkbook(workbooks[0]!, onProgress);
}
