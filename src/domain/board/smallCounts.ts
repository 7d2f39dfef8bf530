// Small counts. Scrutiny papers and the dashboard are public: a count of fewer than 5 people can
// identify them (shared/domain.md: "small counts (under 5 people) in staff-survey breakdowns can
// identify staff and are usually suppressed"; shared/annex-a.md: a team's figure resting on fewer
// than 5 children is suppressed like the survey's). So the public site never carries one: the
// publication step withholds it, and the pages say "fewer than 5". 0 is shown: it names no one.
import type { Snapshot, Survey, ValueEntry } from '../schema';

export const SMALL_COUNT_BELOW = 5;

/** A count of people that could identify them: a whole number from 1 to 4. */
export function isSmallCount(count: number | null | undefined): boolean {
  return typeof count === 'number' && count > 0 && count < SMALL_COUNT_BELOW;
}

/** A figure worked out from counts of people (a team's share of children): its denominator is how many it is about. */
export interface CountedFigure {
  value: number | null;
  numerator?: number;
  denominator?: number;
}

/** A team figure withheld from the public site because it rests on fewer than 5 people. */
export interface WithheldFigure {
  value: null;
  withheld: true;
}

/** Whether a figure rests on fewer than 5 people: its denominator (or, with none, its numerator) is a small count. */
export function restsOnSmallCount(figure: CountedFigure): boolean {
  return isSmallCount(figure.denominator ?? figure.numerator);
}

/** What a publication carries for one entry of a team breakdown: the entry, or a withheld figure. */
export function publicTeamFigure<T>(entry: T): T | WithheldFigure {
  const figure = entry as unknown;
  if (typeof figure !== 'object' || figure === null || !('value' in figure)) return entry;
  return restsOnSmallCount(figure as CountedFigure) ? { value: null, withheld: true } : entry;
}

function publicSurvey(survey: Survey): Survey {
  if (!survey.byTeam || !Object.values(survey.byTeam).some(isSmallCount)) return survey;
  const byTeam = Object.fromEntries(Object.entries(survey.byTeam).map(([team, count]) => [team, isSmallCount(count) ? null : count]));
  return { ...survey, byTeam };
}

function publicValue(entry: ValueEntry): ValueEntry {
  if (entry === null || typeof entry !== 'object' || !entry.breakdown) return entry;
  const teams = Object.entries(entry.breakdown);
  const shown = teams.map(([team, figure]) => [team, publicTeamFigure(figure)] as const);
  if (shown.every(([, figure], index) => figure === teams[index]![1])) return entry;
  // A breakdown on the main contract holds plain values (no counts, nothing to withhold); the
  // Annex A counting adds { value, numerator, denominator } entries, withheld here when small.
  return { ...entry, breakdown: Object.fromEntries(shown) as typeof entry.breakdown };
}

/**
 * The snapshot as the public site may carry it: a survey team's count under 5 becomes null
 * (withheld), and a team figure resting on fewer than 5 people becomes a withheld figure. The
 * same object when there is nothing to withhold, so a caller can tell by identity.
 */
export function withoutSmallCounts(snapshot: Snapshot): Snapshot {
  const surveys = snapshot.surveys?.map(publicSurvey);
  const values = Object.entries(snapshot.values).map(([id, entry]) => [id, publicValue(entry)] as const);
  const surveysChanged = surveys !== undefined && surveys.some((survey, index) => survey !== snapshot.surveys![index]);
  const valuesChanged = values.some(([id, entry]) => entry !== snapshot.values[id]);
  if (!surveysChanged && !valuesChanged) return snapshot;
  return { ...snapshot, ...(valuesChanged ? { values: Object.fromEntries(values) } : {}), ...(surveysChanged ? { surveys } : {}) };
}
