// SPC recalculation points (shared/data-contract.md, `spc.recalculateFrom`): each may be a month
// or `{ "month", "reason" }`. The SPC maths needs only the months; the chart and the Indicator
// page show the reasons where the limits change.
import type { Indicator } from '../../schema';

export interface RecalculationPoint {
  month: string;
  reason?: string;
}

/** Every recalculation point, months ascending. */
export function recalculationPoints(indicator: Pick<Indicator, 'spc'>): RecalculationPoint[] {
  return (indicator.spc?.recalculateFrom ?? [])
    .map((entry) => (typeof entry === 'string' ? { month: entry } : { month: entry.month, ...(entry.reason ? { reason: entry.reason } : {}) }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** The months alone, for analyseSpc. */
export function recalculationMonths(indicator: Pick<Indicator, 'spc'>): string[] | undefined {
  const points = recalculationPoints(indicator);
  return indicator.spc?.recalculateFrom === undefined ? undefined : points.map((point) => point.month);
}
