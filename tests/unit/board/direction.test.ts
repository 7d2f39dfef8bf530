// Direction of travel: this month against the last earlier month with a figure, read by polarity
// (a fall is an improvement when lower is better), compared at the precision the reader sees.
import { describe, expect, it } from 'vitest';
import { directionOfTravel, previousWithValue, runLength } from '../../../src/domain/board/direction';
import type { SeriesPoint } from '../../../src/domain/board/series';
import type { Indicator } from '../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'X', area: 'A', unit: 'percent', polarity: 'up', ...fields });
const up = indicator({});
const down = indicator({ polarity: 'down' });
const neutral = indicator({ polarity: 'neutral', unit: 'count' });
/** A series from 2018-01 on, one month per value; undefined is a month with no file. */
const series = (...values: (number | null | undefined)[]): SeriesPoint[] =>
  values.map((value, index) => ({ month: `2018-${String(index + 1).padStart(2, '0')}`, value, noSnapshot: value === undefined }));

describe('directionOfTravel', () => {
  it('has none in the first month: no previous month', () => {
    expect(directionOfTravel(up, series(50), '2018-01')).toBeUndefined();
  });

  it('has none when this month has no figure, or is not in the series', () => {
    expect(directionOfTravel(up, series(50, null), '2018-02')).toBeUndefined();
    expect(directionOfTravel(up, series(50, undefined), '2018-02')).toBeUndefined();
    expect(directionOfTravel(up, series(50, 60), '2018-05')).toBeUndefined();
  });

  it('has none when no earlier month has a figure', () => {
    expect(directionOfTravel(up, series(null, undefined, 60), '2018-03')).toBeUndefined();
  });

  it('skips earlier months with no figure back to the last one that has one', () => {
    expect(directionOfTravel(up, series(40, null, undefined, 60), '2018-04')).toEqual({
      direction: 'improved',
      previousMonth: '2018-01',
      previousValue: 40,
    });
  });

  it('up: a rise improved, a fall worsened', () => {
    expect(directionOfTravel(up, series(50, 55), '2018-02')?.direction).toBe('improved');
    expect(directionOfTravel(up, series(55, 50), '2018-02')?.direction).toBe('worsened');
  });

  it('down: a fall improved, a rise worsened', () => {
    expect(directionOfTravel(down, series(30, 25), '2018-02')?.direction).toBe('improved');
    expect(directionOfTravel(down, series(25, 30), '2018-02')?.direction).toBe('worsened');
  });

  it('neutral: up or down, never better or worse', () => {
    expect(directionOfTravel(neutral, series(10, 12), '2018-02')?.direction).toBe('up');
    expect(directionOfTravel(neutral, series(12, 10), '2018-02')?.direction).toBe('down');
    expect(directionOfTravel(neutral, series(12, 12), '2018-02')?.direction).toBe('no-change');
  });

  it('is "no change" when the figures look the same at the displayed precision', () => {
    // Percentages show 1 decimal: 43.04% and 43.01% both read 43%.
    expect(directionOfTravel(up, series(43.01, 43.04), '2018-02')?.direction).toBe('no-change');
    // 43.0% and 43.1% differ on screen.
    expect(directionOfTravel(up, series(43.01, 43.06), '2018-02')?.direction).toBe('improved');
    // Counts show no decimals; an indicator's own `decimals` wins.
    expect(directionOfTravel(indicator({ unit: 'count' }), series(12.2, 12.4), '2018-02')?.direction).toBe('no-change');
    expect(directionOfTravel(indicator({ decimals: 2 }), series(43.01, 43.04), '2018-02')?.direction).toBe('improved');
  });

  it('a move from 0 is a move: 0 is a figure, not a gap', () => {
    expect(directionOfTravel(up, series(0, 5), '2018-02')).toMatchObject({ direction: 'improved', previousValue: 0 });
  });
});

describe('previousWithValue', () => {
  it('is the last point strictly before the month with a number', () => {
    expect(previousWithValue(series(10, 20, null, 40), '2018-04')?.month).toBe('2018-02');
    expect(previousWithValue(series(10, 20), '2018-01')).toBeUndefined();
  });
});

describe('runLength', () => {
  it('counts the months running that moved the way asked, ending at the month', () => {
    expect(runLength(up, series(10, 20, 30, 40), '2018-04', 'improved')).toBe(3);
    expect(runLength(up, series(50, 20, 30, 40), '2018-04', 'improved')).toBe(2);
    expect(runLength(down, series(40, 30, 20), '2018-03', 'improved')).toBe(2);
    expect(runLength(up, series(40, 30, 20), '2018-03', 'worsened')).toBe(2);
  });

  it('a month with no figure does not break the run: it is skipped', () => {
    expect(runLength(up, series(10, null, 20, undefined, 30), '2018-05', 'improved')).toBe(2);
  });

  it('is 0 when the month itself has no figure, or the last move went the other way', () => {
    expect(runLength(up, series(10, 20, null), '2018-03', 'improved')).toBe(0);
    expect(runLength(up, series(10, 20, 15), '2018-03', 'improved')).toBe(0);
    expect(runLength(up, series(10), '2018-01', 'improved')).toBe(0);
  });

  it('no change ends a run', () => {
    expect(runLength(up, series(10, 20, 20), '2018-03', 'improved')).toBe(0);
    expect(runLength(up, series(10, 20, 20), '2018-03', 'no-change')).toBe(1);
  });
});
