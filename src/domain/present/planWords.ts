// The words for the plan's own fields (shared/data-contract.md): quality, trajectory, year to
// date, action status, narrative headings, target changes, SPC recalculation points. In one
// place so that the Indicator page, the Targets table, the Overview and the pack say the same.
import type { Aggregate } from '../plan';
import type { RecalculationPoint } from '../board/spc/spcRecalculation';
import type { TrajectoryStatus } from '../board/trajectory';
import type { YearToDate } from '../board/yearToDate';
import { formatValue } from '../format';
import { formatIsoDate, formatMonth, formatMonthLong, monthsBetween } from '../months';
import type { Action, Indicator, ValueObject } from '../schema';

export type Quality = NonNullable<ValueObject['quality']>;

const QUALITY_WORDS: Record<Quality, string> = {
  good: 'Good quality',
  caution: 'Use with caution',
  poor: 'Poor quality: not yet reliable',
};

/** The quality in the Indicator page's headline, said once: "Quality: good", "Quality: use with caution". */
export function qualityTag(quality: Quality): string {
  return `Quality: ${QUALITY_TAG_WORDS[quality]}`;
}

const QUALITY_TAG_WORDS: Record<Quality, string> = {
  good: 'good',
  caution: 'use with caution',
  poor: 'poor, not yet reliable',
};

/** The quality of a figure, or the words for none given. */
export function qualityWords(quality: Quality | undefined): string {
  return quality ? QUALITY_WORDS[quality] : 'Not stated';
}

export const TRAJECTORY_WORDS: Record<TrajectoryStatus, string> = {
  on: 'On trajectory',
  behind: 'Behind trajectory',
};

/** "On trajectory", "Behind trajectory", "No trajectory" (no plan for the month), "Not available". */
export function trajectoryWords(trajectory: { status: TrajectoryStatus | undefined } | undefined): string {
  if (!trajectory) return 'No trajectory';
  return trajectory.status ? TRAJECTORY_WORDS[trajectory.status] : 'Not available';
}

export const ACTION_STATUS_WORDS: Record<NonNullable<Action['status']>, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  deferred: 'Deferred',
  complete: 'Complete',
};

export function actionStatusWords(status: Action['status']): string {
  return status ? ACTION_STATUS_WORDS[status] : 'Not stated';
}

export const NARRATIVE_HEADINGS = {
  whatItShows: 'What the figure shows',
  why: 'Why',
  whatWeAreDoing: 'What we are doing',
} as const;

/** The narrative's parts that are given, each with its heading, in the board's order. */
export function narrativeParts(narrative: ValueObject['narrative']): { key: keyof typeof NARRATIVE_HEADINGS; heading: string; text: string }[] {
  if (!narrative) return [];
  return (Object.keys(NARRATIVE_HEADINGS) as (keyof typeof NARRATIVE_HEADINGS)[])
    .filter((key) => narrative[key] !== undefined && narrative[key] !== '')
    .map((key) => ({ key, heading: NARRATIVE_HEADINGS[key], text: narrative[key]! }));
}

const AGGREGATE_WORDS: Record<Exclude<Aggregate, 'none'>, string> = {
  sum: 'The months added up',
  ratio: 'The year’s numerators added up, over its denominators added up',
  mean: 'The average of the months',
  latest: 'The latest month’s figure',
};

/** "November" */
const monthName = (month: string) => formatMonthLong(month).split(' ')[0]!;

export interface YearToDateWords {
  /** "81.2%", or "No figure". */
  value: string;
  /** "Financial year 2018-19" */
  period: string;
  /** "April to March so far, 11 months" */
  span: string;
  /** How it is made, and why there is none when there is none. */
  how: string;
}

export function yearToDateWords(ytd: YearToDate, indicator: Pick<Indicator, 'unit' | 'decimals'>): YearToDateWords {
  const fullYear = ytd.to.endsWith('-03'); // March ends the financial year
  const startsInApril = ytd.from.endsWith('-04');
  const spanMonths = countMonths(ytd.from, ytd.to);
  const base = `${monthName(ytd.from)} to March${fullYear ? '' : ' so far'}`;
  const startNote = startsInApril ? '' : ` (the data start in ${formatMonth(ytd.from)})`;
  const period = `Financial year ${ytd.period}`;
  if (ytd.kind === 'no-figure') {
    return { value: 'No figure', period, span: `${base}${startNote}, ${plural(spanMonths, 'month')}`, how: `No year-to-date figure: ${ytd.reason}.` };
  }
  const counted = ytd.missing.length > 0 ? `${ytd.months} of ${plural(spanMonths, 'month')} (no figure for ${ytd.missing.map(formatMonth).join(', ')})` : plural(ytd.months, 'month');
  return {
    value: formatValue(ytd.value, indicator),
    period,
    span: `${base}${startNote}, ${counted}`,
    how: `${AGGREGATE_WORDS[ytd.aggregate]}.`,
  };
}

/** The year to date in one line for a table cell: "81.2% (2018-19, 11 months)" or "No figure". */
export function yearToDateCell(ytd: YearToDate | undefined, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  const { value, detail } = yearToDateParts(ytd, indicator);
  return detail ? `${value} (${detail})` : value;
}

/** The year to date for a narrow column: "30.9%" and "2017-18, 2 months"; "No figure" and "2017-18"; "–" and nothing. */
export function yearToDateParts(ytd: YearToDate | undefined, indicator: Pick<Indicator, 'unit' | 'decimals'>): { value: string; detail: string | undefined } {
  if (!ytd) return { value: '–', detail: undefined };
  if (ytd.kind === 'no-figure') return { value: 'No figure', detail: ytd.period };
  return { value: formatValue(ytd.value, indicator), detail: `${ytd.period}, ${plural(ytd.months, 'month')}` };
}

const countMonths = (from: string, to: string) => monthsBetween(from, to) + 1;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Apr 2018 (New front door model)": a recalculation point with its reason. */
export function recalculationWords(point: RecalculationPoint): string {
  return point.reason ? `${formatMonth(point.month)} (${point.reason})` : formatMonth(point.month);
}

/** "Approved by Improvement Board on 20 March 2018", or what of it is known. */
export function approvalWords(change: { approvedBy?: string; approved?: string }): string {
  if (change.approvedBy && change.approved) return `${change.approvedBy}, ${formatIsoDate(change.approved)}`;
  if (change.approvedBy) return change.approvedBy;
  if (change.approved) return formatIsoDate(change.approved);
  return 'Not recorded';
}

/** "30 June 2018" or "30 June 2018, revised to 30 September 2018". */
export function dueWords(action: Pick<Action, 'due' | 'revisedDue'>): string {
  if (action.due && action.revisedDue) return `${formatIsoDate(action.due)}, revised to ${formatIsoDate(action.revisedDue)}`;
  if (action.revisedDue) return `Revised to ${formatIsoDate(action.revisedDue)}`;
  return action.due ? formatIsoDate(action.due) : 'No date';
}
