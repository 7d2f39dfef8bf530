// SPC's constants and types (see spc.ts for the reference, NHSRplotthedots).
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
