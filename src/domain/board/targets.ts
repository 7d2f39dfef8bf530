// The target in force for a month. Targets change over time ("60% from Oct 2017, 85% from
// Apr 2018"): each entry applies from its month until the next entry's month.
import { formatValue } from '../format';
import type { Indicator, TargetEntry } from '../schema';

export interface Threshold {
  target: number;
  amber?: number;
  from?: string;
}

export function targetEntries(indicator: Indicator): TargetEntry[] {
  if (indicator.targets) return [...indicator.targets].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return [];
}

/** The threshold in force in `month`, or undefined when the indicator has none then. */
export function thresholdFor(indicator: Indicator, month: string): Threshold | undefined {
  if (indicator.targets === undefined) {
    return indicator.target === undefined ? undefined : { target: indicator.target, amber: indicator.amber };
  }
  let current: TargetEntry | undefined;
  for (const entry of targetEntries(indicator)) {
    if (entry.from <= month) current = entry;
    else break;
  }
  return current ? { target: current.target, amber: current.amber, from: current.from } : undefined;
}

/** "Green at 85% or more; amber from 75%". Undefined when there is no target. */
export function describeThreshold(indicator: Indicator, threshold: Threshold | undefined): string | undefined {
  if (!threshold || indicator.polarity === 'neutral') return undefined;
  const { target, amber } = threshold;
  if (indicator.polarity === 'up') {
    const green = `Green at ${formatValue(target, indicator)} or more`;
    return amber === undefined ? `${green}; red below` : `${green}; amber from ${formatValue(amber, indicator)}; red below`;
  }
  const green = `Green at ${formatValue(target, indicator)} or less`;
  return amber === undefined ? `${green}; red above` : `${green}; amber up to ${formatValue(amber, indicator)}; red above`;
}

/** "85% (from Apr 2018)" */
export function describeTarget(indicator: Indicator, threshold: Threshold | undefined): string {
  if (!threshold) return 'No target';
  return formatValue(threshold.target, indicator);
}
