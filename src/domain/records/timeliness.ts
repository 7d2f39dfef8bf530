// The timeliness measures counted in working days (shared annex-a.md, "The measures" and "Working
// days"): assessments authorised in M within 45 working days of their start (list 4), and initial
// child protection conferences held in M within 15 working days of the strategy discussion (list 5).
// "Within N working days": working days from the start to the event ≤ N.
import type { AnnexAMeasureId } from '../schema';
import type { SheetRow } from '../spreadsheet/cells';
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
  return shareInTime(table, context, {
    measure: 'assessmentsIn45',
    eventKey: 'assessmentAuthorised',
    startKey: 'assessmentStart',
    workingDays: ASSESSMENT_WORKING_DAYS,
    startedWords: 'the assessment started',
    expected: 'an authorisation on or after the start',
  });
}

/**
 * `icpcIn15`: rows whose Date of Initial Child Protection Conference is in M and whose "deemed
 * unnecessary?" is not yes; within when the working days from the strategy discussion to the ICPC
 * are at most 15. An ICPC dated before its strategy discussion is a problem, left out of both counts
 * (as the DfE does). A "deemed unnecessary?" that is neither yes nor no is not yes: the conference
 * was held (it has a date), so it is counted, and the cell is named for the officer to correct.
 */
export function icpcIn15(table: ListTable<ColumnKey<5>>, context: CountContext): MeasureResult {
  return shareInTime(table, context, {
    measure: 'icpcIn15',
    eventKey: 'icpcDate',
    startKey: 'strategyDiscussion',
    workingDays: ICPC_WORKING_DAYS,
    startedWords: 'the strategy discussion',
    expected: 'a conference on or after the strategy discussion',
    counts: (row) => {
      const unnecessary = readYesNo(cellAt(table, row, 'icpcUnnecessary'));
      if (unnecessary.kind === 'value') return !unnecessary.value;
      if (unnecessary.kind === 'unreadable') {
        context.log.assumed({ ...placeOf(table, row, 'icpcUnnecessary'), found: unnecessary.found, expected: 'yes or no' }, ['icpcIn15'], 'as not deemed unnecessary (the conference has a date)');
      }
      return true;
    },
  });
}

interface InTimeRule<K extends string> {
  measure: AnnexAMeasureId;
  /** The event dated in M (the authorisation, the conference); rows without one are not counted. */
  eventKey: K;
  /** The start the working days run from; empty or unreadable is a problem, left out. */
  startKey: K;
  workingDays: number;
  /** How the problem names an event dated before its start: "…, before {startedWords} on {day}". */
  startedWords: string;
  expected: string;
  /** Whether a row with its event in M is counted at all (an ICPC deemed unnecessary is not). */
  counts?: (row: SheetRow) => boolean;
}

/**
 * Rows whose event is dated in M, each within when the working days from its start to the event are
 * at most the rule's limit. An event dated before its start is a problem, left out of both counts
 * (as the DfE does).
 */
function shareInTime<K extends string>(table: ListTable<K | 'team'>, context: CountContext, rule: InTimeRule<K>): MeasureResult {
  const records: { team: string; met: boolean }[] = [];
  for (const row of table.located.rows) {
    if (isBlankRow(row)) continue;
    const event = optionalDate(table, row, rule.eventKey, [rule.measure], context.log);
    if (event === undefined || event === null || !inMonth(event, context)) continue;
    if (rule.counts && !rule.counts(row)) continue;
    const start = requiredDate(table, row, rule.startKey, [rule.measure], context.log);
    if (start === undefined) continue;
    if (event < start) {
      context.log.leftOut({ ...placeOf(table, row, rule.eventKey), found: `${dayInWords(event)}, before ${rule.startedWords} on ${dayInWords(start)}`, expected: rule.expected }, [rule.measure]);
      continue;
    }
    records.push({ team: teamOf(table, row), met: workingDaysBetweenDays(start, event, context.calendar) <= rule.workingDays });
  }
  return percentResult(records);
}
