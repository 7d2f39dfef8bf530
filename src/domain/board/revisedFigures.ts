// The figures revised between two publications, as the Changes page lists them: a
// board rule, comparing what officers published then with what they publish now.
import type { Snapshot, ValueEntry } from '../schema';

/** What a publication's dataset must hold to compare: its snapshots. */
interface Revisable {
  snapshots: readonly Snapshot[];
}

export interface FigureValue {
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface RevisedFigure {
  month: string;
  indicator: string;
  /** undefined: the figure was not in that publication's month. */
  before?: FigureValue;
  after?: FigureValue;
}

function figureOf(entry: ValueEntry | undefined): FigureValue | undefined {
  if (entry === undefined) return undefined;
  if (entry === null || typeof entry === 'number') return { value: entry };
  return {
    value: entry.value,
    ...(entry.numerator !== undefined ? { numerator: entry.numerator } : {}),
    ...(entry.denominator !== undefined ? { denominator: entry.denominator } : {}),
  };
}

function sameFigure(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;
}

/**
 * The published figures that were revised between two publications: for each month in both,
 * each indicator whose value, numerator or denominator differs (or that appeared or went).
 * Months only in one of them are new or withdrawn months, not revisions: see the log entry.
 * Sorted by month, then indicator id. Notes and narratives are not figures.
 */
export function revisedFigures(older: Revisable, newer: Revisable): RevisedFigure[] {
  const olderByMonth = new Map(older.snapshots.map((snapshot) => [snapshot.month, snapshot]));
  const revised: RevisedFigure[] = [];
  for (const snapshot of newer.snapshots) {
    const previous = olderByMonth.get(snapshot.month);
    if (!previous) continue;
    const ids = new Set([...Object.keys(previous.values), ...Object.keys(snapshot.values)]);
    for (const indicator of ids) {
      const before = figureOf(Object.hasOwn(previous.values, indicator) ? previous.values[indicator] : undefined);
      const after = figureOf(Object.hasOwn(snapshot.values, indicator) ? snapshot.values[indicator] : undefined);
      if (sameFigure(before, after)) continue;
      revised.push({ month: snapshot.month, indicator, ...(before ? { before } : {}), ...(after ? { after } : {}) });
    }
  }
  return revised.sort((a, b) => (a.month === b.month ? (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) : a.month < b.month ? -1 : 1));
}
