// The analysis of a whole series (analyseSpc): null months, a fixed baseline, recalculation from a
// month, too few points and the edges, against the hand-built series in spcSeries.ts.
import { describe, expect, it } from 'vitest';
import { analyseSpc, segmentStarts } from '../../../../src/domain/board/spc/spc';
import type { SpcInputPoint } from '../../../../src/domain/board/spc/spcTypes';
import { monthAt, series, types, specialIndices, repeat, B, O, T } from './spcSeries';

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
