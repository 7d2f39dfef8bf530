// XmR (Making Data Count) rules against series built by hand. Every expected value below was
// worked out from the rules as NHSRplotthedots applies them (ptd_spc_standard,
// ptd_special_cause_type, ptd_point_type, ptd_calculate_assurance_type); the arithmetic is in the
// comments. Constants: limits = mean ± 2.66 × mR̄; near lines = mean ± (2/3)(2.66) × mR̄, and
// (2/3)(2.66) = 1.773333…; a moving range at or above 3.267 × mR̄ is screened out once.
import { describe, expect, it } from 'vitest';
import { analyseSpc, segmentStarts } from '../../../src/domain/board/spc';
import { assuranceIcon, classifyPoints, pointType, signalText, variationIcon } from '../../../src/domain/board/spcPoints';
import { calculateLimits, mean, meanMovingRange, movingRanges, processLimits, screenMovingRanges } from '../../../src/domain/board/spcLimits';
import { nearLimits, outsideLimits, shiftRuns, sidesOfMean, trendRunAtEachPoint, trendRuns, twoOfThree } from '../../../src/domain/board/spcRules';
import { NEAR_LIMIT_FACTOR, type SpcAnalysis, type SpcInputPoint, type SpcPointType } from '../../../src/domain/board/spcTypes';

// ---------------------------------------------------------------- helpers

