// One indicator's figures month by month. A month with no file, or no entry, has no value
// (undefined); a reported null stays null with its note; neither is ever 0.
import { describe, expect, it } from 'vitest';
import {
  breakdownKeys,
  indicatorSeries,
  reportingMonths,
  smallDenominatorNote,
  SMALL_DENOMINATOR,
} from '../../../src/domain/board/series';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const indicator: Indicator = {
  id: 'CP5', name: 'ICPC timeliness', area: 'CP', unit: 'percent', polarity: 'up',
  targets: [{ from: '2017-11', target: 60, amber: 50 }, { from: '2018-01', target: 85 }],
};
const snap = (month: string, values: Snapshot['values']): Snapshot => ({ month, values });

describe('reportingMonths', () => {
  it('is empty with no snapshots', () => {
    expect(reportingMonths([])).toEqual([]);
  });

  it('runs from the first snapshot to the last, whatever their order, gaps included', () => {
    expect(reportingMonths([snap('2018-02', {}), snap('2017-11', {})])).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
    expect(reportingMonths([snap('2018-02', {})])).toEqual(['2018-02']);
  });
});

describe('indicatorSeries', () => {
  const snapshots = [
    snap('2017-11', { CP5: { value: 32, numerator: 12, denominator: 37, note: 'Police notice period' } }),
    // 2017-12: no file.
    snap('2018-01', { CP5: null }),
    snap('2018-02', { OTHER: 5 }),
    snap('2018-03', { CP5: { value: null, note: 'Not reportable' } }),
    snap('2018-04', { CP5: 90 }),
  ];
  const points = indicatorSeries(indicator, snapshots);

  it('has one point a month from the first file to the last', () => {
    expect(points.map((point) => point.month)).toEqual(['2017-11', '2017-12', '2018-01', '2018-02', '2018-03', '2018-04']);
  });

  it('keeps the figure, numerator, denominator and note as written', () => {
    expect(points[0]).toMatchObject({ value: 32, numerator: 12, denominator: 37, note: 'Police notice period', noSnapshot: false });
    expect(points[5]).toMatchObject({ value: 90, noSnapshot: false });
  });

  it('a month with no file has no value and says so', () => {
    expect(points[1]).toMatchObject({ value: undefined, noSnapshot: true, rag: undefined });
  });

  it('a file without the indicator has no value, but is not a missing file', () => {
    expect(points[3]).toMatchObject({ value: undefined, noSnapshot: false });
  });

  it('a reported null stays null (with its note), never 0, and has no RAG', () => {
    expect(points[2]!.value).toBeNull();
    expect(points[4]).toMatchObject({ value: null, note: 'Not reportable', rag: undefined });
    for (const point of points) expect(point.value).not.toBe(0);
  });

  it('judges each month by the target in force then', () => {
    // 32 against 60/50 in Nov 2017: red. 90 against 85 (no amber) in Apr 2018: green.
    expect(points[0]!.rag).toBe('red');
    expect(points[5]!.rag).toBe('green');
  });

  it('can be laid on given months, e.g. every indicator on the same ones', () => {
    expect(indicatorSeries(indicator, snapshots, ['2018-04', '2018-05']).map((point) => [point.value, point.noSnapshot])).toEqual([
      [90, false],
      [undefined, true],
    ]);
  });
});

describe("a team's figure with its counts", () => {
  it('is shown by its value, as a plain number is', () => {
    const points = indicatorSeries(indicator, [
      snap('2018-01', { CP5: { value: 75, numerator: 6, denominator: 8, breakdown: { 'Locality 1': { value: 66.7, numerator: 2, denominator: 3 }, 'Locality 2': 80, 'Locality 3': { value: null } } } }),
    ]);
    expect(points[0]!.breakdown).toEqual({ 'Locality 1': 66.7, 'Locality 2': 80, 'Locality 3': null });
  });
});

describe('breakdownKeys', () => {
  it('lists every team used anywhere, in the order first seen, once each', () => {
    const points = indicatorSeries({ ...indicator, unit: 'number' }, [
      snap('2018-01', { CP5: { value: 20, breakdown: { Assessment: 27, 'Care planning': 19 } } }),
      snap('2018-02', { CP5: { value: 21, breakdown: { Permanence: 16, Assessment: null } } }),
      snap('2018-03', { CP5: 22 }),
    ]);
    expect(breakdownKeys(points)).toEqual(['Assessment', 'Care planning', 'Permanence']);
    expect(breakdownKeys([])).toEqual([]);
  });
});

describe('smallDenominatorNote', () => {
  it('flags a percentage resting on fewer than 10 cases', () => {
    expect(SMALL_DENOMINATOR).toBe(10);
    expect(smallDenominatorNote({ denominator: 9 })).toBe('based on 9 children');
    expect(smallDenominatorNote({ denominator: 0 })).toBe('based on 0 children');
  });

  it('uses the singular for one', () => {
    expect(smallDenominatorNote({ denominator: 1 })).toBe('based on 1 child');
    expect(smallDenominatorNote({ denominator: 1 }, 'cases')).toBe('based on 1 case');
    expect(smallDenominatorNote({ denominator: 3 }, 'cases')).toBe('based on 3 cases');
  });

  it('says nothing at 10 or more, or with no denominator', () => {
    expect(smallDenominatorNote({ denominator: 10 })).toBeUndefined();
    expect(smallDenominatorNote({ denominator: 37 })).toBeUndefined();
    expect(smallDenominatorNote({})).toBeUndefined();
  });
});
