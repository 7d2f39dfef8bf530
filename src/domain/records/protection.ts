// The child protection measures (shared annex-a.md, "The measures", list 7): children on a plan at
// R, plans started in M that are second or later plans, and children on a plan at R visited within
// the council's standard (calendar.json's cpVisitWorkingDays, default 10 working days).
import { countResult, percentResult, type MeasureResult } from './aggregate';
import type { CountContext } from './countContext';
import { dayInWords } from './days';
import { repeatShare } from './frontDoor';
import { teamOf, type ListTable } from './lists';
import type { ColumnKey } from './measureNeeds';
import type { OpenRecord } from './openEpisodes';
import { optionalDate, placeOf } from './recordCells';
import { workingDaysBetweenDays } from './workingDays';

/** `cpPlans`: distinct children with a plan open at R, each in the team of that plan's row. */
export function cpPlans(table: ListTable<ColumnKey<7>>, open: ReadonlyMap<string, OpenRecord>): MeasureResult {
  return countResult([...open.values()].map((record) => ({ team: teamOf(table, record.row) })));
}

/**
 * `cpRepeat`: plans (rows) started in M; a repeat when Number of Previous Child Protection Plans is
 * 1 or more. Blank: a problem, left out of both counts.
 */
export function cpRepeat(table: ListTable<ColumnKey<7>>, context: CountContext): MeasureResult {
  return repeatShare(table, 'planStart', 'previousPlans', 'cpRepeat', context);
}

/**
 * `cpVisits`: of cpPlans' children, those whose Date of the Last Statutory Visit is on or before R
 * with at most `cpVisitWorkingDays` working days from it to R. No visit date: not visited. A visit
 * after R (the extract was taken after the month's end) cannot say whether the child was visited in
 * time at R: a problem, left out of both counts.
 */
export function cpVisits(table: ListTable<ColumnKey<7>>, open: ReadonlyMap<string, OpenRecord>, context: CountContext): MeasureResult {
  return visitedWithin(table, open, context, 'cpVisits', (visit) => workingDaysBetweenDays(visit, context.reference, context.calendar) <= context.cpVisitWorkingDays);
}

/** Of the open children, those whose last visit (`lastVisit`) is on or before R and `inTime`. */
export function visitedWithin<K extends string>(
  table: ListTable<K | 'lastVisit' | 'team' | 'childId'>,
  open: ReadonlyMap<string, OpenRecord>,
  context: CountContext,
  measure: 'cpVisits' | 'claVisits',
  inTime: (visit: number) => boolean,
): MeasureResult {
  const records: { team: string; met: boolean }[] = [];
  for (const { row } of open.values()) {
    const visit = optionalDate(table, row, 'lastVisit', [measure], context.log);
    if (visit === undefined) continue;
    if (visit !== null && visit > context.reference) {
      context.log.leftOut(
        { ...placeOf(table, row, 'lastVisit'), found: `${dayInWords(visit)}, after the month's end`, expected: `a visit on or before ${dayInWords(context.reference)} (an extract taken after the month's end cannot tell whether the child was visited in time)` },
        [measure],
      );
      continue;
    }
    records.push({ team: teamOf(table, row), met: visit !== null && inTime(visit) });
  }
  return percentResult(records);
}
