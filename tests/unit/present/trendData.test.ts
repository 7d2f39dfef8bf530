// Plot-ready rows for a trend chart: one per month, the value (null for a gap, never 0), the
// target and amber in force that month, each comparator in force, and the breakdown series.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../src/domain/board/series';
import { comparatorShortLabel, trendData } from '../../../src/domain/present/trendData';
import { caseload, caseloadSeries, timeliness } from './trendFixtures';
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
      { key: 'benchmark0', label: 'England', shortLabel: 'England', role: 'england' },
      { key: 'benchmark1', label: 'London', shortLabel: 'London', role: 'other' },
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
    expect(data.events).toEqual([{ number: 1, month: '2018-01', monthLabel: 'Jan 2018', date: '2018-01-15', label: 'Ofsted monitoring visit' }]);
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

describe('trend data: comparators, numbered events, breakdown gaps', () => {
  it('orders comparators England, region, neighbours, leaving out the council’s own figure', () => {
    const data = trendData(caseload, caseloadSeries);
    expect(data.benchmarkKeys.map((benchmark) => [benchmark.role, benchmark.shortLabel])).toEqual([
      ['england', 'England'],
      ['region', 'Outer London'],
      ['neighbours', 'Neighbours'],
    ]);
    expect(data.rows[0]![data.benchmarkKeys[0]!.key]).toBe(17.7);
  });

  it('numbers events in date order and puts two events of one month on one marker', () => {
    const data = trendData(caseload, caseloadSeries, [
      { date: '2017-12-12', label: 'Ofsted visit' },
      { date: '2017-11-02', label: 'Restructure' },
      { date: '2017-12-01', label: 'New director' },
      { date: '2018-05-01', label: 'After the chart' },
    ]);
    expect(data.events.map((event) => `${event.number} ${event.label}`)).toEqual(['1 Restructure', '2 New director', '3 Ofsted visit']);
    expect(data.eventMarkers).toEqual([
      { monthLabel: 'Nov 2017', numbers: '1' },
      { monthLabel: 'Dec 2017', numbers: '2, 3' },
    ]);
  });

  it('keeps a gap a gap (null, never 0) in the breakdown', () => {
    const data = trendData(caseload, caseloadSeries);
    const care = data.breakdownKeys.find((team) => team.label === 'Care planning')!;
    expect(data.rows.map((row) => row[care.key])).toEqual([20.4, null, null]);
  });

  it('has no comparators, events or amber line where the indicator has none', () => {
    const data = trendData({ ...timeliness, targets: [{ from: '2017-10', target: 60 }] }, [{ month: '2017-10', value: 29, noSnapshot: false }]);
    expect(data.benchmarkKeys).toEqual([]);
    expect(data.eventMarkers).toEqual([]);
    expect(data.hasTarget).toBe(true);
    expect(data.hasAmber).toBe(false);
    expect(data.unit).toBe('percent');
  });

  it('shortens comparator names for the line’s end, keeping a short region name', () => {
    expect(comparatorShortLabel('region', 'London')).toBe('London');
    expect(comparatorShortLabel('region', 'Outer London and the South East')).toBe('Region');
    expect(comparatorShortLabel('other', 'Core cities')).toBe('Core cities');
  });
});

describe('trendData: the plan’s trajectory', () => {
  const planned: Indicator = { ...cp5, trajectory: [{ month: '2018-01', value: 50 }, { month: '2018-03', value: 70 }] };
  it('has a trajectory line, planned value by month, once the months shown reach its first milestone', () => {
    const shown = trendData(planned, indicatorSeries(planned, snapshots), []);
    expect(shown.hasTrajectory).toBe(true);
    // February has no file, but the plan still has a value for it: halfway between the milestones.
    expect(shown.rows.map((row) => [row.month, row.trajectory])).toEqual([['2017-12', null], ['2018-01', 50], ['2018-02', 60], ['2018-03', 70]]);
  });

  it('has none (so no key says it is drawn) when every month shown is before the first milestone', () => {
    const early = snapshots.slice(0, 1);
    expect(trendData(planned, indicatorSeries(planned, early), []).hasTrajectory).toBe(false);
    expect(trendData(cp5, indicatorSeries(cp5, snapshots), []).hasTrajectory).toBe(false);
  });
});
