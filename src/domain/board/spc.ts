// Statistical process control: NHS England's "Making Data Count" XmR charts, as pure functions.
//
// The reference implementation is the R package NHSRplotthedots (ptd_spc). Each function below
// names the part of the reference it follows: ptd_spc_standard (mean, moving ranges, outlier
// screening, limits), ptd_calculate_point_type / ptd_special_cause_type (the four rules and their
// precedence), ptd_point_type (improving / concerning / neutral), ptd_calculate_assurance_type
// (the assurance icon), ptd_add_rebase_column + the rebase_group grouping (recalculation) and
// ptd_add_short_group_warnings (fewer than 12 points).
//
// Where this file departs from the reference it says so in a comment starting "Departure:".
// Months are 'YYYY-MM' strings and are only ever compared as strings.
import type { Polarity } from '../schema';

// ---------------------------------------------------------------- constants

/** Process limits sit at mean ± 2.66 × mean moving range (ptd_spc_standard: `limit <- 2.66`). */
export const PROCESS_LIMIT_FACTOR = 2.66;
/**
 * "Near a limit" means beyond mean ± (2/3) × 2.66 × mean moving range. Written exactly as the
 * reference writes it (`limitclose <- 2 * (limit / 3)`) so the floating-point value is the same.
 */
export const NEAR_LIMIT_FACTOR = 2 * (PROCESS_LIMIT_FACTOR / 3);
/** Moving ranges at or above 3.267 × the mean moving range are outliers (ptd_spc_standard). */
export const OUTLIER_SCREEN_FACTOR = 3.267;
/** Runs (shift and trend) need seven or more points. */
export const RUN_LENGTH = 7;
/** Fewer points than this in a calculation: limits unreliable (ptd_add_short_group_warnings). */
export const FEW_POINTS_THRESHOLD = 12;

// ---------------------------------------------------------------- types

export interface SpcInputPoint {
  month: string;
  value: number | null;
}

/** The four Making Data Count rules. */
export type SpcSignal = 'outside-limits' | 'trend' | 'two-of-three' | 'shift';

/**
 * The reference's order of precedence (the case_when in ptd_special_cause_type): a point hit by
 * several rules is typed, and described, by the first of these.
 */
export const SIGNAL_PRECEDENCE: readonly SpcSignal[] = ['outside-limits', 'trend', 'two-of-three', 'shift'];

export type SpcPointType =
  | 'common-cause'
  | 'special-cause-improving'
  | 'special-cause-concerning'
  | 'special-cause-neutral-high'
  | 'special-cause-neutral-low';

export type VariationIcon = 'common-cause' | 'improvement' | 'concern' | 'neutral-high' | 'neutral-low';
export type AssuranceIcon = 'consistently-met' | 'consistently-missed' | 'hit-and-miss' | 'none';

/** Where a value sits against the mean: 1 above, -1 below, 0 exactly on it. */
export type Side = -1 | 0 | 1;

/** A run of points, indices inclusive. direction: 1 rising / above the mean, -1 falling / below. */
export interface SpcRun {
  start: number;
  end: number;
  direction: 1 | -1;
}

/**
 * Mean and limits of one calculation. The limits are null when there is no moving range to
 * average (a single point): the reference gets NaN there; null makes the caller decide.
 */
export interface SpcLimits {
  mean: number;
  meanMovingRange: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  lowerNear: number | null;
  upperNear: number | null;
}

export interface SpcPoint {
  month: string;
  value: number;
  /** Mean and limits of the segment this point belongs to (fixed ones if fixFirst is set). */
  mean: number;
  lowerLimit: number | null;
  upperLimit: number | null;
  lowerNear: number | null;
  upperNear: number | null;
  /** |x(i) − x(i−1)| within the segment; null for the first point of each segment. */
  movingRange: number | null;
  /** true when this moving range was left out of the mean moving range by outlier screening. */
  movingRangeExcluded: boolean;
  /** true when this point is one of those the segment's mean and limits were calculated from. */
  inBaseline: boolean;
  /** Index of the segment (0 before the first recalculation). */
  segment: number;
  /** Every rule that hits this point, in order of precedence. */
  signals: SpcSignal[];
  /** The rule that decides the point type: the first of `signals`, or null for common cause. */
  typedBy: SpcSignal | null;
  pointType: SpcPointType;
  /** e.g. "Special cause – concerning: 7 points in a row below the mean", or "Common cause". */
  signalText: string;
}

