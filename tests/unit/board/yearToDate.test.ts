import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../../src/domain/board/series';
import { yearToDate } from '../../../src/domain/board/yearToDate';
import { monthRange } from '../../../src/domain/months';

type Figure = number | null | undefined | { value: number; numerator?: number; denominator?: number };

/** A series from `first`, one figure a month. */
function series(first: string, figures: Figure[]): SeriesPoint[] {
  const months = monthRange(first, '2099-12').slice(0, figures.length);
  return figures.map((figure, index) => {
    const base = { month: months[index]!, noSnapshot: false };
    if (figure !== null && typeof figure === 'object') return { ...base, ...figure };
    return { ...base, value: figure };
  });
}

const count = { unit: 'count' } as const;
const percent = { unit: 'percent' } as const;

describe('yearToDate: sum (the default for counts)', () => {
  it('adds the financial year’s months so far, from April', () => {
    // Feb 2018 to Jun 2018: the year 2018-19 starts in April.
    const ytd = yearToDate(count, series('2018-02', [5, 6, 7, 8, 9]), '2018-06');
    expect(ytd).toMatchObject({ kind: 'figure', aggregate: 'sum', value: 24, months: 3, period: '2018-19', from: '2018-04', to: '2018-06' });
  });

  it('counts from the first month of data when the year starts before the data do', () => {
    const ytd = yearToDate(count, series('2017-11', [1, 2, 3, 4, 5]), '2018-03');
    expect(ytd).toMatchObject({ kind: 'figure', value: 15, months: 5, period: '2017-18', from: '2017-11', to: '2018-03' });
  });

  it('takes only the months up to the month asked for', () => {
    expect(yearToDate(count, series('2018-04', [1, 2, 3, 4]), '2018-05')).toMatchObject({ value: 3, months: 2 });
  });

  it('gives no figure, and says why, when a month of the year so far has none', () => {
    const ytd = yearToDate(count, series('2018-04', [1, undefined, 3]), '2018-06');
    expect(ytd).toMatchObject({ kind: 'no-figure', period: '2018-19' });
    expect(ytd?.kind === 'no-figure' && ytd.reason).toMatch(/May 2018 has no figure/);
  });

  it('is undefined before the data start and with no data', () => {
    expect(yearToDate(count, series('2018-04', [1]), '2018-03')).toBeUndefined();
    expect(yearToDate(count, [], '2018-03')).toBeUndefined();
  });
});

describe('yearToDate: ratio (the default for percents)', () => {
  it('is the sum of numerators over the sum of denominators × 100, not the mean of the percentages', () => {
    const ytd = yearToDate(percent, series('2018-04', [{ value: 50, numerator: 1, denominator: 2 }, { value: 90, numerator: 9, denominator: 10 }]), '2018-05');
    expect(ytd).toMatchObject({ kind: 'figure', aggregate: 'ratio', months: 2 });
    expect(ytd?.kind === 'figure' && ytd.value).toBeCloseTo((10 / 12) * 100, 10);
  });

  it('gives no figure when a month lacks its numerator or denominator, naming the month', () => {
    const ytd = yearToDate(percent, series('2018-04', [{ value: 50, numerator: 1, denominator: 2 }, { value: 60 }, { value: 70, denominator: 10 }]), '2018-06');
    expect(ytd).toMatchObject({ kind: 'no-figure', aggregate: 'ratio' });
    expect(ytd?.kind === 'no-figure' && ytd.reason).toMatch(/^May 2018 and Jun 2018 have no numerator and denominator/);
  });

  it('gives no figure for a missing month', () => {
    const ytd = yearToDate(percent, series('2018-04', [{ value: 50, numerator: 1, denominator: 2 }, null]), '2018-05');
    expect(ytd?.kind).toBe('no-figure');
  });
});

describe('yearToDate: mean (the default for numbers and days), latest and none', () => {
  it('averages the months with a figure and names a missing month', () => {
    const ytd = yearToDate({ unit: 'number' }, series('2018-03', [100, 10, null, 20]), '2018-06');
    expect(ytd).toMatchObject({ kind: 'figure', aggregate: 'mean', value: 15, months: 2, missing: ['2018-05'], from: '2018-04' });
  });

  it('latest is the latest month’s figure of the year so far', () => {
    expect(yearToDate({ unit: 'percent', aggregate: 'latest' }, series('2018-04', [40, 45, null]), '2018-06')).toMatchObject({ kind: 'figure', aggregate: 'latest', value: 45, missing: ['2018-06'] });
  });

  it('a month in the new year does not carry the old year’s months', () => {
    expect(yearToDate({ unit: 'days', aggregate: 'mean' }, series('2018-02', [10, 20, 30]), '2018-04')).toMatchObject({ value: 30, months: 1, period: '2018-19' });
  });

  it('none gives nothing, and an explicit aggregate overrides the unit’s default', () => {
    expect(yearToDate({ unit: 'count', aggregate: 'none' }, series('2018-04', [1, 2]), '2018-05')).toBeUndefined();
    expect(yearToDate({ unit: 'count', aggregate: 'mean' }, series('2018-04', [1, 2]), '2018-05')).toMatchObject({ value: 1.5 });
  });

  it('says so when no month of the year has a figure', () => {
    expect(yearToDate({ unit: 'number' }, series('2018-04', [null, null]), '2018-05')).toMatchObject({ kind: 'no-figure', reason: 'no month of the year so far has a figure' });
  });

  it('a full year from April to March has 12 months', () => {
    expect(yearToDate(count, series('2018-04', Array(12).fill(1)), '2019-03')).toMatchObject({ value: 12, months: 12, period: '2018-19' });
  });
});
