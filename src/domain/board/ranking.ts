// Ranking the council among its statistical neighbours on one published measure (the Compare
// page, from data/comparators.json). Pure functions of the figures and the indicator's polarity.
//
// The rule: best first by polarity (up: highest first; down: lowest first); a neutral measure is
// context only, so it is ordered highest first and 1st means "highest", never "best". Equal
// figures share a rank and the next rank skips ("1, 2, 2, 4": standard competition ranking, as in
// league tables). A council without a published figure has no rank and comes last; it is never
// treated as 0. Figures are compared as published (already rounded by the DfE or the importer).
// A figure published only as "under 0.5" (the DfE's "low", `below` in comparators.json) is ranked
// as such: below every published figure of 0.5 or more, level with other "low" figures (it is
// placed at the middle of what it can be, 0.25, as the importer's neighbour mean counts it).
import { inForceAt } from './comparison';
import type { ComparatorMeasure, Polarity } from '../schema';

export type Ranked<T> = T & {
  /** 1 = best (or highest, for a neutral measure); null when there is no figure. */
  rank: number | null;
  /** True when another council has the same figure. */
  joint: boolean;
};

const byName = (a: { la: string }, b: { la: string }) => a.la.localeCompare(b.la, 'en-GB');

/** The figure a council is ranked by: its value, or the middle of "under N"; null when none. */
export function rankingFigure(entry: { value: number | null; below?: number }): number | null {
  if (entry.value !== null && Number.isFinite(entry.value)) return entry.value;
  if (entry.below !== undefined && Number.isFinite(entry.below)) return entry.below / 2;
  return null;
}

/** The councils in rank order, ranked first (ties by name), then those without a figure (by name). */
export function rankCouncils<T extends { la: string; value: number | null; below?: number }>(values: readonly T[], polarity: Polarity): Ranked<T>[] {
  const lowestFirst = polarity === 'down';
  const withFigure = values
    .map((entry) => ({ entry, figure: rankingFigure(entry) }))
    .filter((item): item is { entry: T; figure: number } => item.figure !== null)
    .sort((a, b) => (lowestFirst ? a.figure - b.figure : b.figure - a.figure) || byName(a.entry, b.entry));
  const counts = new Map<number, number>();
  for (const item of withFigure) counts.set(item.figure, (counts.get(item.figure) ?? 0) + 1);
  const ranked: Ranked<T>[] = [];
  withFigure.forEach((item, index) => {
    const previous = ranked[index - 1];
    const rank = previous && rankingFigure(previous) === item.figure ? previous.rank : index + 1;
    ranked.push({ ...item.entry, rank, joint: counts.get(item.figure)! > 1 });
  });
  const without = values
    .filter((entry) => rankingFigure(entry) === null)
    .sort(byName)
    .map((entry): Ranked<T> => ({ ...entry, rank: null, joint: false }));
  return [...ranked, ...without];
}

/** "joint figure" when the note says the DfE published the figure jointly with another council. */
export function isJointFigure(entry: { note?: string }): boolean {
  return /\bjoint figure\b/i.test(entry.note ?? '');
}

/** The council's own entry: the one marked `council`, else the one with the council's name. */
export function councilEntry<T extends { la: string; council?: boolean }>(values: readonly T[], council: string): T | undefined {
  return values.find((entry) => entry.council) ?? values.find((entry) => entry.la.toLowerCase() === council.toLowerCase());
}

// ---------- periods: which measure to show for a chosen year ----------

/**
 * The financial year a DfE period falls in: "2017-18" is itself; a workforce snapshot
 * "at 30 Sep 2017" falls in 2017-18. Undefined for any other way of writing a period.
 */
export function yearOfPeriod(period: string): string | undefined {
  const financial = /^(\d{4})-(\d{2})$/.exec(period.trim());
  if (financial) return (Number(financial[1]) + 1) % 100 === Number(financial[2]) ? period.trim() : undefined;
  const september = /^at 30 Sep (\d{4})$/i.exec(period.trim());
  if (september) {
    const year = Number(september[1]);
    return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  }
  return undefined;
}

/** Every financial year with a measure, latest first. */
export function yearsOf(measures: readonly Pick<ComparatorMeasure, 'period'>[]): string[] {
  const years = new Set(measures.map((measure) => yearOfPeriod(measure.period)).filter((year): year is string => year !== undefined));
  return [...years].sort().reverse();
}

/**
 * One measure per indicator, in the order the indicators first appear: for `year`, the measure in
 * that financial year (none if there is none); without a year, each indicator's latest.
 */
export function measuresFor<T extends Pick<ComparatorMeasure, 'indicator' | 'period'>>(
  measures: readonly T[],
  year?: string,
): { indicator: string; measure: T | undefined }[] {
  const byIndicator = new Map<string, T[]>();
  for (const measure of measures) byIndicator.set(measure.indicator, [...(byIndicator.get(measure.indicator) ?? []), measure]);
  const sortKey = (measure: T) => yearOfPeriod(measure.period) ?? measure.period;
  return [...byIndicator].map(([indicator, list]) => {
    if (year !== undefined) return { indicator, measure: list.find((measure) => yearOfPeriod(measure.period) === year) };
    const latest = list.reduce((best, measure) => (sortKey(measure) >= sortKey(best) ? measure : best));
    return { indicator, measure: latest };
  });
}

/**
 * One measure per indicator for a month: the measure of the month's own period (comparison.ts's
 * inForceAt, the rule England figures follow on every page), or none when nothing had been
 * published for a period that had begun by then.
 */
export function measuresForMonth<T extends Pick<ComparatorMeasure, 'indicator' | 'period'>>(
  measures: readonly T[],
  month: string,
): { indicator: string; measure: T | undefined }[] {
  const byIndicator = new Map<string, T[]>();
  for (const measure of measures) byIndicator.set(measure.indicator, [...(byIndicator.get(measure.indicator) ?? []), measure]);
  return [...byIndicator].map(([indicator, list]) => ({ indicator, measure: inForceAt(list, month, (measure) => measure.period) }));
}
