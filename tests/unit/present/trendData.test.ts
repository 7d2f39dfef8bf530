import { describe, expect, it } from 'vitest';
import { comparatorShortLabel, trendData } from '../../../src/domain/present/trendData';
import { caseload, caseloadSeries, timeliness } from './trendFixtures';

describe('trend data', () => {
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
