// The looked-after children's measures (shared annex-a.md, "The measures", list 8): children looked
// after at R, those visited in the last six weeks, and those missing in the last 12 months who were
// offered a return interview.
import { countResult, percentResult, type MeasureResult } from './aggregate';
import type { CountContext } from './countContext';
import { teamOf, type ListTable } from './lists';
import type { ColumnKey } from './measureNeeds';
import type { OpenRecord } from './openEpisodes';
import { visitedWithin } from './protection';
import { countCell, yesNoCell } from './recordCells';

/** `claCount`: distinct children looked after at R, each in the team of that episode's row. */
export function claCount(table: ListTable<ColumnKey<8>>, open: ReadonlyMap<string, OpenRecord>): MeasureResult {
  return countResult([...open.values()].map((record) => ({ team: teamOf(table, record.row) })));
}

/**
 * `claVisits`: of claCount's children, those whose Date of Last Social Work Visit is on or before R
 * and at most `claVisitDays` calendar days before it (default 42: the longest interval the Care
 * Planning, Placement and Case Review (England) Regulations 2010, reg. 28, allow in general; the
 * shorter intervals of a placement's first year are not modelled). A visit after R: a problem.
 */
export function claVisits(table: ListTable<ColumnKey<8>>, open: ReadonlyMap<string, OpenRecord>, context: CountContext): MeasureResult {
  return visitedWithin(table, open, context, 'claVisits', (visit) => context.reference - visit <= context.claVisitDays);
}

/**
 * `rhiOffered`: of claCount's children with a Number of Episodes … 'Missing' … of 1 or more (blank:
 * none), those offered a return interview (yes). A count or a yes/no that cannot be read is a problem,
 * left out of both counts (annex-a.md says only "yes"; an unreadable answer might be either, so the
 * figure does not guess).
 */
export function rhiOffered(table: ListTable<ColumnKey<8>>, open: ReadonlyMap<string, OpenRecord>, context: CountContext): MeasureResult {
  const records: { team: string; met: boolean }[] = [];
  for (const { row } of open.values()) {
    const missing = countCell(table, row, 'missingEpisodes', ['rhiOffered'], context.log, false);
    if (missing === undefined || missing === null || missing < 1) continue;
    const offered = yesNoCell(table, row, 'returnInterviewOffered', ['rhiOffered'], context.log);
    if (offered === undefined) continue;
    records.push({ team: teamOf(table, row), met: offered === true });
  }
  return percentResult(records);
}