export interface SpcSegment {
  /** First and last month of the segment. */
  from: string;
  to: string;
  /** Points in the segment. */
  points: number;
  /** Points the mean and limits were calculated from (all, or the first fixFirst). */
  pointsInBaseline: number;
  /** pointsInBaseline < 12: the limits are unreliable (15 or more advised). */
  fewPoints: boolean;
  /** Moving ranges left out by outlier screening. */
  excludedMovingRanges: number;
  limits: SpcLimits;
}

export interface SpcOptions {
  /** Fix the mean and limits on the first N points (of each segment, as the reference does). */
  fixFirst?: number;
  /** Months from which the mean and limits are recalculated. */
  recalculateFrom?: readonly string[];
  /** The target in force for a month, if any. */
  targetFor?: (month: string) => number | undefined;
}

export interface SpcAnalysis {
  /** One per month with a value, in month order; null months are left out. */
  points: SpcPoint[];
  segments: SpcSegment[];
  /** The variation icon of the latest point; undefined when there are no points. */
  variation: VariationIcon | undefined;
  /** The assurance icon: the latest month's target against the latest segment's limits. */
  assurance: AssuranceIcon;
  /** The target used for the assurance icon (the one in force for the latest month). */
  target: number | undefined;
  /** The latest segment's limits rest on fewer than 12 points (true for an empty series). */
  fewPoints: boolean;
  /** Points the latest segment's limits were calculated from (0 for an empty series). */
  pointsInBaseline: number;
}

// ---------------------------------------------------------------- mean and limits

/** Arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Mean of the values that are not null; null when there are none (R's mean(na.rm = TRUE)). */
function meanOfPresent(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : mean(present);
}

/** Moving ranges |x(i) − x(i−1)|; the first is null (the reference's `c(NA, abs(diff(y)))`). */
export function movingRanges(values: readonly number[]): (number | null)[] {
  const ranges: (number | null)[] = [];
  let previous: number | undefined;
  for (const value of values) {
    ranges.push(previous === undefined ? null : Math.abs(value - previous));
    previous = value;
  }
  return ranges;
}

/**
 * Outlier screening, once, as ptd_spc_standard does: ranges at or above 3.267 × the mean moving
 * range become null (the reference keeps `mr < 3.267 * amr`). It is not repeated on the new mean.
 *
 * Departure: when every moving range is 0 (a flat series) the reference's `0 < 3.267 * 0` is
 * false, so it drops them all and its limits become NaN. Here nothing is screened and the limits
 * sit on the mean: a flat series is a process with no variation, not one without limits.
 */
export function screenMovingRanges(ranges: readonly (number | null)[]): (number | null)[] {
  const unscreened = meanOfPresent(ranges);
  if (unscreened === null || unscreened === 0) return [...ranges];
  const threshold = OUTLIER_SCREEN_FACTOR * unscreened;
  return ranges.map((range) => (range !== null && range < threshold ? range : null));
}

/** Mean moving range, screened for outliers unless `screen: false`; null without any range. */
export function meanMovingRange(
  ranges: readonly (number | null)[],
  options: { screen?: boolean } = {},
): number | null {
  return meanOfPresent(options.screen === false ? ranges : screenMovingRanges(ranges));
}

/** Process limits mean ± 2.66 × mean moving range; near lines at mean ± (2/3) × 2.66 × it. */
export function processLimits(centre: number, meanRange: number | null): SpcLimits {
  if (meanRange === null) {
    return {
      mean: centre,
      meanMovingRange: null,
      lowerLimit: null,
      upperLimit: null,
      lowerNear: null,
      upperNear: null,
    };
  }
  return {
    mean: centre,
    meanMovingRange: meanRange,
    lowerLimit: centre - PROCESS_LIMIT_FACTOR * meanRange,
    upperLimit: centre + PROCESS_LIMIT_FACTOR * meanRange,
    lowerNear: centre - NEAR_LIMIT_FACTOR * meanRange,
    upperNear: centre + NEAR_LIMIT_FACTOR * meanRange,
  };
}

/** Mean and limits calculated from these (baseline) values, with outlier screening. */
export function calculateLimits(values: readonly number[]): SpcLimits {
  return processLimits(mean(values), meanMovingRange(movingRanges(values)));
}

// ---------------------------------------------------------------- the four rules

/** Side of the mean for each value (the reference's `sign(y - mean)`). */
export function sidesOfMean(values: readonly number[], centre: number): Side[] {
  return values.map((value) => (value > centre ? 1 : value < centre ? -1 : 0));
}

/** Rule 1: strictly beyond a process limit (`y > upl | y < lpl`). A point on a limit is inside. */
export function outsideLimits(values: readonly number[], limits: SpcLimits): boolean[] {
  const { lowerLimit, upperLimit } = limits;
  if (lowerLimit === null || upperLimit === null) return values.map(() => false);
  return values.map((value) => value > upperLimit || value < lowerLimit);
}

