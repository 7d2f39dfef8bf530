// The target in force for a month. Targets change over time ("60% from Oct 2017, 85% from
// Apr 2018"): each entry applies from its month until the next entry's month.
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

/**
 * The target a month is judged against: none for a neutral indicator, which is context only and
 * has no target by design (shared/data-contract.md: "neutral: no RAG"), else the threshold in
 * force. Every status, chart and table asks this, never the polarity itself.
 */
export function targetInForce(indicator: Indicator, month: string): Threshold | undefined {
  return indicator.polarity === 'neutral' ? undefined : thresholdFor(indicator, month);
}
