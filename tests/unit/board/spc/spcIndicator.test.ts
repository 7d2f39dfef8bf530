// SPC for one indicator: its figures up to a month (months with no figure left out), its baseline
// settings, and the target in force for the assurance icon. Limits are mean ± 2.66 × the mean
// moving range (Making Data Count), so the inputs below are chosen to make them easy to work out.
import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../../../src/domain/board/series';
import { indicatorSpc } from '../../../../src/domain/board/spc/spcIndicator';
import type { Indicator } from '../../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'X', area: 'A', unit: 'percent', polarity: 'up', ...fields });
const monthOf = (index: number) => `${2017 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const series = (values: (number | null | undefined)[]): SeriesPoint[] =>
  values.map((value, index) => ({ month: monthOf(index), value, noSnapshot: value === undefined }));
// 50, 52, 50, 52, ...: mean 51, every moving range 2, limits 51 ± 5.32 = 45.68 to 56.32.
const steady = series(Array.from({ length: 12 }, (_, index) => (index % 2 ? 52 : 50)));

describe('indicatorSpc', () => {
  it('works out the mean and limits from the figures', () => {
    const spc = indicatorSpc(indicator({}), steady);
    expect(spc.points).toHaveLength(12);
    expect(spc.segments[0]!.limits.mean).toBeCloseTo(51, 10);
    expect(spc.segments[0]!.limits.lowerLimit).toBeCloseTo(51 - 2.66 * 2, 10);
    expect(spc.segments[0]!.limits.upperLimit).toBeCloseTo(51 + 2.66 * 2, 10);
    expect(spc.variation).toBe('common-cause');
  });

  it('leaves out months with no figure or a null, never reading them as 0', () => {
    const gappy = series([50, null, 52, undefined, 50, 52]);
    const spc = indicatorSpc(indicator({}), gappy);
    expect(spc.points.map((point) => point.month)).toEqual(['2017-01', '2017-03', '2017-05', '2017-06']);
    expect(spc.segments[0]!.limits.mean).toBe(51);
  });

  it('uses only the months up to the one asked for', () => {
    const spc = indicatorSpc(indicator({}), steady, '2017-04');
    expect(spc.points.map((point) => point.month)).toEqual(['2017-01', '2017-02', '2017-03', '2017-04']);
    expect(spc.fewPoints).toBe(true);
  });

  it('a single figure has no limits and no assurance', () => {
    const spc = indicatorSpc(indicator({ target: 40 }), series([50]));
    expect(spc.segments[0]!.limits.upperLimit).toBeNull();
    expect(spc.assurance).toBe('none');
  });

  it('assurance: a target outside the limits on the good side is met, on the bad side missed, between them hit and miss', () => {
    expect(indicatorSpc(indicator({ target: 40 }), steady).assurance).toBe('consistently-met');
    expect(indicatorSpc(indicator({ target: 60 }), steady).assurance).toBe('consistently-missed');
    expect(indicatorSpc(indicator({ target: 51 }), steady).assurance).toBe('hit-and-miss');
    // Lower is better: the same targets swap sides.
    expect(indicatorSpc(indicator({ polarity: 'down', target: 40 }), steady).assurance).toBe('consistently-missed');
    expect(indicatorSpc(indicator({ polarity: 'down', target: 60 }), steady).assurance).toBe('consistently-met');
  });

  it('assurance uses the target in force in the latest month, after a mid-year change', () => {
    const changing = indicator({ targets: [{ from: '2017-01', target: 40 }, { from: '2017-12', target: 60 }] });
    expect(indicatorSpc(changing, steady).target).toBe(60);
    expect(indicatorSpc(changing, steady).assurance).toBe('consistently-missed');
    expect(indicatorSpc(changing, steady, '2017-11').assurance).toBe('consistently-met');
  });

  it('a neutral indicator, or one with no target, has no assurance', () => {
    expect(indicatorSpc(indicator({ polarity: 'neutral', target: 40 }), steady).assurance).toBe('none');
    expect(indicatorSpc(indicator({}), steady).assurance).toBe('none');
  });

  it('a neutral indicator’s special cause is high or low, not improving or concerning', () => {
    const jump = series([...Array.from({ length: 11 }, (_, index) => (index % 2 ? 52 : 50)), 90]);
    expect(indicatorSpc(indicator({ polarity: 'neutral' }), jump).variation).toBe('neutral-high');
    expect(indicatorSpc(indicator({ polarity: 'up' }), jump).variation).toBe('improvement');
    expect(indicatorSpc(indicator({ polarity: 'down' }), jump).variation).toBe('concern');
  });

  it('passes the baseline settings: recalculation starts a new segment', () => {
    const spc = indicatorSpc(indicator({ spc: { recalculateFrom: ['2017-07'] } }), steady);
    expect(spc.segments.map((segment) => [segment.from, segment.to])).toEqual([
      ['2017-01', '2017-06'],
      ['2017-07', '2017-12'],
    ]);
    expect(indicatorSpc(indicator({ spc: { fixFirst: 4 } }), steady).pointsInBaseline).toBe(4);
  });

  it('no figures at all: no variation icon', () => {
    expect(indicatorSpc(indicator({}), series([null, undefined])).variation).toBeUndefined();
  });
});
