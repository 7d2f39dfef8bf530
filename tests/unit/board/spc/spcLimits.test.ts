// The XmR limits (Making Data Count): the mean, the moving ranges, the outlier screen and the
// process limits, worked by hand from the series in spcSeries.ts.
import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../../../../src/domain/board/spc/spc';
import { calculateLimits, mean, meanMovingRange, movingRanges, processLimits, screenMovingRanges } from '../../../../src/domain/board/spc/spcLimits';
import { outsideLimits } from '../../../../src/domain/board/spc/spcRules';
import { NEAR_LIMIT_FACTOR, type SpcPointType } from '../../../../src/domain/board/spc/spcTypes';
import { series, types, repeat, B } from './spcSeries';

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
