// SPC's four rules (ptd_calculate_point_type / ptd_special_cause_type in NHSRplotthedots).
import { RUN_LENGTH, type Side, type SpcLimits, type SpcRun } from './spcTypes';
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
