// One rule for the period of every comparator: the latest published period that had begun by the month.
import { describe, expect, it } from 'vitest';
import { englandFor, inForceAt } from '../../../src/domain/board/comparison';
import { measuresForMonth } from '../../../src/domain/board/ranking';
import type { Indicator } from '../../../src/domain/schema';

const period = (item: { period: string }) => item.period;
const years = [{ period: '2018-19' }, { period: '2016-17' }, { period: '2017-18' }];

describe('inForceAt', () => {
  it('takes the period the month falls in: a financial year from April', () => {
    expect(inForceAt(years, '2017-11', period)?.period).toBe('2017-18');
    expect(inForceAt(years, '2018-03', period)?.period).toBe('2017-18');
    expect(inForceAt(years, '2018-04', period)?.period).toBe('2018-19');
  });

  it('falls back to the latest earlier period when the month’s own is not published, and has none before the first', () => {
    expect(inForceAt(years, '2025-11', period)?.period).toBe('2018-19');
    expect(inForceAt(years, '2016-03', period)).toBeUndefined();
  });

  it('places a workforce census at 30 September', () => {
    const census = [{ period: 'at 30 Sep 2017' }, { period: 'at 30 Sep 2018' }];
    expect(inForceAt(census, '2018-08', period)?.period).toBe('at 30 Sep 2017');
    expect(inForceAt(census, '2018-09', period)?.period).toBe('at 30 Sep 2018');
    expect(inForceAt(census, '2017-08', period)).toBeUndefined();
  });

  it('gives the latest of all without a month', () => {
    expect(inForceAt(years, undefined, period)?.period).toBe('2018-19');
  });
});

describe('the rule on every page', () => {
  it('England on the cards and rankings on Compare follow the same rule', () => {
    const indicator: Indicator = {
      id: 'CP5', name: 'ICPC', area: 'CP', unit: 'percent', polarity: 'up',
      benchmarks: [{ label: 'England', period: '2017-18', value: 77 }, { label: 'England', period: '2024-25', value: 80 }],
    };
    const measures = [{ indicator: 'CP5', period: '2024-25' }, { indicator: 'CP5', period: '2017-18' }, { indicator: 'WF1', period: 'at 30 Sep 2018' }];
    expect(englandFor(indicator, '2019-03')?.period).toBe('2017-18');
    expect(measuresForMonth(measures, '2019-03')).toEqual([
      { indicator: 'CP5', measure: { indicator: 'CP5', period: '2017-18' } },
      { indicator: 'WF1', measure: { indicator: 'WF1', period: 'at 30 Sep 2018' } },
    ]);
    expect(measuresForMonth(measures, '2018-08')[1]!.measure).toBeUndefined();
  });
});
