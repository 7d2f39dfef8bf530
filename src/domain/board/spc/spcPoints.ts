// SPC's point types, icons and signal words (ptd_point_type, ptd_calculate_assurance_type).
import type { Polarity } from '../../schema';
import { nearLimits, outsideLimits, shiftRuns, sidesOfMean, trendRunAtEachPoint, twoOfThree } from './spcRules';
import { type AssuranceIcon, RUN_LENGTH, SIGNAL_PRECEDENCE, type Side, type SpcLimits, type SpcPointType, type SpcRun, type SpcSignal, type VariationIcon } from './spcTypes';
/**
 * Point type from the direction of the deciding rule (ptd_point_type): 1 high (above a limit,
 * above the mean, or rising), -1 low, 0 no rule. Up polarity: high is improving; down: low is
 * improving; neutral: special cause high or low.
 */
export function pointType(direction: Side, polarity: Polarity): SpcPointType {
  if (direction === 0) return 'common-cause';
  if (polarity === 'neutral') return direction > 0 ? 'special-cause-neutral-high' : 'special-cause-neutral-low';
  return (direction > 0) === (polarity === 'up') ? 'special-cause-improving' : 'special-cause-concerning';
}

/** The variation icon for a point type (geom_ptd_icon uses the latest point's type). */
export function variationIcon(type: SpcPointType): VariationIcon {
  switch (type) {
    case 'common-cause':
      return 'common-cause';
    case 'special-cause-improving':
      return 'improvement';
    case 'special-cause-concerning':
      return 'concern';
    case 'special-cause-neutral-high':
      return 'neutral-high';
    case 'special-cause-neutral-low':
      return 'neutral-low';
  }
}

/**
 * The assurance icon (ptd_calculate_assurance_type): a target strictly above the upper limit is
 * consistently missed when up is good (met when down is good); strictly below the lower limit,
 * consistently met when up is good (missed when down is good); otherwise hit and miss. A target
 * exactly on a limit is therefore hit and miss, as in the reference (`target > upl`,
 * `target < lpl`). No target, neutral polarity, or no limits (a single point): 'none'.
 *
 * Departure: with no limits the reference's NA comparisons fall through to "inconsistent"; here
 * there is nothing to compare the target with, so 'none'.
 */
export function assuranceIcon(
  target: number | undefined,
  limits: Pick<SpcLimits, 'lowerLimit' | 'upperLimit'>,
  polarity: Polarity,
): AssuranceIcon {
  const { lowerLimit, upperLimit } = limits;
  if (target === undefined || !Number.isFinite(target) || polarity === 'neutral') return 'none';
  if (lowerLimit === null || upperLimit === null) return 'none';
  if (target > upperLimit) return polarity === 'up' ? 'consistently-missed' : 'consistently-met';
  if (target < lowerLimit) return polarity === 'up' ? 'consistently-met' : 'consistently-missed';
  return 'hit-and-miss';
}

const TYPE_TEXT: Record<SpcPointType, string> = {
  'common-cause': 'Common cause',
  'special-cause-improving': 'Special cause – improving',
  'special-cause-concerning': 'Special cause – concerning',
  'special-cause-neutral-high': 'Special cause – neutral (high)',
  'special-cause-neutral-low': 'Special cause – neutral (low)',
};

/** Plain words for a point: its type and, for special cause, the rule that decided it. */
export function signalText(
  type: SpcPointType,
  typedBy: SpcSignal | null,
  direction: Side,
  runLength?: number,
): string {
  if (type === 'common-cause' || typedBy === null) return TYPE_TEXT['common-cause'];
  const high = direction > 0;
  const detail: Record<SpcSignal, string> = {
    'outside-limits': high ? 'above the upper process limit' : 'below the lower process limit',
    trend: `${runLength ?? RUN_LENGTH} points in a row, each ${high ? 'higher' : 'lower'} than the one before`,
    'two-of-three': `2 of 3 points near the ${high ? 'upper' : 'lower'} process limit`,
    shift: `${runLength ?? RUN_LENGTH} points in a row ${high ? 'above' : 'below'} the mean`,
  };
  return `${TYPE_TEXT[type]}: ${detail[typedBy]}`;
}

export interface SpcClassification {
  signals: SpcSignal[];
  typedBy: SpcSignal | null;
  /** Direction of the deciding rule: 1 high/rising, -1 low/falling, 0 common cause. */
  direction: Side;
  pointType: SpcPointType;
  signalText: string;
}

/**
 * All four rules over one segment's values against its limits, and each point's type by the
 * first rule that hits it (ptd_special_cause_type's case_when order).
 */
export function classifyPoints(
  values: readonly number[],
  limits: SpcLimits,
  polarity: Polarity,
): SpcClassification[] {
  const sides = sidesOfMean(values, limits.mean);
  const outside = outsideLimits(values, limits);
  const nearTwoOfThree = twoOfThree(nearLimits(values, limits), sides);
  const trendAt = trendRunAtEachPoint(values);
  const shiftAt: (SpcRun | undefined)[] = values.map(() => undefined);
  for (const run of shiftRuns(sides)) for (let i = run.start; i <= run.end; i++) shiftAt[i] = run;

  return values.map((_, i) => {
    const side = sides[i] ?? 0;
    const trend = trendAt[i];
    const shift = shiftAt[i];
    const hits: Record<SpcSignal, { hit: boolean; direction: Side; runLength?: number }> = {
      'outside-limits': { hit: outside[i] === true, direction: side },
      trend: trend
        ? { hit: true, direction: trend.direction, runLength: trend.end - trend.start + 1 }
        : { hit: false, direction: 0 },
      'two-of-three': { hit: nearTwoOfThree[i] === true, direction: side },
      shift: shift
        ? { hit: true, direction: shift.direction, runLength: shift.end - shift.start + 1 }
        : { hit: false, direction: 0 },
    };
    const signals = SIGNAL_PRECEDENCE.filter((signal) => hits[signal].hit);
    const typedBy = signals[0] ?? null;
    const decided = typedBy === null ? { direction: 0 as Side, runLength: undefined } : hits[typedBy];
    const type = pointType(decided.direction, polarity);
    return {
      signals,
      typedBy,
      direction: decided.direction,
      pointType: type,
      signalText: signalText(type, typedBy, decided.direction, decided.runLength),
    };
  });
}
