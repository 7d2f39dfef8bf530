// An .xlsx workbook's sheets as the Figures import (xlsxImport.ts) reads them: every sheet, in
// order, as a grid of values. The reading is spreadsheet/xlsx.ts (the same code in the browser and
// in Node, no worker); this turns its cells into the values read-excel-file gave before it, so the
// import's rules are unchanged: numbers as numbers (a percentage as the fraction Excel stores), dates
// as Dates at UTC midnight, and, for now, an error cell or a formula saved without its value as
// null. Kept apart from xlsxImport.ts so that only pages that read a workbook load the reader, with
// a dynamic import.
import type { Cell, SheetRow } from '../spreadsheet/cells';
import { WorkbookError } from '../spreadsheet/workbookError';
import { openWorkbook, readSheetRows, type OpenWorkbookResult } from '../spreadsheet/xlsx';
import type { CellValue, WorkbookSheet } from './xlsxImport';

export type ReadWorkbookResult = { ok: true; sheets: WorkbookSheet[] } | { ok: false; detail: string };

const SAVE_AS_XLSX = 'in Excel choose Save As, "Excel Workbook (*.xlsx)"';

/** Why the workbook was refused, in words that end with what to do. */
function refusal(result: Extract<OpenWorkbookResult, { ok: false }>): string {
  switch (result.reason) {
    case 'not-a-workbook':
      return `not an Excel workbook (.xlsx); ${SAVE_AS_XLSX}`;
    case 'xls':
    case 'xlsb':
      return `not an Excel workbook (.xlsx) but ${result.detail}; ${SAVE_AS_XLSX}`;
    case 'ods':
      return `not an Excel workbook (.xlsx) but ${result.detail}; in LibreOffice choose File, Save As, "Excel 2007-365 (.xlsx)"`;
    case 'encrypted':
      return `${result.detail}; open it in Excel, remove the password (File, Info, Protect Workbook, Encrypt with Password) and save it again`;
    case 'too-large':
      return `a workbook too large to read (${result.detail})`;
    case 'damaged':
      return `a workbook that cannot be read (${result.detail})`;
  }
}

/** A day as a Date at UTC midnight, by its parts (never parsed, so no time zone moves it). */
function utcDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const value = new Date(0);
  value.setUTCFullYear(year!, month! - 1, date!);
  return value;
}

function valueOf(cell: Cell): CellValue {
  switch (cell.kind) {
    case 'text':
      return cell.text === '' ? null : cell.text;
    case 'number':
    case 'boolean':
      return cell.value;
    case 'date':
      return utcDate(cell.date);
    default:
      return null;
  }
}

/**
 * The rows as a grid from A1, as read-excel-file made it: rows after the last with a value and
 * columns after the last with a value dropped, every row as wide as the widest, gaps null.
 */
function gridOf(rows: readonly SheetRow[]): CellValue[][] {
  const converted = rows.map((row) => ({ row: row.row, values: row.cells.map(valueOf) }));
  let height = 0;
  let width = 0;
  for (const { row, values } of converted) {
    const last = values.findLastIndex((value) => value !== null);
    if (last < 0) continue;
    height = row;
    width = Math.max(width, last + 1);
  }
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, (): CellValue => null));
  for (const { row, values } of converted) {
    if (row <= height) values.slice(0, width).forEach((value, column) => (grid[row - 1]![column] = value));
  }
  return grid;
}

export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbookResult> {
  const opened = openWorkbook(bytes);
  if (!opened.ok) return { ok: false, detail: refusal(opened) };
  try {
    const { workbook } = opened;
    return { ok: true, sheets: workbook.sheets.map(({ name }) => ({ sheet: name, data: gridOf(readSheetRows(workbook, name).rows) })) };
  } catch (error) {
    if (error instanceof WorkbookError) return { ok: false, detail: refusal({ ok: false, reason: error.reason, detail: error.detail }) };
    throw error;
  }
}