/**
 * Near a limit: strictly beyond a near line and not beyond the limit (the reference's
 * `close_to_limits = !outside_limits & (y < nlpl | y > nupl)`).
 */
export function nearLimits(values: readonly number[], limits: SpcLimits): boolean[] {
  const { lowerNear, upperNear } = limits;
  const outside = outsideLimits(values, limits);
  if (lowerNear === null || upperNear === null) return values.map(() => false);
  return values.map((value, i) => !outside[i] && (value < lowerNear || value > upperNear));
}

/**
 * Rule 2: runs of seven or more points, each higher (or each lower) than the one before. A tie
 * ends a run (ptd_seven_point_trend needs every `sign(diff)` to be 1, or every one -1). A peak or
 * trough can end one run and start the next, so it can belong to two runs.
 */
export function trendRuns(values: readonly number[]): SpcRun[] {
  const runs: SpcRun[] = [];
  let start = 0;
  let direction: Side = 0;
  const close = (end: number) => {
    if (direction !== 0 && end - start + 1 >= RUN_LENGTH) runs.push({ start, end, direction });
  };
  for (let i = 1; i < values.length; i++) {
    const step = Math.sign((values[i] as number) - (values[i - 1] as number));
    if (step !== 0 && step === direction) continue;
    close(i - 1);
    direction = step === 0 ? 0 : step > 0 ? 1 : -1;
    start = step === 0 ? i : i - 1;
  }
  close(values.length - 1);
  return runs;
}

/**
 * For each point, the trend run that types it. When a point belongs to two runs (a peak or
 * trough) the run to its right wins, as in ptd_special_cause_type ("if a point is part of a
 * trend either side, use right side").
 *
 * Departure: the reference gets the direction from `sign(y[i+1] − y[i])` whenever the next point
 * is also in *some* trend. If a run ends at i and a separate run starts at i+1 (a tie or a jump
 * between them), that sign is not the direction of point i's run, and the reference labels, say,
 * the top of a rising run "decreasing". Here the point takes its own run's direction.
 */
export function trendRunAtEachPoint(values: readonly number[]): (SpcRun | undefined)[] {
  const at: (SpcRun | undefined)[] = values.map(() => undefined);
  const runs = trendRuns(values);
  // Points a run continues past, first: these win over a run that merely ends on them.
  for (const run of runs) for (let i = run.start; i < run.end; i++) at[i] = run;
  for (const run of runs) if (at[run.end] === undefined) at[run.end] = run;
  return at;
}

/**
 * Rule 3: two of three consecutive points near a limit, all three on the same side of the mean
 * (ptd_two_in_three: `sum(close) >= 2 & abs(sum(side)) == 3`, a point on the mean counting 0).
 * Only the near points themselves are marked (ptd_part_of_two_in_three). A point beyond a limit
 * is not "near", so it does not count towards the two.
 */
export function twoOfThree(near: readonly boolean[], sides: readonly Side[]): boolean[] {
  const marked = near.map(() => false);
  for (let s = 0; s + 2 < near.length; s++) {
    const window = [s, s + 1, s + 2];
    const sideSum = window.reduce((sum, i) => sum + (sides[i] ?? 0), 0);
    const nearCount = window.filter((i) => near[i]).length;
    if (Math.abs(sideSum) === 3 && nearCount >= 2) for (const i of window) if (near[i]) marked[i] = true;
  }
  return marked;
}

/**
 * Rule 4: runs of seven or more points on the same side of the mean; a point on the mean ends a
 * run (ptd_seven_point_one_side_mean needs the same non-zero sign). Every point is marked.
 */
export function shiftRuns(sides: readonly Side[]): SpcRun[] {
  const runs: SpcRun[] = [];
  let start = 0;
  for (let i = 1; i <= sides.length; i++) {
    if (i < sides.length && sides[i] === sides[start]) continue;
    const side = sides[start];
    if ((side === 1 || side === -1) && i - start >= RUN_LENGTH) runs.push({ start, end: i - 1, direction: side });
    start = i;
  }
  return runs;
}

// ---------------------------------------------------------------- point type and icons

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

// ---------------------------------------------------------------- baselines and the whole series

/**
 * Indices where segments start (always 0 first), from the months to recalculate from.
 *
 * The reference starts a new group at the row whose date equals a rebase date and ignores dates
 * with no row. Null months are left out here, so a recalculation month with no value would be
 * lost; instead a segment starts at the first month on or after each recalculation month.
 * Months on or before the first point, or after the last, start no segment.
 */
