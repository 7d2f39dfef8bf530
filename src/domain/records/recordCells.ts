// A record's cells read for a measure, with what cannot be read written to the problem log (shared
// annex-a.md, "Required and optional dates"): a required date that is empty or unreadable, or an
// optional one that is unreadable, makes the record a problem for the measures reading it, left out
// of both their numerator and denominator. Each reader returns undefined for "left out".
import type { SheetRow } from '../spreadsheet/cells';
import type { AnnexAMeasureId } from '../schema';
import { readCount, readDate, readYesNo, type Read } from './cellValues';
import { cellAt, childOf, type ListTable } from './lists';
import type { ProblemLog } from './problemLog';

export const DATE_EXPECTED = 'a date: an Excel date, or text as D/M/YYYY or YYYY-MM-DD';
export const COUNT_EXPECTED = 'a whole number of 0 or more';
export const YES_NO_EXPECTED = 'yes or no (Yes, Y, a) Yes, 1, true; No, N, b) No, 0, false)';

/** Where a record's problem is: its list, row, child and the column's header as the sheet writes it. */
export function placeOf<K extends string>(table: ListTable<K>, row: SheetRow, key: K) {
  return { list: table.list, row: row.row, child: childOf(table as ListTable<string>, row) ?? null, column: table.located.found[key] ?? table.headers[key] };
}

/**
 * A cell read by `read`, or undefined when the record is left out of `measures`: always when it is
 * unreadable, and when it is empty if `required`. Empty and optional: `{ empty: true }`.
 */
function readOrLeaveOut<T, K extends string>(
  read: (cell: ReturnType<typeof cellAt>) => Read<T>,
  expected: string,
  table: ListTable<K>,
  row: SheetRow,
  key: K,
  measures: readonly AnnexAMeasureId[],
  log: ProblemLog,
  required: boolean,
): { value: T } | { empty: true } | undefined {
  const result = read(cellAt(table, row, key));
  if (result.kind === 'value') return { value: result.value };
  if (result.kind === 'empty' && !required) return { empty: true };
  log.leftOut({ ...placeOf(table, row, key), found: result.kind === 'empty' ? 'an empty cell' : result.found, expected }, measures);
  return undefined;
}

/** A required date (the start of what a measure times): its day number, or undefined (left out). */
export function requiredDate<K extends string>(table: ListTable<K>, row: SheetRow, key: K, measures: readonly AnnexAMeasureId[], log: ProblemLog): number | undefined {
  const read = readOrLeaveOut(readDate, DATE_EXPECTED, table, row, key, measures, log, true);
  return read && 'value' in read ? read.value : undefined;
}

/** An optional date (empty: "not yet" or "none"): its day number, null when empty, or undefined (left out). */
export function optionalDate<K extends string>(table: ListTable<K>, row: SheetRow, key: K, measures: readonly AnnexAMeasureId[], log: ProblemLog): number | null | undefined {
  const read = readOrLeaveOut(readDate, DATE_EXPECTED, table, row, key, measures, log, false);
  return read === undefined ? undefined : 'value' in read ? read.value : null;
}

/** A whole number: its value, null when empty (if `required` is false), or undefined (left out). */
export function countCell<K extends string>(table: ListTable<K>, row: SheetRow, key: K, measures: readonly AnnexAMeasureId[], log: ProblemLog, required: boolean): number | null | undefined {
  const read = readOrLeaveOut(readCount, COUNT_EXPECTED, table, row, key, measures, log, required);
  return read === undefined ? undefined : 'value' in read ? read.value : null;
}

/** A yes or no: true, false, null when empty, or undefined when unreadable (left out). */
export function yesNoCell<K extends string>(table: ListTable<K>, row: SheetRow, key: K, measures: readonly AnnexAMeasureId[], log: ProblemLog): boolean | null | undefined {
  const read = readOrLeaveOut(readYesNo, YES_NO_EXPECTED, table, row, key, measures, log, false);
  return read === undefined ? undefined : 'value' in read ? read.value : null;
}
