// SPC for an indicator: its series up to a month, the baseline from indicators.json, and the
// target in force, passed to analyseSpc. Plus the words for the icons, used wherever they show.
import { analyseSpc } from './spc';
import type { SpcAnalysis, VariationIcon } from './spcTypes';
import { spcVerdict, type Assurance, type SpcVerdict } from './spcVerdict';
import type { Indicator } from '../schema';
import type { SeriesPoint } from './series';
import { recalculationMonths } from './spcRecalculation';
import { thresholdFor } from './targets';

export function indicatorSpc(indicator: Indicator, series: readonly SeriesPoint[], month?: string): SpcAnalysis {
  const points = series
    .filter((point) => month === undefined || point.month <= month)
    .map((point) => ({ month: point.month, value: typeof point.value === 'number' ? point.value : null }));
  return analyseSpc(points, indicator.polarity, {
    fixFirst: indicator.spc?.fixFirst,
    recalculateFrom: recalculationMonths(indicator),
    targetFor: indicator.polarity === 'neutral' ? undefined : (m) => thresholdFor(indicator, m)?.target,
  });
}

/** The board's reading of the indicator's SPC in a month: icons only when they mean something. */
export function indicatorSpcVerdict(indicator: Indicator, series: readonly SeriesPoint[], month?: string): SpcVerdict {
  return spcVerdict(indicatorSpc(indicator, series, month), indicator.polarity);
}

export const VARIATION_WORDS: Record<VariationIcon, { short: string; long: string }> = {
  'common-cause': { short: 'Common cause', long: 'Common cause variation: no significant change' },
  improvement: { short: 'Improving', long: 'Special cause variation: improving' },
  concern: { short: 'Concerning', long: 'Special cause variation: concerning' },
  'neutral-high': { short: 'Higher', long: 'Special cause variation: unusually high (neither good nor bad)' },
  'neutral-low': { short: 'Lower', long: 'Special cause variation: unusually low (neither good nor bad)' },
};

export const ASSURANCE_WORDS: Record<Assurance, { short: string; long: string }> = {
  'consistently-met': { short: 'Will meet target', long: 'Assurance: the target will consistently be met (it lies outside the process limits on the good side)' },
  'consistently-missed': { short: 'Will miss target', long: 'Assurance: the target will consistently be missed (it lies outside the process limits on the bad side)' },
  'hit-and-miss': { short: 'Hit and miss', long: 'Assurance: the target lies between the process limits, so it will be hit and missed at random' },
  recalculate: {
    short: 'Process changed: recalculate the limits',
    long: 'No assurance: the latest point is part of a shift or trend, so the process has changed since the limits were set; recalculate the limits before reading the target against them',
  },
  none: { short: 'No assurance', long: 'No target to assure against' },
};