/** The i-th month from January 2017, as 'YYYY-MM', by integer arithmetic (no Date). */
function monthAt(i: number): string {
  const n = 2017 * 12 + i;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Monthly points from January 2017. */
function series(values: readonly (number | null)[]): SpcInputPoint[] {
  return values.map((value, i) => ({ month: monthAt(i), value }));
}

function types(result: SpcAnalysis): SpcPointType[] {
  return result.points.map((point) => point.pointType);
}

/** Indices of the points whose type is not common cause. */
function specialIndices(result: SpcAnalysis): number[] {
  return result.points.flatMap((point, i) => (point.pointType === 'common-cause' ? [] : [i]));
}

function repeat<T>(pattern: readonly T[], times: number): T[] {
  return Array.from({ length: times }, () => pattern).flat();
}

// ---------------------------------------------------------------- worked series

// B (base): 9, 11 alternating, 12 points.
//   mean = (6×9 + 6×11)/12 = 120/12 = 10
//   moving ranges: eleven of 2 → mR̄ = 2 (screen at 3.267×2 = 6.534: none)
//   limits = 10 ± 2.66×2 = 10 ± 5.32 → 4.68 and 15.32
//   near   = 10 ± 1.773333×2 = 10 ± 3.546667 → 6.453333 and 13.546667
const B = repeat([9, 11], 6);

// O (one point outside): 10, 12 alternating for 11 points, then 20.
//   mean = (6×10 + 5×12 + 20)/12 = 140/12 = 11.666667
//   moving ranges: ten of 2, then |20 − 10| = 10 → mR̄ = 30/11 = 2.727273
//   screening: 3.267 × 2.727273 = 8.910 ≤ 10 → the 10 is left out → mR̄ = 20/10 = 2
//   limits = 11.666667 ± 5.32 → 6.346667 and 16.986667; 20 > 16.986667 → outside
//   near   = 11.666667 ± 3.546667 → 8.12 and 15.213333; 10 and 12 are inside both
//   sides alternate (10 below, 12 above) → no shift; no trend longer than 2 points.
const O = [...repeat([10, 12], 5), 10, 20];

// T (trend): 11, 13 alternating for 8 points, then 10, 10.5, 11, 12, 13, 13.5, 14.
//   mean = (4×11 + 4×13 + 10 + 10.5 + 11 + 12 + 13 + 13.5 + 14)/15 = (96 + 84)/15 = 12
//   moving ranges: seven of 2 (14), |10 − 13| = 3, then 0.5, 0.5, 1, 1, 0.5, 0.5 (4)
//     → mR̄ = 21/14 = 1.5 (screen at 4.9: none)
//   limits = 12 ± 3.99 → 8.01 and 15.99; near = 12 ± 2.66 → 9.34 and 14.66: nothing near
//   the last 7 rise every month (10 < 10.5 < … < 14); 13 → 10 falls, so the run starts at 10.
//   sides: 10, 10.5, 11 below; 12 on the mean (breaks any shift); 13, 13.5, 14 above → no shift.
const T = [...repeat([11, 13], 4), 10, 10.5, 11, 12, 13, 13.5, 14];

// W (two of three): 9, 11, 9, 11, 9, 11, 14, 14, 11, 9, 11, 9, 6, 6, 9, 11.
//   mean = (6×9 + 6×11 + 2×14 + 2×6)/16 = 160/16 = 10
//   moving ranges: 2,2,2,2,2, 3,0,3, 2,2,2, 3,0,3, 2 → 30/15 = 2 (screen at 6.534: none)
//   limits 4.68 and 15.32; near lines 6.453333 and 13.546667
//   14 is near above, 6 is near below; 9 and 11 are not near.
//   window (11, 14, 14): all above the mean, two near → the two 14s (indices 6, 7)
//   window (9, 6, 6): all below, two near → the two 6s (indices 12, 13)
//   longest run on one side: 11, 14, 14, 11 (4); longest rise: 9, 11, 14 (3, then a tie).
const W = [9, 11, 9, 11, 9, 11, 14, 14, 11, 9, 11, 9, 6, 6, 9, 11];

// S (shift): 7.5, 9.5 alternating for 7 points, then 12.5, 10.5 alternating for 7 points.
//   mean = (4×7.5 + 3×9.5 + 4×12.5 + 3×10.5)/14 = (58.5 + 81.5)/14 = 140/14 = 10
//   moving ranges: six of 2, |12.5 − 7.5| = 5, six of 2 → mR̄ = 29/13 = 2.230769
//   screening: 3.267 × 2.230769 = 7.288 > 5 → none left out
//   limits = 10 ± 2.66 × 2.230769 = 10 ± 5.933846 → 4.066154 and 15.933846
//   near   = 10 ± 1.773333 × 2.230769 = 10 ± 3.955897 → 6.044103 and 13.955897: nothing near
//   indices 0–6 are all below the mean, 7–13 all above: two runs of 7. No trend (zig-zag).
const S = [...repeat([7.5, 9.5], 3), 7.5, ...repeat([12.5, 10.5], 3), 12.5];

// P (trend beats shift): 13.5, 13, 12.5, 12, 11.5, 11, 10.5, then 12, 6 alternating × 7 pairs.
//   mean = (84 + 7×12 + 7×6)/21 = 210/21 = 10
//   moving ranges: six of 0.5 (3), |12 − 10.5| = 1.5, thirteen of 6 (78) → 82.5/20 = 4.125
//   screening: 3.267 × 4.125 = 13.476 → none left out
//   limits = 10 ± 10.9725 → −0.9725 and 20.9725; near = 10 ± 7.315 → 2.685 and 17.315
//   indices 0–6 fall every month (a 7-point trend, down); indices 0–7 are all above the mean
//   (a shift of 8, up). 0–6 are hit by both: the trend comes first, so they are typed by the
//   fall; index 7 only by the shift, so it is typed by being above the mean.
const P = [13.5, 13, 12.5, 12, 11.5, 11, 10.5, ...repeat([12, 6], 7)];

// Q (outside beats trend; screening; trend beats two of three):
//   9, 11 alternating × 4 pairs, then 2, 6, 9, 11, 12.5, 14, 15.5.
//   mean = (80 + 70)/15 = 10
//   moving ranges: seven of 2 (14), |2 − 11| = 9, then 4, 3, 2, 1.5, 1.5, 1.5 (13.5)
//     → mR̄ = 36.5/14 = 2.607143; 3.267 × 2.607143 = 8.5175 ≤ 9 → the 9 is left out
//     → mR̄ = 27.5/13 = 2.115385
//   limits = 10 ± 2.66 × 2.115385 = 10 ± 5.626923 → 4.373077 and 15.626923
//   near   = 10 ± 1.773333 × 2.115385 = 10 ± 3.751282 → 6.248718 and 13.751282
//   index 8 (2): below the lower limit, and the first point of a 7-point rise (indices 8–14).
//   indices 13, 14 (14, 15.5): near above, with 12.5 above too → two of three, but also in the
//   rise. Index 9 (6) is near below, but 2 is beyond the limit (not "near") and 9 is not near.
const Q = [...repeat([9, 11], 4), 2, 6, 9, 11, 12.5, 14, 15.5];

// ---------------------------------------------------------------- mean, moving ranges, limits

describe('mean, moving ranges and limits', () => {
  it('takes the mean of the values', () => {
    expect(mean([10, 12, 11, 13])).toBeCloseTo(11.5, 10); // 46/4
    expect(mean([])).toBeNaN();
  });

  it('takes moving ranges |x(i) − x(i−1)|, none for the first point', () => {
    expect(movingRanges([10, 12, 11, 13])).toEqual([null, 2, 1, 2]);
    expect(movingRanges([5])).toEqual([null]);
    expect(movingRanges([])).toEqual([]);
  });

  it('averages the moving ranges', () => {
    // (2 + 1 + 2)/3 = 1.666667; 3.267 × 1.666667 = 5.445 → nothing screened
    expect(meanMovingRange([null, 2, 1, 2])).toBeCloseTo(5 / 3, 10);
    expect(meanMovingRange([null])).toBeNull();
  });

  it('leaves out moving ranges at or above 3.267 × the mean moving range', () => {
    // nine ranges of 1 and one of x: mR̄ = (9 + x)/10; x is out when x ≥ 0.3267(9 + x),
    // i.e. x ≥ 2.9403/0.6733 = 4.367
    // x = 4.3: mR̄ = 1.33, threshold 4.34511 → kept, mR̄ stays 1.33
    const kept = [null, ...repeat([1], 9), 4.3];
    expect(meanMovingRange(kept)).toBeCloseTo(1.33, 10);
    // x = 4.4: mR̄ = 1.34, threshold 4.37778 → out, mR̄ = 9/9 = 1
    const out = [null, ...repeat([1], 9), 4.4];
    expect(screenMovingRanges(out)).toEqual([null, ...repeat([1], 9), null]);
    expect(meanMovingRange(out)).toBeCloseTo(1, 10);
    expect(meanMovingRange(out, { screen: false })).toBeCloseTo(1.34, 10);
  });

  it('leaves out a moving range exactly at 3.267 × the mean moving range (the reference keeps only mr < 3.267 mR̄)', () => {
    // 748 × 8, 749 and 3267: sum 5984 + 749 + 3267 = 10000 over 10 → mR̄ = 1000 exactly;
    // 3.267 × 1000 = 3267 (exact in floating point too) → the 3267 goes → mR̄ = 6733/9
    const ranges = [null, ...repeat([748], 8), 749, 3267];
    expect(meanMovingRange(ranges, { screen: false })).toBe(1000);
    expect(meanMovingRange(ranges)).toBeCloseTo(6733 / 9, 10);
  });

  it('screens once, as the reference does, not again on the new mean', () => {
    // eight 1s, a 6 and a 30: mR̄ = 44/10 = 4.4; threshold 14.3748 → the 30 goes
    // new mR̄ = (8 + 6)/9 = 1.555556; a second pass (threshold 5.082) would drop the 6 too,
    // but the reference screens once, so mR̄ = 1.555556
    const ranges = [null, ...repeat([1], 8), 6, 30];
    expect(meanMovingRange(ranges, { screen: false })).toBeCloseTo(4.4, 10);
    expect(meanMovingRange(ranges)).toBeCloseTo(14 / 9, 10);
  });

  it('puts limits at mean ± 2.66 mR̄ and near lines at mean ± (2/3)(2.66) mR̄', () => {
    expect(NEAR_LIMIT_FACTOR).toBeCloseTo(1.773333, 6);
    // mean 11.5, mR̄ 5/3: 2.66 × 5/3 = 4.433333; 1.773333 × 5/3 = 2.955556
    const limits = processLimits(11.5, 5 / 3);
    expect(limits.lowerLimit).toBeCloseTo(7.066667, 6);
    expect(limits.upperLimit).toBeCloseTo(15.933333, 6);
    expect(limits.lowerNear).toBeCloseTo(8.544444, 6);
    expect(limits.upperNear).toBeCloseTo(14.455556, 6);
  });

  it('calculates the limits of series B: mean 10, mR̄ 2, limits 4.68 and 15.32', () => {
    const limits = calculateLimits(B);
    expect(limits.mean).toBeCloseTo(10, 10);
    expect(limits.meanMovingRange).toBeCloseTo(2, 10);
    expect(limits.lowerLimit).toBeCloseTo(4.68, 10);
    expect(limits.upperLimit).toBeCloseTo(15.32, 10);
    expect(limits.lowerNear).toBeCloseTo(6.453333, 6);
    expect(limits.upperNear).toBeCloseTo(13.546667, 6);
  });

  it('has no limits for a single value (no moving range to average)', () => {
    const limits = calculateLimits([32]);
    expect(limits.mean).toBe(32);
    expect(limits.meanMovingRange).toBeNull();
    expect(limits.upperLimit).toBeNull();
    expect(limits.lowerLimit).toBeNull();
  });
});

// ---------------------------------------------------------------- each rule on its own

describe('rule 1: a point beyond a process limit', () => {
  it('counts a point strictly beyond a limit; a point on the limit is near, not outside', () => {
    const limits = processLimits(10, 1); // 7.34 and 12.66, near 8.226667 and 11.773333
    const upper = limits.upperLimit as number;
    const lower = limits.lowerLimit as number;
    const values = [upper, upper + 0.01, lower, lower - 0.01, 10];
    expect(outsideLimits(values, limits)).toEqual([false, true, false, true, false]);
    expect(nearLimits(values, limits)).toEqual([true, false, true, false, false]);
  });

  it('finds the one point of series O above the upper limit (16.986667), and nothing else', () => {
    const result = analyseSpc(series(O), 'up');
    const last = result.points[11];
    expect(last?.mean).toBeCloseTo(11.666667, 6);
    expect(last?.upperLimit).toBeCloseTo(16.986667, 6);
    expect(last?.lowerLimit).toBeCloseTo(6.346667, 6);
    expect(last?.upperNear).toBeCloseTo(15.213333, 6);
    expect(last?.lowerNear).toBeCloseTo(8.12, 6);
    expect(specialIndices(result)).toEqual([11]);
    expect(last?.signals).toEqual(['outside-limits']);
    expect(last?.pointType).toBe('special-cause-improving');
    expect(last?.signalText).toBe('Special cause – improving: above the upper process limit');
    expect(result.points[0]?.signalText).toBe('Common cause');
    // the jump to 20 (|20 − 10| = 10) was screened out of mR̄
    expect(last?.movingRange).toBe(10);
    expect(last?.movingRangeExcluded).toBe(true);
    expect(result.segments[0]?.excludedMovingRanges).toBe(1);
    expect(result.segments[0]?.limits.meanMovingRange).toBeCloseTo(2, 10);
    expect(result.variation).toBe('improvement');
  });
});

describe('rule 2: seven points in a row rising or falling', () => {
  it('finds runs of seven or more, and marks every point of them', () => {
    expect(trendRuns([1, 2, 3, 4, 5, 6, 7])).toEqual([{ start: 0, end: 6, direction: 1 }]);
    expect(trendRuns([9, 8, 7, 6, 5, 4, 3, 2])).toEqual([{ start: 0, end: 7, direction: -1 }]);
    expect(trendRuns([1, 2, 3, 4, 5, 6])).toEqual([]); // six is not enough
    expect(trendRuns([])).toEqual([]);
  });

  it('breaks a run on a tie', () => {
    expect(trendRuns([1, 2, 3, 4, 5, 6, 6, 7])).toEqual([]);
    expect(trendRuns([1, 2, 3, 3, 4, 5, 6, 7])).toEqual([]); // 3, 4, 5, 6, 7 is five
    expect(trendRuns([1, 1, 2, 3, 4, 5, 6, 7])).toEqual([{ start: 1, end: 7, direction: 1 }]);
  });

  it('lets a peak end a rise and start a fall; the run to the right types it (the reference)', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    expect(trendRuns(values)).toEqual([
      { start: 0, end: 6, direction: 1 },
      { start: 6, end: 12, direction: -1 },
    ]);
    const at = trendRunAtEachPoint(values);
    expect(at[5]?.direction).toBe(1);
    expect(at[6]?.direction).toBe(-1); // the peak: "use right side"
    expect(at[7]?.direction).toBe(-1);
  });

  it('types the top of a rise as rising even when a separate rise starts right after it', () => {
    // 1..7 rises (indices 0–6), 7 → 0 falls, 0..6 rises (indices 7–13). The reference would
    // take sign(0 − 7) for index 6 and call it "decreasing"; here it keeps its own run's rise.
    const values = [1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6];
    const at = trendRunAtEachPoint(values);
    expect(at[6]).toEqual({ start: 0, end: 6, direction: 1 });
    expect(at[7]).toEqual({ start: 7, end: 13, direction: 1 });
  });

  it('finds the 7-point rise at the end of series T, and nothing else', () => {
    const result = analyseSpc(series(T), 'up');
    expect(result.segments[0]?.limits.mean).toBeCloseTo(12, 10);
    expect(result.segments[0]?.limits.meanMovingRange).toBeCloseTo(1.5, 10);
    expect(result.segments[0]?.limits.upperLimit).toBeCloseTo(15.99, 10);
    expect(result.segments[0]?.limits.lowerLimit).toBeCloseTo(8.01, 10);
    expect(specialIndices(result)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    for (const point of result.points.slice(8)) {
      expect(point.signals).toEqual(['trend']);
      expect(point.pointType).toBe('special-cause-improving');
    }
    // a rise is improving when up is good, even for the points below the mean (10, 10.5, 11)
    expect(result.points[8]?.signalText).toBe(
      'Special cause – improving: 7 points in a row, each higher than the one before',
    );
    expect(result.variation).toBe('improvement');
  });
});

describe('rule 3: two of three points near a limit, on the same side', () => {
  it('marks the near points when two of three consecutive points are near and all three on one side', () => {
    expect(twoOfThree([true, false, true], [1, 1, 1])).toEqual([true, false, true]);
    expect(twoOfThree([true, true, true], [-1, -1, -1])).toEqual([true, true, true]);
    expect(twoOfThree([false, true, true], [1, 1, 1])).toEqual([false, true, true]);
  });

  it('needs all three points on the same side of the mean (NHSRplotthedots issue #143)', () => {
    expect(twoOfThree([true, false, true], [1, -1, 1])).toEqual([false, false, false]);
    expect(twoOfThree([true, true, false], [1, 1, -1])).toEqual([false, false, false]);
    // a point exactly on the mean counts as neither side
    expect(twoOfThree([true, false, true], [1, 0, 1])).toEqual([false, false, false]);
  });

  it('looks only at three consecutive points (cases from the reference tests)', () => {
    expect(twoOfThree([true, false, false, true], [1, 1, 1, 1])).toEqual([false, false, false, false]);
    expect(twoOfThree([true, false, false, true, true], [1, 1, 1, 1, 1])).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(twoOfThree([true, true], [1, 1])).toEqual([false, false]); // no full window
  });

  it('finds the two pairs of near points in series W, and nothing else', () => {
    const result = analyseSpc(series(W), 'up');
    const limits = result.segments[0]?.limits;
    expect(limits?.mean).toBeCloseTo(10, 10);
    expect(limits?.meanMovingRange).toBeCloseTo(2, 10);
    expect(limits?.upperNear).toBeCloseTo(13.546667, 6);
    expect(limits?.lowerNear).toBeCloseTo(6.453333, 6);
    expect(specialIndices(result)).toEqual([6, 7, 12, 13]);
    expect(result.points[6]?.signals).toEqual(['two-of-three']);
    expect(result.points[6]?.pointType).toBe('special-cause-improving');
    expect(result.points[12]?.pointType).toBe('special-cause-concerning');
    expect(result.points[12]?.signalText).toBe(
      'Special cause – concerning: 2 of 3 points near the lower process limit',
    );
    // 11 between the two 14s is above the mean but not near: not marked
    expect(result.points[8]?.pointType).toBe('common-cause');
    expect(result.variation).toBe('common-cause');
  });
});

describe('rule 4: seven points in a row on one side of the mean', () => {
  it('finds runs of seven or more on one side', () => {
    expect(shiftRuns([1, 1, 1, 1, 1, 1, 1])).toEqual([{ start: 0, end: 6, direction: 1 }]);
    expect(shiftRuns([1, -1, -1, -1, -1, -1, -1, -1, -1])).toEqual([{ start: 1, end: 8, direction: -1 }]);
    expect(shiftRuns([1, 1, 1, 1, 1, 1])).toEqual([]);
  });

  it('breaks a run on a point exactly on the mean', () => {
    expect(shiftRuns([1, 1, 1, 0, 1, 1, 1, 1])).toEqual([]);
    expect(shiftRuns([0, 0, 0, 0, 0, 0, 0])).toEqual([]);
    expect(sidesOfMean([9, 10, 11], 10)).toEqual([-1, 0, 1]);
  });

  it('finds the run below and the run above in series S', () => {
    const result = analyseSpc(series(S), 'up');
    const limits = result.segments[0]?.limits;
    expect(limits?.mean).toBeCloseTo(10, 10);
    expect(limits?.meanMovingRange).toBeCloseTo(29 / 13, 10);
    expect(limits?.upperLimit).toBeCloseTo(15.933846, 6);
    expect(limits?.upperNear).toBeCloseTo(13.955897, 6);
    for (const point of result.points) expect(point.signals).toEqual(['shift']);
    expect(types(result)).toEqual([
      ...repeat<SpcPointType>(['special-cause-concerning'], 7),
      ...repeat<SpcPointType>(['special-cause-improving'], 7),
    ]);
    expect(result.points[0]?.signalText).toBe('Special cause – concerning: 7 points in a row below the mean');
    expect(result.points[13]?.signalText).toBe('Special cause – improving: 7 points in a row above the mean');
  });
});

// ---------------------------------------------------------------- precedence

describe('precedence: a point hit by several rules is typed by the first', () => {
  it('types a falling run above the mean by the fall (trend before shift), series P', () => {
    const result = analyseSpc(series(P), 'up');
    const limits = result.segments[0]?.limits;
    expect(limits?.mean).toBeCloseTo(10, 10);
    expect(limits?.meanMovingRange).toBeCloseTo(4.125, 10);
    expect(limits?.upperNear).toBeCloseTo(17.315, 10);
    expect(specialIndices(result)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const point of result.points.slice(0, 7)) {
      expect(point.signals).toEqual(['trend', 'shift']);
      expect(point.typedBy).toBe('trend');
      // above the mean (improving by the shift) but falling: concerning by the trend
      expect(point.pointType).toBe('special-cause-concerning');
    }
    expect(result.points[0]?.signalText).toBe(
      'Special cause – concerning: 7 points in a row, each lower than the one before',
    );
    expect(result.points[7]?.signals).toEqual(['shift']);
    expect(result.points[7]?.pointType).toBe('special-cause-improving');
    expect(result.points[7]?.signalText).toBe('Special cause – improving: 8 points in a row above the mean');
  });

  it('types a point below the lower limit by the limit, though it starts a rise (series Q)', () => {
    const result = analyseSpc(series(Q), 'up');
    const limits = result.segments[0]?.limits;
    expect(limits?.mean).toBeCloseTo(10, 10);
    expect(limits?.meanMovingRange).toBeCloseTo(27.5 / 13, 10);
    expect(limits?.lowerLimit).toBeCloseTo(4.373077, 6);
    expect(limits?.upperLimit).toBeCloseTo(15.626923, 6);
    expect(limits?.upperNear).toBeCloseTo(13.751282, 6);
    expect(result.points[8]?.movingRangeExcluded).toBe(true); // |2 − 11| = 9 screened out

    expect(specialIndices(result)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    const low = result.points[8];
    expect(low?.signals).toEqual(['outside-limits', 'trend']);
    expect(low?.pointType).toBe('special-cause-concerning'); // low: concerning, though rising
    expect(low?.signalText).toBe('Special cause – concerning: below the lower process limit');
    expect(result.points[9]?.signals).toEqual(['trend']); // 6 is near, but 2 beside it is beyond
    for (const i of [13, 14]) {
      expect(result.points[i]?.signals).toEqual(['trend', 'two-of-three']);
      expect(result.points[i]?.typedBy).toBe('trend');
    }
    expect(types(result).slice(9)).toEqual(repeat<SpcPointType>(['special-cause-improving'], 6));
  });

  it('types two of three before a shift, by classifyPoints on its own', () => {
    // limits 10 ± 2.66 (mR̄ 1): near above 11.773333 < x ≤ 12.66
    // 11, 11, 12, 12, 11, 11, 11: all above the mean (a shift of 7); the two 12s are near.
    const classified = classifyPoints([11, 11, 12, 12, 11, 11, 11], processLimits(10, 1), 'down');
    expect(classified[2]?.signals).toEqual(['two-of-three', 'shift']);
    expect(classified[2]?.typedBy).toBe('two-of-three');
    expect(classified[2]?.pointType).toBe('special-cause-concerning'); // high, down is good
    expect(classified[0]?.typedBy).toBe('shift');
  });
});

// ---------------------------------------------------------------- polarity

describe('polarity', () => {
  it('maps a direction to a point type', () => {
    expect(pointType(1, 'up')).toBe('special-cause-improving');
    expect(pointType(-1, 'up')).toBe('special-cause-concerning');
    expect(pointType(1, 'down')).toBe('special-cause-concerning');
    expect(pointType(-1, 'down')).toBe('special-cause-improving');
    expect(pointType(1, 'neutral')).toBe('special-cause-neutral-high');
    expect(pointType(-1, 'neutral')).toBe('special-cause-neutral-low');
    expect(pointType(0, 'up')).toBe('common-cause');
  });

  it('maps a point type to a variation icon', () => {
    expect(variationIcon('common-cause')).toBe('common-cause');
    expect(variationIcon('special-cause-improving')).toBe('improvement');
    expect(variationIcon('special-cause-concerning')).toBe('concern');
    expect(variationIcon('special-cause-neutral-high')).toBe('neutral-high');
    expect(variationIcon('special-cause-neutral-low')).toBe('neutral-low');
  });

  it('reads a point above the upper limit (series O) by polarity', () => {
    expect(analyseSpc(series(O), 'up').variation).toBe('improvement');
    const down = analyseSpc(series(O), 'down');
    expect(down.variation).toBe('concern');
    expect(down.points[11]?.signalText).toBe('Special cause – concerning: above the upper process limit');
    const neutral = analyseSpc(series(O), 'neutral');
    expect(neutral.variation).toBe('neutral-high');
    expect(neutral.points[11]?.signalText).toBe('Special cause – neutral (high): above the upper process limit');
  });

  it('reads the runs of series S and the rise of series Q by polarity', () => {
    const down = analyseSpc(series(S), 'down');
    expect(down.points[0]?.pointType).toBe('special-cause-improving');
    expect(down.points[13]?.pointType).toBe('special-cause-concerning');
    const neutral = analyseSpc(series(S), 'neutral');
    expect(neutral.points[0]?.pointType).toBe('special-cause-neutral-low');
    expect(neutral.points[13]?.pointType).toBe('special-cause-neutral-high');
    expect(neutral.variation).toBe('neutral-high');

    const q = analyseSpc(series(Q), 'down');
    expect(q.points[8]?.pointType).toBe('special-cause-improving'); // below the lower limit
    expect(q.points[14]?.pointType).toBe('special-cause-concerning'); // rising
    expect(q.variation).toBe('concern');
  });

  it('writes common cause whatever the rule arguments', () => {
    expect(signalText('common-cause', null, 0)).toBe('Common cause');
  });
});

// ---------------------------------------------------------------- null months and order

describe('null months', () => {
  it('leaves null months out of the series, never as zero', () => {
    // 10, (null), 12: mean (10 + 12)/2 = 11, not 22/3; the moving range bridges the gap: 2
    const result = analyseSpc(series([10, null, 12]), 'up');
    expect(result.points.map((p) => p.month)).toEqual(['2017-01', '2017-03']);
    expect(result.points[0]?.mean).toBeCloseTo(11, 10);
    expect(result.points[1]?.movingRange).toBe(2);
  });

  it('gives the same analysis with gaps as without them (series O with null months inserted)', () => {
    const withGaps: SpcInputPoint[] = [];
    O.forEach((value, i) => {
      withGaps.push({ month: monthAt(2 * i), value });
      withGaps.push({ month: monthAt(2 * i + 1), value: null });
    });
    const gapped = analyseSpc(withGaps, 'up');
    const plain = analyseSpc(series(O), 'up');
    expect(gapped.points.length).toBe(12);
    expect(types(gapped)).toEqual(types(plain));
    expect(gapped.points.map((p) => p.movingRange)).toEqual(plain.points.map((p) => p.movingRange));
    expect(gapped.points[11]?.upperLimit).toBeCloseTo(16.986667, 6);
  });

  it('puts the points in month order', () => {
    const reversed = series(T).reverse();
    const result = analyseSpc(reversed, 'up');
    expect(result.points.map((p) => p.value)).toEqual(T);
    expect(specialIndices(result)).toEqual([8, 9, 10, 11, 12, 13, 14]);
  });
});

// ---------------------------------------------------------------- outlier screening

describe('outlier screening changes the limits', () => {
  it('narrows the limits round a step change, so the step shows', () => {
    // 10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21
    //   mean = (3×10 + 3×11 + 3×20 + 3×21)/12 = 186/12 = 15.5
    //   moving ranges: ten of 1 and one of 9 → mR̄ = 19/11 = 1.727273
    //   3.267 × 1.727273 = 5.643 ≤ 9 → the 9 goes; mR̄ = 10/10 = 1
    //   screened limits 15.5 ± 2.66 → 12.84 and 18.16: every point is beyond one
    //   unscreened limits 15.5 ± 4.594545 → 10.905455 and 20.094545: 11 and 20 would be inside
    const values = [10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21];
    const result = analyseSpc(series(values), 'up');
    const limits = result.segments[0]?.limits;
    expect(limits?.meanMovingRange).toBeCloseTo(1, 10);
    expect(limits?.lowerLimit).toBeCloseTo(12.84, 10);
    expect(limits?.upperLimit).toBeCloseTo(18.16, 10);
    expect(result.points[6]?.movingRangeExcluded).toBe(true);
    expect(result.points.every((p) => p.signals[0] === 'outside-limits')).toBe(true);
    expect(types(result)).toEqual([
      ...repeat<SpcPointType>(['special-cause-concerning'], 6),
      ...repeat<SpcPointType>(['special-cause-improving'], 6),
    ]);

    const unscreened = processLimits(15.5, meanMovingRange(movingRanges(values), { screen: false }));
    expect(unscreened.lowerLimit).toBeCloseTo(10.905455, 6);
    expect(unscreened.upperLimit).toBeCloseTo(20.094545, 6);
    expect(outsideLimits(values, unscreened)).toEqual(
      values.map((v) => v === 10 || v === 21),
    );
  });
});

// ---------------------------------------------------------------- baselines

describe('a fixed baseline (fixFirst)', () => {
  // F: series B (9, 11 × 6) then 12, 12, 15.5.
  //   fixed on the first 12: mean 10, mR̄ 2, limits 4.68 and 15.32 for all 15 points;
  //   15.5 > 15.32 → outside.
  //   not fixed: mean = (120 + 12 + 12 + 15.5)/15 = 159.5/15 = 10.633333;
  //   moving ranges: eleven of 2, |12 − 11| = 1, 0, 3.5 → 26.5/14 = 1.892857 (screen at 6.18: none)
  //   upper limit 10.633333 + 2.66 × 1.892857 = 15.668333 → 15.5 inside; near line 13.990000,
  //   so 15.5 is near, but 12, 12 beside it are not: common cause.
  const F = [...B, 12, 12, 15.5];

  it('keeps the mean and limits of the first N points for the later ones', () => {
    const result = analyseSpc(series(F), 'up', { fixFirst: 12 });
    for (const point of result.points) {
      expect(point.mean).toBeCloseTo(10, 10);
      expect(point.lowerLimit).toBeCloseTo(4.68, 10);
      expect(point.upperLimit).toBeCloseTo(15.32, 10);
    }
    expect(result.points.map((p) => p.inBaseline)).toEqual([...repeat([true], 12), false, false, false]);
    expect(specialIndices(result)).toEqual([14]);
    expect(result.points[14]?.signals).toEqual(['outside-limits']);
    expect(result.variation).toBe('improvement');
    expect(result.pointsInBaseline).toBe(12);
    expect(result.fewPoints).toBe(false);
  });

  it('recalculates over every point without fixFirst', () => {
    const result = analyseSpc(series(F), 'up');
    expect(result.points[0]?.mean).toBeCloseTo(10.633333, 6);
    expect(result.points[0]?.upperLimit).toBeCloseTo(15.668333, 6);
    expect(result.points[14]?.pointType).toBe('common-cause');
    expect(result.pointsInBaseline).toBe(15);
  });

  it('warns of few points when the baseline is short, however long the series', () => {
    const result = analyseSpc(series(F), 'up', { fixFirst: 10 });
    expect(result.pointsInBaseline).toBe(10);
    expect(result.fewPoints).toBe(true);
  });

  it('uses every point when fixFirst is longer than the series', () => {
    const result = analyseSpc(series(F), 'up', { fixFirst: 40 });
    expect(result.pointsInBaseline).toBe(15);
    expect(result.points[0]?.mean).toBeCloseTo(10.633333, 6);
  });
});

describe('recalculation from a month (recalculateFrom)', () => {
  // R: 9, 11 × 6 (2017) then 19, 21 × 6 (2018).
  //   split at 2018-01: each year has mR̄ 2; means 10 and 20; limits 4.68–15.32 and 14.68–25.32.
  //   not split: mean 15; moving ranges twenty-two of 2 and one of 8 → 52/23 = 2.26087;
  //   3.267 × 2.26087 = 7.386 ≤ 8 → out; mR̄ = 44/22 = 2; limits 9.68 and 20.32, so every 9
  //   and 21 is beyond a limit.
  const R = [...B, ...repeat([19, 21], 6)];

  it('gives each segment its own mean and limits', () => {
    const result = analyseSpc(series(R), 'up', { recalculateFrom: ['2018-01'] });
    expect(result.segments.map((s) => [s.from, s.to, s.points])).toEqual([
      ['2017-01', '2017-12', 12],
      ['2018-01', '2018-12', 12],
    ]);
    expect(result.segments[0]?.limits.mean).toBeCloseTo(10, 10);
    expect(result.segments[1]?.limits.mean).toBeCloseTo(20, 10);
    expect(result.points[12]?.lowerLimit).toBeCloseTo(14.68, 10);
    expect(result.points[12]?.upperLimit).toBeCloseTo(25.32, 10);
    expect(result.points[12]?.segment).toBe(1);
    expect(result.points[12]?.movingRange).toBeNull(); // the first point of a segment
    expect(specialIndices(result)).toEqual([]);
    expect(result.pointsInBaseline).toBe(12);
    expect(result.fewPoints).toBe(false);
  });

  it('would flag the step without the recalculation', () => {
    const result = analyseSpc(series(R), 'up');
    expect(result.segments[0]?.limits.meanMovingRange).toBeCloseTo(2, 10);
    expect(result.points[0]?.lowerLimit).toBeCloseTo(9.68, 10);
    expect(result.points[0]?.signals[0]).toBe('outside-limits');
    expect(result.points[23]?.signals[0]).toBe('outside-limits');
  });

  it('runs the rules within each segment: a rise across the split is no trend', () => {
    // 1..12, split at 2017-07: 1..6 (mean 3.5, mR̄ 1, limits 0.84 and 6.16, near 1.726667 and
    // 5.273333) and 7..12 (mean 9.5, limits 6.84 and 12.16). Six rising points each: no trend;
    // 1 and 6 are near but alone in their windows; three each side: no shift.
    // Not split: twelve rising points → a trend (and 1, 2, 3, 10, 11, 12 beyond 3.84 / 9.16).
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const split = analyseSpc(series(values), 'up', { recalculateFrom: ['2017-07'] });
    expect(split.segments.map((s) => s.limits.mean)).toEqual([3.5, 9.5]);
    expect(split.points[0]?.upperLimit).toBeCloseTo(6.16, 10);
    expect(specialIndices(split)).toEqual([]);
    expect(split.fewPoints).toBe(true);
    expect(split.pointsInBaseline).toBe(6);
    const whole = analyseSpc(series(values), 'up');
    expect(whole.points.every((p) => p.signals.includes('trend'))).toBe(true);
  });

  it('starts the segment at the next month with a value when the month itself is null', () => {
    const withGap = [...series(B), { month: '2018-01', value: null }, ...series(repeat([19, 21], 6)).map((p, i) => ({
      ...p,
      month: monthAt(13 + i),
    }))];
    const result = analyseSpc(withGap, 'up', { recalculateFrom: ['2018-01'] });
    expect(result.segments.map((s) => s.from)).toEqual(['2017-01', '2018-02']);
    expect(result.segments[1]?.limits.mean).toBeCloseTo(20, 10);
  });

  it('ignores months on or before the first point and after the last', () => {
    expect(segmentStarts(['2017-01', '2017-02', '2017-03'], ['2016-06', '2017-01', '2030-01'])).toEqual([0]);
    expect(segmentStarts(['2017-01', '2017-02', '2017-03'], ['2017-03', '2017-02', '2017-02'])).toEqual([0, 1, 2]);
  });

  it('applies fixFirst within each segment, as the reference does per rebase group', () => {
    // each year fixed on its first 4 points: 9, 11, 9, 11 → mean 10, mR̄ 2; 19, 21, 19, 21 → 20
    const result = analyseSpc(series(R), 'up', { recalculateFrom: ['2018-01'], fixFirst: 4 });
    expect(result.segments.map((s) => s.pointsInBaseline)).toEqual([4, 4]);
    expect(result.points[23]?.mean).toBeCloseTo(20, 10);
    expect(result.fewPoints).toBe(true);
  });
});

// ---------------------------------------------------------------- assurance

describe('assurance against the target', () => {
  // series B: limits 4.68 and 15.32
  const cases: [string, number | undefined, 'up' | 'down' | 'neutral', string][] = [
    ['up, target below the lower limit', 4, 'up', 'consistently-met'],
    ['up, target above the upper limit', 16, 'up', 'consistently-missed'],
    ['up, target between the limits', 10, 'up', 'hit-and-miss'],
    ['down, target above the upper limit', 16, 'down', 'consistently-met'],
    ['down, target below the lower limit', 4, 'down', 'consistently-missed'],
    ['down, target between the limits', 10, 'down', 'hit-and-miss'],
    ['neutral, with a target', 4, 'neutral', 'none'],
    ['up, no target', undefined, 'up', 'none'],
  ];
  for (const [name, target, polarity, expected] of cases) {
    it(name, () => {
      const result = analyseSpc(series(B), polarity, { targetFor: () => target });
      expect(result.assurance).toBe(expected);
      expect(result.target).toBe(target);
    });
  }

  it('is none without targetFor', () => {
    expect(analyseSpc(series(B), 'up').assurance).toBe('none');
  });

  it('treats a target exactly on a limit as hit and miss (the reference compares strictly)', () => {
    const limits = processLimits(10, 2);
    expect(assuranceIcon(limits.lowerLimit as number, limits, 'up')).toBe('hit-and-miss');
    expect(assuranceIcon(limits.upperLimit as number, limits, 'down')).toBe('hit-and-miss');
  });

  it('uses the target in force for the latest month', () => {
    const asked: string[] = [];
    const result = analyseSpc(series(B), 'up', {
      targetFor: (month) => {
        asked.push(month);
        return month >= '2017-07' ? 16 : 4;
      },
    });
    expect(asked).toEqual(['2017-12']);
    expect(result.assurance).toBe('consistently-missed');
  });

  it('uses the limits of the latest segment', () => {
    // R split at 2018-01: latest limits 14.68 and 25.32; a target of 12 is below them
    const R = [...B, ...repeat([19, 21], 6)];
    const result = analyseSpc(series(R), 'up', { recalculateFrom: ['2018-01'], targetFor: () => 12 });
    expect(result.assurance).toBe('consistently-met');
  });
});

// ---------------------------------------------------------------- few points and edge cases

describe('fewer than 12 points', () => {
  it('warns with 11 points and not with 12', () => {
    const eleven = analyseSpc(series(B.slice(0, 11)), 'up');
    expect(eleven.fewPoints).toBe(true);
    expect(eleven.pointsInBaseline).toBe(11);
    const twelve = analyseSpc(series(B), 'up');
    expect(twelve.fewPoints).toBe(false);
    expect(twelve.pointsInBaseline).toBe(12);
  });
});

describe('edge cases', () => {
  it('handles an empty series', () => {
    const result = analyseSpc([], 'up', { targetFor: () => 50 });
    expect(result.points).toEqual([]);
    expect(result.segments).toEqual([]);
    expect(result.variation).toBeUndefined();
    expect(result.assurance).toBe('none');
    expect(result.fewPoints).toBe(true);
    expect(result.pointsInBaseline).toBe(0);
  });

  it('handles a series of null months as empty', () => {
    const result = analyseSpc(series([null, null, null]), 'down');
    expect(result.points).toEqual([]);
    expect(result.variation).toBeUndefined();
  });

  it('handles a single point: a mean, no limits, common cause, no assurance', () => {
    const result = analyseSpc([{ month: '2017-11', value: 32 }], 'up', { targetFor: () => 50 });
    expect(result.points).toHaveLength(1);
    const point = result.points[0];
    expect(point?.mean).toBe(32);
    expect(point?.movingRange).toBeNull();
    expect(point?.upperLimit).toBeNull();
    expect(point?.lowerLimit).toBeNull();
    expect(point?.signals).toEqual([]);
    expect(point?.pointType).toBe('common-cause');
    expect(result.variation).toBe('common-cause');
    expect(result.assurance).toBe('none');
    expect(result.fewPoints).toBe(true);
    expect(result.pointsInBaseline).toBe(1);
  });

  it('puts the limits of a flat series on its mean', () => {
    // 12 × 43: mean 43, every moving range 0 → mR̄ 0 → limits 43 and 43; nothing is beyond
    // them and every point is on the mean, so no signal. A target of 40 (up) is below the lower
    // limit: consistently met.
    const result = analyseSpc(series(repeat([43], 12)), 'up', { targetFor: () => 40 });
    expect(result.segments[0]?.limits.meanMovingRange).toBe(0);
    expect(result.points[0]?.lowerLimit).toBe(43);
    expect(specialIndices(result)).toEqual([]);
    expect(result.assurance).toBe('consistently-met');
  });
});
