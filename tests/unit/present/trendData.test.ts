// Plot-ready rows for a trend chart: one per month, the value (null for a gap, never 0), the
// target and amber in force that month, each comparator in force, and the breakdown series.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../src/domain/board/series';
import { trendData } from '../../../src/domain/present/trendData';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const cp5: Indicator = {
  id: 'CP5', name: 'ICPC timeliness', area: 'CP', unit: 'percent', polarity: 'up',
  targets: [{ from: '2018-01', target: 60 }, { from: '2018-03', target: 85, amber: 75 }],
  benchmarks: [
    { label: 'England', period: '2016-17', value: 77 },
    { label: 'England', period: '2017-18', value: 80 },
    { label: 'Croydon (published)', period: '2017-18', value: 52, kind: 'council' },
    { label: 'London', period: 'at 30 Sep 2017', value: 70 },
  ],
};
const snap = (month: string, values: Snapshot['values']): Snapshot => ({ month, values });
const snapshots = [
  snap('2017-12', { CP5: { value: 40, breakdown: { North: 30, South: 50 } } }),
  snap('2018-01', { CP5: null }),
  // 2018-02: no file.
  snap('2018-03', { CP5: { value: 80, breakdown: { South: 90, East: null } } }),
];
const data = trendData(cp5, indicatorSeries(cp5, snapshots), [
  { date: '2018-01-15', label: 'Ofsted monitoring visit' },
  { date: '2019-06-01', label: 'After the chart' },
]);

describe('trendData', () => {
  it('has one row a month, gaps as null, never 0', () => {
    expect(data.rows.map((row) => [row.month, row.value])).toEqual([
      ['2017-12', 40],
      ['2018-01', null],
      ['2018-02', null],
      ['2018-03', 80],
    ]);
    expect(data.rows[0]!.label).toBe('Dec 2017');
  });

  it('carries the target and amber in force each month, changing mid-year; none before the first', () => {
    expect(data.rows.map((row) => [row.target, row.amber])).toEqual([
      [null, null],
      [60, null],
      [60, null],
      [85, 75],
    ]);
    expect(data.hasTarget).toBe(true);
    expect(data.hasAmber).toBe(true);
    expect(data.rows[3]!.rag).toBe('amber');
  });

  it('one column per comparator, the figure in force each month; never the council’s own', () => {
    expect(data.benchmarkKeys).toEqual([
      { key: 'benchmark0', label: 'England' },
      { key: 'benchmark1', label: 'London' },
    ]);
    expect(data.rows.map((row) => row.benchmark0)).toEqual([80, 80, 80, 80]);
    expect(data.rows.map((row) => row.benchmark1)).toEqual([70, 70, 70, 70]);
  });

  it('one column per team seen; a team without a figure that month is null', () => {
    expect(data.breakdownKeys.map((entry) => entry.label)).toEqual(['North', 'South', 'East']);
    expect(data.rows.map((row) => [row.breakdown0, row.breakdown1, row.breakdown2])).toEqual([
      [30, 50, null],
      [null, null, null],
      [null, null, null],
      [null, 90, null],
    ]);
  });

  it('marks only the events within the months shown', () => {
    expect(data.events).toEqual([{ month: '2018-01', monthLabel: 'Jan 2018', date: '2018-01-15', label: 'Ofsted monitoring visit' }]);
  });

  it('amber absent: no amber line', () => {
    const noAmber = trendData({ ...cp5, targets: [{ from: '2017-01', target: 60 }] }, indicatorSeries(cp5, snapshots));
    expect(noAmber.hasAmber).toBe(false);
    expect(noAmber.rows.every((row) => row.amber === null)).toBe(true);
  });

  it('a neutral indicator has no target line even with a target written, and no RAG', () => {
    const neutral: Indicator = { ...cp5, polarity: 'neutral', targets: undefined, target: 50 };
    const result = trendData(neutral, indicatorSeries(neutral, snapshots));
    expect(result.hasTarget).toBe(false);
    expect(result.rows.every((row) => row.target === null && row.rag === undefined)).toBe(true);
  });

  it('no months: no rows', () => {
    expect(trendData(cp5, []).rows).toEqual([]);
  });
});
