// The four special cause rules (NHSRplotthedots' ptd_special_cause_type), each on its own, against
// the hand-built series in spcSeries.ts.
import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../../../../src/domain/board/spc/spc';
import { processLimits } from '../../../../src/domain/board/spc/spcLimits';
import { nearLimits, outsideLimits, shiftRuns, sidesOfMean, trendRunAtEachPoint, trendRuns, twoOfThree } from '../../../../src/domain/board/spc/spcRules';
import type { SpcPointType } from '../../../../src/domain/board/spc/spcTypes';
import { series, types, specialIndices, repeat, O, T, W, S } from './spcSeries';

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
