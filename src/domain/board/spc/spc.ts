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
import type { Polarity } from '../../schema';
import { mean, meanOfPresent, movingRanges, processLimits, screenMovingRanges } from './spcLimits';
import { type SpcClassification, assuranceIcon, classifyPoints, variationIcon } from './spcPoints';
import { FEW_POINTS_THRESHOLD, type SpcAnalysis, type SpcInputPoint, type SpcOptions, type SpcPoint, type SpcSegment } from './spcTypes';
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
