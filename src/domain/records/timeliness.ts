// The timeliness measures counted in working days (shared annex-a.md, "The measures" and "Working
// days"): assessments authorised in M within 45 working days of their start (list 4), and initial
// child protection conferences held in M within 15 working days of the strategy discussion (list 5).
// "Within N working days": working days from the start to the event ≤ N.
import { dayInWords } from './days';
import { percentResult, type MeasureResult } from './aggregate';
import { readYesNo } from './cellValues';
import { inMonth, type CountContext } from './countContext';
import { isBlankRow } from './headers';
import { cellAt, teamOf, type ListTable } from './lists';
import type { ColumnKey } from './measureNeeds';
import { optionalDate, placeOf, requiredDate } from './recordCells';
import { workingDaysBetweenDays } from './workingDays';

/** Working Together to Safeguard Children: an assessment is completed within 45 working days of referral. */
export const ASSESSMENT_WORKING_DAYS = 45;
/** Working Together: the ICPC is held within 15 working days of the strategy discussion (the DfE's CP5). */
export const ICPC_WORKING_DAYS = 15;

/**
 * `assessmentsIn45`: rows whose Continuous Assessment Date of Authorisation is in M; within when the
 * working days from the start to the authorisation are at most 45. Authorised before it started: a
 * problem, left out of both counts.
 */
export function assessmentsIn45(table: ListTable<ColumnKey<4>>, context: CountContext): MeasureResult {
  const records: { team: string; met: boolean }[] = [];
  for (const row of table.located.rows) {
    if (isBlankRow(row)) continue;
    const authorised = optionalDate(table, row, 'assessmentAuthorised', ['assessmentsIn45'], context.log);
    if (authorised === undefined || authorised === null || !inMonth(authorised, context)) continue;
    const start = requiredDate(table, row, 'assessmentStart', ['assessmentsIn45'], context.log);
    if (start === undefined) continue;
    if (authorised < start) {
      context.log.leftOut({ ...placeOf(table, row, 'assessmentAuthorised'), found: `${dayInWords(authorised)}, before the assessment started on ${dayInWords(start)}`, expected: 'an authorisation on or after the start' }, ['assessmentsIn45']);
      continue;
    }
    records.push({ team: teamOf(table, row), met: workingDaysBetweenDays(start, authorised, context.calendar) <= ASSESSMENT_WORKING_DAYS });
  }
  return percentResult(records);
}

/**
 * `icpcIn15`: rows whose Date of Initial Child Protection Conference is in M and whose "deemed
 * unnecessary?" is not yes; within when the working days from the strategy discussion to the ICPC
 * are at most 15. An ICPC dated before its strategy discussion is a problem, left out of both counts
 * (as the DfE does). A "deemed unnecessary?" that is neither yes nor no is not yes: the conference
 * was held (it has a date), so it is counted, and the cell is named for the officer to correct.
 */
export function icpcIn15(table: ListTable<ColumnKey<5>>, context: CountContext): MeasureResult {
  const records: { team: string; met: boolean }[] = [];
  for (const row of table.located.rows) {
    if (isBlankRow(row)) continue;
    const held = optionalDate(table, row, 'icpcDate', ['icpcIn15'], context.log);
    if (held === undefined || held === null || !inMonth(held, context)) continue;
    const unnecessary = readYesNo(cellAt(table, row, 'icpcUnnecessary'));
    if (unnecessary.kind === 'value' && unnecessary.value) continue;
    if (unnecessary.kind === 'unreadable') {
      context.log.assumed({ ...placeOf(table, row, 'icpcUnnecessary'), found: unnecessary.found, expected: 'yes or no' }, ['icpcIn15'], 'as not deemed unnecessary (the conference has a date)');
    }
    const strategy = requiredDate(table, row, 'strategyDiscussion', ['icpcIn15'], context.log);
    if (strategy === undefined) continue;
    if (held < strategy) {
      context.log.leftOut({ ...placeOf(table, row, 'icpcDate'), found: `${dayInWords(held)}, before the strategy discussion on ${dayInWords(strategy)}`, expected: 'a conference on or after the strategy discussion' }, ['icpcIn15']);
      continue;
    }
    records.push({ team: teamOf(table, row), met: workingDaysBetweenDays(strategy, held, context.calendar) <= ICPC_WORKING_DAYS });
  }
  return percentResult(records);
}
