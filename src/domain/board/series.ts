// One indicator's figures month by month, from the snapshots. A month with no snapshot file, or
// with no entry for the indicator, has `value: undefined`; a reported null stays null with its
// note. Neither is ever a zero.
import { ragFor, type RagStatus } from './rag';
import { monthRange } from '../months';
import type { Indicator, Snapshot, ValueObject } from '../schema';
import { breakdownValues, normaliseValue } from '../valueEntry';

export interface SeriesPoint {
  month: string;
  /** undefined: no figure at all for the month; null: reported as not available. */
  value: number | null | undefined;
  numerator?: number;
  denominator?: number;
  note?: string;
  breakdown?: Record<string, number | null>;
  /** How far the figure can be relied on, and the month's narrative (the plan's own fields). */
  quality?: ValueObject['quality'];
  narrative?: ValueObject['narrative'];
  /** The month has no snapshot file. */
  noSnapshot: boolean;
  rag?: RagStatus;
}

/** Every month from the first snapshot to the last, gaps included. */
export function reportingMonths(snapshots: readonly Snapshot[]): string[] {
  if (snapshots.length === 0) return [];
  const months = snapshots.map((snapshot) => snapshot.month).sort();
  return monthRange(months[0]!, months[months.length - 1]!);
}

export function indicatorSeries(indicator: Indicator, snapshots: readonly Snapshot[], months = reportingMonths(snapshots)): SeriesPoint[] {
  const byMonth = new Map(snapshots.map((snapshot) => [snapshot.month, snapshot]));
  return months.map((month) => {
    const snapshot = byMonth.get(month);
    const entry = normaliseValue(snapshot?.values[indicator.id]);
    const value = entry?.value;
    return {
      month,
      value,
      numerator: entry?.numerator,
      denominator: entry?.denominator,
      note: entry?.note,
      breakdown: breakdownValues(entry?.breakdown),
      ...(entry?.quality ? { quality: entry.quality } : {}),
      ...(entry?.narrative ? { narrative: entry.narrative } : {}),
      noSnapshot: snapshot === undefined,
      rag: ragFor(indicator, month, value),
    };
  });
}

/** The breakdown keys (e.g. teams) used anywhere in the series, in first-seen order. */
export function breakdownKeys(series: readonly SeriesPoint[]): string[] {
  const keys = new Set<string>();
  for (const point of series) for (const key of Object.keys(point.breakdown ?? {})) keys.add(key);
  return [...keys];
}

/** A percentage resting on fewer than this many cases is flagged wherever it is shown. */
export const SMALL_DENOMINATOR = 10;

/** "based on 7 children", or undefined when the denominator is absent or large enough. */
export function smallDenominatorNote(point: Pick<SeriesPoint, 'denominator'>, noun = 'children'): string | undefined {
  if (point.denominator === undefined || point.denominator >= SMALL_DENOMINATOR) return undefined;
  return `based on ${point.denominator} ${point.denominator === 1 ? singular(noun) : noun}`;
}

function singular(noun: string): string {
  if (noun === 'children') return 'child';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}
