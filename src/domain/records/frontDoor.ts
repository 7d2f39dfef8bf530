// The front door's measures (shared annex-a.md, "The measures"): contacts (list 1) and referrals
// (list 3) in the month, and the share of the month's referrals that are re-referrals.
import type { AnnexAMeasureId } from '../schema';
import { countResult, percentResult, type MeasureResult } from './aggregate';
import { inMonth, type CountContext } from './countContext';
import { isBlankRow } from './headers';
import { teamOf, type ListTable } from './lists';
import type { ColumnKey } from './measureNeeds';
import { countCell, requiredDate } from './recordCells';

/**
 * `contacts`: rows of list 1 whose Date of Contact is in M; `referrals`: rows of list 3 whose Date of
 * Referral is in M. Rows, not children: a child contacted twice in the month is two contacts, as
 * the DfE counts contacts and referrals (annex-a.md says "rows"). A date that is empty or unreadable
 * is a problem: the row is not counted.
 */
export function rowsDatedInMonth<K extends string>(table: ListTable<K | 'team'>, dateKey: K, measure: AnnexAMeasureId, context: CountContext): MeasureResult {
  const records: { team: string }[] = [];
  for (const row of table.located.rows) {
    if (isBlankRow(row)) continue;
    const day = requiredDate(table, row, dateKey, [measure], context.log);
    if (day !== undefined && inMonth(day, context)) records.push({ team: teamOf(table, row) });
  }
  return countResult(records);
}

/**
 * `rereferrals`: of the referrals in M with a Number of Referrals in Last 12 Months, those where it
 * is 1 or more (the column counts earlier referrals only: 0 for a first referral). Blank: a problem,
 * left out of both counts.
 */
export function rereferrals(table: ListTable<ColumnKey<3>>, context: CountContext): MeasureResult {
  return repeatShare(table, 'referralDate', 'earlierReferrals', 'rereferrals', context);
}

/**
 * The share of rows dated in M whose count of earlier episodes is 1 or more: re-referrals (list 3)
 * and repeat child protection plans (list 7) are the same count over different columns. A blank
 * count is a problem, and the row is left out of both counts.
 */
export function repeatShare<D extends string, C extends string>(table: ListTable<D | C | 'team'>, dateKey: D, countKey: C, measure: AnnexAMeasureId, context: CountContext): MeasureResult {
  const records: { team: string; met: boolean }[] = [];
  for (const row of table.located.rows) {
    if (isBlankRow(row)) continue;
    const day = requiredDate(table, row, dateKey, [measure], context.log);
    if (day === undefined || !inMonth(day, context)) continue;
    const earlier = countCell(table, row, countKey, [measure], context.log, true);
    if (earlier === undefined || earlier === null) continue;
    records.push({ team: teamOf(table, row), met: earlier >= 1 });
  }
  return percentResult(records);
}
