// Direction of travel against the previous month that has a value, compared at the displayed
// precision (so 43.04% and 43.01% are "No change", as the reader sees 43% twice).
import { decimalsFor, roundTo } from '../format';
import type { Indicator } from '../schema';
import type { SeriesPoint } from './series';

export type Direction = 'improved' | 'worsened' | 'no-change' | 'up' | 'down';

export interface DirectionOfTravel {
  direction: Direction;
  previousMonth: string;
  previousValue: number;
}

/** The latest point at or before `month` with a number, and the one before it. */
export function previousWithValue(series: readonly SeriesPoint[], month: string): SeriesPoint | undefined {
  let previous: SeriesPoint | undefined;
  for (const point of series) {
    if (point.month >= month) break;
    if (typeof point.value === 'number') previous = point;
  }
  return previous;
}

export function directionOfTravel(indicator: Indicator, series: readonly SeriesPoint[], month: string): DirectionOfTravel | undefined {
  const current = series.find((point) => point.month === month);
  if (!current || typeof current.value !== 'number') return undefined;
  const previous = previousWithValue(series, month);
  if (!previous || typeof previous.value !== 'number') return undefined;
  const decimals = decimalsFor(indicator);
  const now = roundTo(current.value, decimals);
  const before = roundTo(previous.value, decimals);
  const result = (direction: Direction) => ({ direction, previousMonth: previous.month, previousValue: previous.value as number });
  if (now === before) return result('no-change');
  const rose = now > before;
  if (indicator.polarity === 'neutral') return result(rose ? 'up' : 'down');
  const better = indicator.polarity === 'up' ? rose : !rose;
  return result(better ? 'improved' : 'worsened');
}

/** How many months running the indicator has moved the same way, ending at `month`. */
export function runLength(indicator: Indicator, series: readonly SeriesPoint[], month: string, wanted: Direction): number {
  const valued = series.filter((point) => point.month <= month && typeof point.value === 'number');
  if (valued[valued.length - 1]?.month !== month) return 0;
  let count = 0;
  for (let index = valued.length - 1; index > 0; index--) {
    const direction = directionOfTravel(indicator, valued, valued[index]!.month)?.direction;
    if (direction !== wanted) break;
    count++;
  }
  return count;
}
