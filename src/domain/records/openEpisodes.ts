// Children open at the month's end R in one list (shared annex-a.md, "at the month's end" and
// "Caseloads"): a CP plan, a looked-after episode, a CIN episode or an assessment that started on or
// before R and had not ended by R (no end date, or one after R). Each child once, by child ID.
import type { SheetRow } from '../spreadsheet/cells';
import type { AnnexAMeasureId } from '../schema';
import type { CountContext } from './countContext';
import { dayInWords } from './days';
import { isBlankRow } from './headers';
import { childOf, type ListTable } from './lists';
import { optionalDate, placeOf, requiredDate } from './recordCells';

export interface OpenRecord {
  child: string;
  row: SheetRow;
  /** The day the episode started. */
  start: number;
}

/**
 * The children open at R in `table`, by child ID. `measures` are those counted from these children:
 * a record that cannot be told open or closed (an unreadable end, a start that is empty or unreadable
 * while the end does not close it, no child ID) is a problem, left out of all of them.
 *
 * A child with two episodes open at once in one list (annex-a.md is silent): counted once, from the
 * episode that started last (the later row on a tie), as the current one; the other row is named as
 * a problem counted with that assumption, since one child has one plan or episode at a time.
 */
export function openAtReference<K extends string>(
  table: ListTable<K | 'childId'>,
  startKey: K,
  endKey: K,
  measures: readonly AnnexAMeasureId[],
  context: CountContext,
): Map<string, OpenRecord> {
  const open = new Map<string, OpenRecord>();
  if (measures.length === 0) return open;
  const { log, reference } = context;
  for (const row of table.located.rows) {
    if (isBlankRow(row)) continue;
    const end = optionalDate(table, row, endKey, measures, log);
    if (end === undefined || (end !== null && end <= reference)) continue;
    const start = requiredDate(table, row, startKey, measures, log);
    if (start === undefined || start > reference) continue;
    const child = childOf(table, row);
    if (child === undefined) {
      log.leftOut({ ...placeOf(table, row, 'childId'), found: 'an empty cell', expected: 'a child ID (each child is counted once)' }, measures);
      continue;
    }
    const earlier = open.get(child);
    const record: OpenRecord = { child, row, start };
    const [kept, dropped] = earlier === undefined || start >= earlier.start ? [record, earlier] : [earlier, record];
    open.set(child, kept);
    if (dropped) {
      log.assumed(
        { ...placeOf(table, dropped.row, startKey), found: `a second episode open on ${dayInWords(reference)} (also row ${kept.row.row})`, expected: 'one open episode per child' },
        measures,
        `once, from row ${kept.row.row} (the episode that started last)`,
      );
    }
  }
  return open;
}
