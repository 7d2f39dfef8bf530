// SPC's mean, moving ranges and process limits (ptd_spc_standard in NHSRplotthedots).
import { NEAR_LIMIT_FACTOR, OUTLIER_SCREEN_FACTOR, PROCESS_LIMIT_FACTOR, type SpcLimits } from './spcTypes';
/** Arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Mean of the values that are not null; null when there are none (R's mean(na.rm = TRUE)). */
export function meanOfPresent(values: readonly (number | null)[]): number | null {
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