export function segmentStarts(months: readonly string[], recalculateFrom: readonly string[] = []): number[] {
  const starts = new Set<number>([0]);
  for (const from of recalculateFrom) {
    const index = months.findIndex((month) => month >= from);
    if (index > 0) starts.add(index);
  }
  return [...starts].sort((a, b) => a - b);
}

/** How many of a segment's points the limits are calculated from. */
function baselineSize(segmentLength: number, fixFirst: number | undefined): number {
  if (fixFirst === undefined || !Number.isFinite(fixFirst) || fixFirst < 1) return segmentLength;
  return Math.min(Math.floor(fixFirst), segmentLength);
}

/**
 * The whole analysis for one indicator.
 *
 * - Null (and non-finite) values are left out of the series, never treated as zero: moving
 *   ranges and runs bridge the gap. (The reference asks for no gaps; an NA row there breaks the
 *   moving ranges on both sides of it.)
 * - Points are put in month order (the reference arranges by date).
 * - Each segment (see segmentStarts) has its own mean and limits and the rules run within it,
 *   as with the reference's rebase groups. fixFirst applies within each segment, as the
 *   reference's `row_number() <= fix_after_n_points` does inside each rebase group; N counts
 *   points with a value.
 * - fewPoints: the latest segment's limits rest on fewer than 12 points. Departure: the
 *   reference counts every row of the group (ptd_add_short_group_warnings uses n()), even rows
 *   after a fixed baseline; here it counts the points the limits were calculated from, so
 *   `fixFirst: 6` warns however long the series grows.
 */
export function analyseSpc(
  input: readonly SpcInputPoint[],
  polarity: Polarity,
  options: SpcOptions = {},
): SpcAnalysis {
  const series = input
    .filter((point): point is { month: string; value: number } =>
      typeof point.value === 'number' && Number.isFinite(point.value),
    )
    .map((point) => ({ month: point.month, value: point.value }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

  const months = series.map((point) => point.month);
  const starts = segmentStarts(months, options.recalculateFrom);
  const points: SpcPoint[] = [];
  const segments: SpcSegment[] = [];

  starts.forEach((start, segmentIndex) => {
    const end = starts[segmentIndex + 1] ?? series.length;
    const slice = series.slice(start, end);
    if (slice.length === 0) return;
    const values = slice.map((point) => point.value);
    const inBaseline = baselineSize(values.length, options.fixFirst);
    const baselineValues = values.slice(0, inBaseline);
    const baselineRanges = movingRanges(baselineValues);
    const screened = screenMovingRanges(baselineRanges);
    const limits = processLimits(mean(baselineValues), meanOfPresent(screened));
    const ranges = movingRanges(values);
    const classified = classifyPoints(values, limits, polarity);

    let excluded = 0;
    slice.forEach((point, i) => {
      const baselineRange = i < inBaseline ? baselineRanges[i] : undefined;
      const movingRangeExcluded = typeof baselineRange === 'number' && screened[i] === null;
      if (movingRangeExcluded) excluded++;
      const c = classified[i] as SpcClassification;
      points.push({
        month: point.month,
        value: point.value,
        mean: limits.mean,
        lowerLimit: limits.lowerLimit,
        upperLimit: limits.upperLimit,
        lowerNear: limits.lowerNear,
        upperNear: limits.upperNear,
        movingRange: ranges[i] ?? null,
        movingRangeExcluded,
        inBaseline: i < inBaseline,
        segment: segments.length,
        signals: c.signals,
        typedBy: c.typedBy,
        pointType: c.pointType,
        signalText: c.signalText,
      });
    });
    segments.push({
      from: months[start] as string,
      to: months[end - 1] as string,
      points: slice.length,
      pointsInBaseline: inBaseline,
      fewPoints: inBaseline < FEW_POINTS_THRESHOLD,
      excludedMovingRanges: excluded,
      limits,
    });
  });

  const latest = points[points.length - 1];
  const latestSegment = segments[segments.length - 1];
  if (latest === undefined || latestSegment === undefined) {
    return {
      points,
      segments,
      variation: undefined,
      assurance: 'none',
      target: undefined,
      fewPoints: true,
      pointsInBaseline: 0,
    };
  }
  const target = options.targetFor?.(latest.month);
  return {
    points,
    segments,
    variation: variationIcon(latest.pointType),
    assurance: assuranceIcon(target, latestSegment.limits, polarity),
    target,
    fewPoints: latestSegment.fewPoints,
    pointsInBaseline: latestSegment.pointsInBaseline,
  };
}
