// Everything the board asks of one indicator in one month: the figure, its RAG by the target in
// force, direction of travel, the England figure in force and the comparison, a small-denominator
// flag for percentages, and the SPC icons.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../src/domain/board/series';
import { allSeries, indicatorStatus } from '../../../src/domain/board/status';
import type { Indicator, Snapshot } from '../../../src/domain/schema';
import { describeThreshold } from '../../../src/domain/present/targetWords';

const cp5: Indicator = {
  id: 'CP5', name: 'ICPC timeliness', area: 'CP', unit: 'percent', polarity: 'up',
  targets: [{ from: '2017-11', target: 60, amber: 50 }, { from: '2018-01', target: 85, amber: 75 }],
  benchmarks: [{ label: 'England', period: '2016-17', value: 77 }, { label: 'England', period: '2017-18', value: 80 }],
};
const demand: Indicator = { id: 'FD1', name: 'Contacts', area: 'Front door', unit: 'count', polarity: 'neutral', target: 100 };
const snap = (month: string, values: Snapshot['values']): Snapshot => ({ month, values });
const snapshots = [
  snap('2017-11', { CP5: { value: 32, numerator: 12, denominator: 37 }, FD1: 300 }),
  snap('2017-12', { CP5: { value: 62.5, numerator: 5, denominator: 8 }, FD1: 320 }),
  snap('2018-01', { CP5: { value: null, note: 'System change' }, FD1: { value: 310, numerator: 3, denominator: 4 } }),
  snap('2018-02', { CP5: 80, FD1: 290 }),
];
const series = indicatorSeries(cp5, snapshots);

describe('indicatorStatus', () => {
  it('the first month: a figure and RAG, but no direction of travel', () => {
    const status = indicatorStatus(cp5, series, '2017-11');
    expect(status).toMatchObject({ value: 32, rag: 'red', travel: undefined, threshold: { target: 60, amber: 50 } });
    // 2017-18 starts in April 2017, so in November 2017 it is the England figure in force.
    expect(status.england?.period).toBe('2017-18');
    // 32 against 80: more than a point below, and higher is better.
    expect(status.vsEngland).toBe('worse');
    expect(status.smallDenominator).toBeUndefined();
  });

  it('flags a percentage resting on fewer than 10 cases', () => {
    const status = indicatorStatus(cp5, series, '2017-12');
    expect(status.smallDenominator).toBe('based on 8 children');
    expect(status.travel?.direction).toBe('improved');
  });

  it('a null month: no RAG, no comparison with England, no direction; the threshold still stands', () => {
    const status = indicatorStatus(cp5, series, '2018-01');
    expect(status.value).toBeNull();
    expect(status.rag).toBeUndefined();
    expect(status.vsEngland).toBeUndefined();
    expect(status.travel).toBeUndefined();
    expect(status.threshold).toMatchObject({ target: 85, amber: 75 });
    expect(describeThreshold(status.indicator, status.threshold)).toBe('Green at 85% or more; amber from 75%; red below');
  });

  it('after a null month, direction is against the last month with a figure, under the new target', () => {
    const status = indicatorStatus(cp5, series, '2018-02');
    expect(status.rag).toBe('amber');
    expect(status.travel).toMatchObject({ direction: 'improved', previousMonth: '2017-12', previousValue: 62.5 });
    expect(status.vsEngland).toBe('similar');
  });

  it('a neutral indicator: no RAG and no threshold even with a target written; up or down; no small-denominator flag for a count', () => {
    const status = indicatorStatus(demand, indicatorSeries(demand, snapshots), '2018-01');
    expect(status.rag).toBeUndefined();
    expect(status.threshold).toBeUndefined();
    expect(describeThreshold(status.indicator, status.threshold)).toBeUndefined();
    expect(status.travel?.direction).toBe('down');
    expect(status.smallDenominator).toBeUndefined();
    expect(status.assurance).toBe('none');
  });

  it('a month outside the series: nothing to show', () => {
    const status = indicatorStatus(cp5, series, '2018-06');
    expect(status.point).toBeUndefined();
    expect(status.value).toBeUndefined();
    expect(status.rag).toBeUndefined();
  });

  it('the SPC icons are of the figures up to the month, and need 12 of them', () => {
    // One figure up to November 2017: too few for either icon (board/spcVerdict.ts).
    const november = indicatorStatus(cp5, series, '2017-11');
    expect(november.variation).toBeUndefined();
    expect(november.assurance).toBe('none');
    expect(november.spc).toMatchObject({ tooFewPoints: true, points: 1 });
  });
});

describe('allSeries', () => {
  it('lays every indicator on the same months, first file to last', () => {
    const all = allSeries([cp5, demand], [snapshots[3]!, snapshots[0]!]);
    expect([...all.keys()]).toEqual(['CP5', 'FD1']);
    expect(all.get('CP5')!.map((point) => point.month)).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
    expect(all.get('FD1')!.map((point) => point.value)).toEqual([300, undefined, undefined, 290]);
  });
});
