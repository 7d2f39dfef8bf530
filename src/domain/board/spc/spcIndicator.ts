// SPC for an indicator: its series up to a month, the baseline from indicators.json, and the
// target in force, passed to analyseSpc.
import { analyseSpc } from './spc';
import type { SpcAnalysis } from './spcTypes';
import { spcVerdict, type SpcVerdict } from './spcVerdict';
import type { Indicator } from '../../schema';
import type { SeriesPoint } from '../series';
import { recalculationMonths } from './spcRecalculation';
import { targetInForce } from '../targets';

export function indicatorSpc(indicator: Indicator, series: readonly SeriesPoint[], month?: string): SpcAnalysis {
  const points = series
    .filter((point) => month === undefined || point.month <= month)
    .map((point) => ({ month: point.month, value: typeof point.value === 'number' ? point.value : null }));
  return analyseSpc(points, indicator.polarity, {
    fixFirst: indicator.spc?.fixFirst,
    recalculateFrom: recalculationMonths(indicator),
    targetFor: (m) => targetInForce(indicator, m)?.target,
  });
}

/** The board's reading of the indicator's SPC in a month: icons only when they mean something. */
export function indicatorSpcVerdict(indicator: Indicator, series: readonly SeriesPoint[], month?: string): SpcVerdict {
  return spcVerdict(indicatorSpc(indicator, series, month), indicator.polarity);
}
