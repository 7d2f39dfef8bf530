// Staff surveys. Scrutiny papers are public: a count of fewer than 5 people in a team breakdown
// can identify staff, so it is shown as "fewer than 5" and never drawn (smallCounts.ts; a
// publication carries it as null).
import type { Snapshot, Survey } from '../schema';
import { isSmallCount, SMALL_COUNT_BELOW } from './smallCounts';

export interface DatedSurvey extends Survey {
  /** The month of the snapshot that reported it. */
  month: string;
}

/** Every survey reported, oldest first; a survey reported in several months counts once (latest). */
export function collectSurveys(snapshots: readonly Snapshot[]): DatedSurvey[] {
  const byId = new Map<string, DatedSurvey>();
  for (const snapshot of [...snapshots].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    for (const survey of snapshot.surveys ?? []) byId.set(survey.id, { ...survey, month: snapshot.month });
  }
  return [...byId.values()].sort((a, b) => ((a.closed ?? a.month) < (b.closed ?? b.month) ? -1 : 1));
}

/** Completed as a percentage of invited, or undefined when either is missing. */
export function responseRate(survey: Survey): number | undefined {
  if (survey.invited === undefined || survey.completed === undefined || survey.invited === 0) return undefined;
  return (survey.completed / survey.invited) * 100;
}

/** A team's count as the pages show it: withheld (null, as published) or under 5 is "fewer than 5". */
export function isSuppressed(count: number | null): boolean {
  return count === null || isSmallCount(count);
}

/** A team's count for a table or a CSV cell: the number, or "fewer than 5". */
export function shownCount(count: number | null): number | string {
  return count === null || isSuppressed(count) ? `fewer than ${SMALL_COUNT_BELOW}` : count;
}

export function describeCount(count: number | null): string {
  return String(shownCount(count));
}

/** The latest survey reported at or before `month`. */
export function surveyForMonth(surveys: readonly DatedSurvey[], month: string): DatedSurvey | undefined {
  return surveys.filter((survey) => survey.month <= month).pop();
}
