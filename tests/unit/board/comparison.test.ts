// "How do we compare with England?": Similar within 1 percentage point for a percentage, or within
// 5% of England's figure for any other unit (both inclusive); otherwise Better or Worse by
// polarity, Higher or Lower for a neutral indicator. The England figure is the latest published
// period that had started by the month.
import { describe, expect, it } from 'vitest';
import { compareWith, englandFor, latestOf } from '../../../src/domain/board/comparison';
import type { Benchmark, Indicator } from '../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'X', area: 'A', unit: 'percent', polarity: 'up', ...fields });
const up = indicator({});
const down = indicator({ polarity: 'down' });

describe('compareWith: percentages', () => {
  it('is similar within 1 percentage point either side, inclusive', () => {
    expect(compareWith(up, 78, 77.5)).toBe('similar');
    expect(compareWith(up, 78, 77)).toBe('similar');
    expect(compareWith(up, 76, 77)).toBe('similar');
  });

  it('is similar at exactly 1 point however the decimals fall in binary', () => {
    // 4.4 - 3.4 is 1.0000000000000004 in floating point; the reader sees a 1-point gap.
    for (const [value, england] of [[4.4, 3.4], [2.2, 1.2], [8.3, 7.3], [86.3, 85.3]] as const) {
      expect(compareWith(up, value, england), `${value} v ${england}`).toBe('similar');
      expect(compareWith(up, england, value), `${england} v ${value}`).toBe('similar');
    }
  });

  it('beyond 1 point: better or worse by polarity', () => {
    expect(compareWith(up, 78.1, 77)).toBe('better');
    expect(compareWith(up, 75.9, 77)).toBe('worse');
    expect(compareWith(down, 78.1, 77)).toBe('worse');
    expect(compareWith(down, 75.9, 77)).toBe('better');
  });
});

describe('compareWith: other units', () => {
  const caseload = indicator({ unit: 'number', polarity: 'down' });
  it('is similar within 5% of England’s figure, inclusive', () => {
    expect(compareWith(caseload, 21, 20)).toBe('similar');
    expect(compareWith(caseload, 19, 20)).toBe('similar');
    // 16.8 against 16 is exactly 5%.
    expect(compareWith(caseload, 16.8, 16)).toBe('similar');
    expect(compareWith(caseload, 21.1, 20)).toBe('worse');
    expect(compareWith(caseload, 18.9, 20)).toBe('better');
  });

  it('a comparator of 0 leaves no margin', () => {
    expect(compareWith(indicator({ unit: 'count' }), 0, 0)).toBe('similar');
    expect(compareWith(indicator({ unit: 'count' }), 1, 0)).toBe('better');
  });

  it('neutral: higher or lower, never better or worse', () => {
    const demand = indicator({ unit: 'count', polarity: 'neutral' });
    expect(compareWith(demand, 120, 100)).toBe('higher');
    expect(compareWith(demand, 80, 100)).toBe('lower');
    expect(compareWith(demand, 104, 100)).toBe('similar');
  });
});

describe('englandFor', () => {
  const benchmarks: Benchmark[] = [
    { label: 'England', period: '2017-18', value: 80 },
    { label: 'England', period: '2016-17', value: 77 },
    { label: 'London', period: '2017-18', value: 70, kind: 'region' },
    { label: 'England', period: '2018-19', value: 82, kind: 'england' },
  ];
  const cp = indicator({ benchmarks });

  it('takes the latest period that had started by the month (a financial year starts in April)', () => {
    expect(englandFor(cp, '2017-03')?.value).toBe(77);
    expect(englandFor(cp, '2017-04')?.value).toBe(80);
    expect(englandFor(cp, '2019-02')?.value).toBe(82);
  });

  it('has none before the first period, or with no England figure', () => {
    expect(englandFor(cp, '2016-03')).toBeUndefined();
    expect(englandFor(indicator({}), '2018-01')).toBeUndefined();
    expect(englandFor(indicator({ benchmarks: [benchmarks[2]!] }), '2018-01')).toBeUndefined();
  });

  it('counts a benchmark labelled England only when it has no other kind', () => {
    const other = indicator({ benchmarks: [{ label: 'England', period: '2017-18', value: 1, kind: 'other' }] });
    expect(englandFor(other, '2018-01')).toBeUndefined();
    expect(englandFor(indicator({ benchmarks: [{ label: ' england ', period: '2017-18', value: 2 }] }), '2018-01')?.value).toBe(2);
  });

  it('a period it cannot place in time applies throughout', () => {
    expect(englandFor(indicator({ benchmarks: [{ label: 'England', period: 'latest', value: 5 }] }), '2001-01')?.value).toBe(5);
  });

  it('without a month, the latest period of all', () => {
    expect(englandFor(cp)?.value).toBe(82);
  });
});

describe('latestOf', () => {
  it('is the benchmark of the latest period, without reordering the list', () => {
    const list: Benchmark[] = [
      { label: 'A', period: '2018-19', value: 1 },
      { label: 'A', period: '2016-17', value: 2 },
    ];
    expect(latestOf(list)?.value).toBe(1);
    expect(list[0]!.period).toBe('2018-19');
    expect(latestOf([])).toBeUndefined();
  });
});
