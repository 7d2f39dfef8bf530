// SPC for an indicator: its series up to a month, the baseline from indicators.json, and the
// target in force, passed to analyseSpc.
import { analyseSpc } from './spc';
import type { SpcAnalysis } from './spcTypes';
import { spcVerdict, type SpcVerdict } from './spcVerdict';
import type { Indicator } from '../../schema';
import type { SeriesPoint } from '../series';
import { recalculationMonths } from './spcRecalculation';
import { targetInForce } from '../targets';

/**
 * The analysis of the indicator's months up to `month`, its limits recalculated where indicators.json
 * says; `alsoFrom` adds one more recalculation month, not yet accepted there (the SPC view's
 * "limits recalculated from" and the card's reading of a changed process).
 */
export function indicatorSpc(indicator: Indicator, series: readonly SeriesPoint[], month?: string, alsoFrom?: string): SpcAnalysis {
  const points = series
    .filter((point) => month === undefined || point.month <= month)
    .map((point) => ({ month: point.month, value: typeof point.value === 'number' ? point.value : null }));
  const accepted = recalculationMonths(indicator);
  const recalculateFrom = alsoFrom && !accepted?.includes(alsoFrom) ? [...(accepted ?? []), alsoFrom].sort() : accepted;
  return analyseSpc(points, indicator.polarity, {
    fixFirst: indicator.spc?.fixFirst,
    recalculateFrom,
    targetFor: (m) => targetInForce(indicator, m)?.target,
  });
}

/** The board's reading of the indicator's SPC in a month: icons only when they mean something. */
export function indicatorSpcVerdict(indicator: Indicator, series: readonly SeriesPoint[], month?: string): SpcVerdict {
  return spcVerdict(indicatorSpc(indicator, series, month), indicator.polarity);
}
