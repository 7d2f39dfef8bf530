// "How do we compare with England?" The rule, stated on the Targets page too: the difference is
// "Similar" when it is within 1 percentage point for a percentage, or within 5% of the
// comparator's figure for any other unit; otherwise "Better" or "Worse" by the polarity.
import { periodStartMonth } from './benchmarkSeries';
import type { Benchmark, Indicator } from '../schema';

export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower';

export const SIMILAR_PERCENT_POINTS = 1;
export const SIMILAR_RELATIVE = 0.05;
// Figures are decimals but arithmetic is binary: 4.4 - 3.4 is 1.0000000000000004, which would
// make a gap of exactly 1 point (or exactly 5%) "Better" or "Worse". Allow for that, no more.
const FLOATING_POINT_SLACK = 1e-9;

export function compareWith(indicator: Indicator, value: number, comparator: number): Comparison {
  const margin = indicator.unit === 'percent' ? SIMILAR_PERCENT_POINTS : Math.abs(comparator) * SIMILAR_RELATIVE;
  const difference = value - comparator;
  if (Math.abs(difference) <= margin + FLOATING_POINT_SLACK) return 'similar';
  if (indicator.polarity === 'neutral') return difference > 0 ? 'higher' : 'lower';
  const better = indicator.polarity === 'up' ? difference > 0 : difference < 0;
  return better ? 'better' : 'worse';
}

function isEngland(benchmark: Benchmark): boolean {
  return benchmark.kind === 'england' || (benchmark.kind === undefined && /^england$/i.test(benchmark.label.trim()));
}

/**
 * The one rule for every comparator on every page (England, region, neighbours, and the Compare
 * page's rankings): a month is compared with the figures of its own period, that is the latest
 * published period that had started by then. A 2024-25 figure says nothing about 2017; for
 * November 2017 the 2017-18 figure (April 2017 to March 2018) applies, and before it is published
 * the latest earlier one. A period that cannot be placed in time applies throughout. Without a
 * month, the latest of all.
 */
export function inForceAt<T>(items: readonly T[], month: string | undefined, periodOf: (item: T) => string): T | undefined {
  const dated = items.map((item) => ({ item, start: periodStartMonth(periodOf(item)) }));
  const eligible = month === undefined ? dated : dated.filter((entry) => entry.start === undefined || entry.start <= month);
  const sorted = [...eligible].sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1));
  return sorted[sorted.length - 1]?.item;
}

/** The England figure that applies to `month`, by inForceAt. Without a month, the latest of all. */
export function englandFor(indicator: Indicator, month?: string): Benchmark | undefined {
  const england = (indicator.benchmarks ?? []).filter(isEngland);
  if (month === undefined) return latestOf(england);
  return inForceAt(england, month, (benchmark) => benchmark.period);
}

export function latestOf(benchmarks: readonly Benchmark[]): Benchmark | undefined {
  return [...benchmarks].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)).pop();
}
