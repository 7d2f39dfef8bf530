// Benchmarks drawn for their periods: a published figure applies from the start of the period it
// describes ("2017-18" from April 2017; "at 30 Sep 2017" from September 2017; "2018" from
// January) until the next published figure of the same comparator.
import { describe, expect, it } from 'vitest';
import { benchmarkLines, periodStartMonth } from '../../../src/domain/board/benchmarkSeries';
import type { Benchmark } from '../../../src/domain/schema';

describe('periodStartMonth', () => {
  it('a financial year starts in April of its first year', () => {
    expect(periodStartMonth('2017-18')).toBe('2017-04');
    expect(periodStartMonth(' 1999-00 ')).toBe('1999-04');
  });

  it('two years that do not follow each other are not a financial year', () => {
    expect(periodStartMonth('2017-19')).toBeUndefined();
    // "2018-04" is a month, not a financial year.
    expect(periodStartMonth('2018-04')).toBeUndefined();
  });

  it('a census date starts in its month, with the month short or long', () => {
    expect(periodStartMonth('at 30 Sep 2017')).toBe('2017-09');
    expect(periodStartMonth('at 31 March 2018')).toBe('2018-03');
    expect(periodStartMonth('AT 1 jan 2020')).toBe('2020-01');
  });

  it('a calendar year starts in January; anything else cannot be placed', () => {
    expect(periodStartMonth('2018')).toBe('2018-01');
    expect(periodStartMonth('Q1 2018')).toBeUndefined();
    expect(periodStartMonth('latest')).toBeUndefined();
  });
});

describe('benchmarkLines', () => {
  const benchmarks: Benchmark[] = [
    { label: 'England', period: '2018-19', value: 82 },
    { label: 'England', period: '2017-18', value: 80 },
    { label: 'London', period: 'at 30 Sep 2017', value: 70 },
    { label: 'Croydon (published)', period: '2017-18', value: 52, kind: 'council' },
    { label: 'Local target', period: 'agreed', value: 15, kind: 'other' },
  ];
  const lines = benchmarkLines(benchmarks);
  const line = (label: string) => lines.find((entry) => entry.label === label)!;

  it('draws one line per comparator, and never the council’s own published figure', () => {
    expect(lines.map((entry) => entry.label)).toEqual(['England', 'London', 'Local target']);
    expect(line('England').benchmarks).toHaveLength(2);
  });

  it('a figure applies from the start of its period until the next one, whatever the order written', () => {
    const england = line('England');
    expect(england.valueAt('2017-03')).toBeUndefined();
    expect(england.valueAt('2017-04')?.value).toBe(80);
    expect(england.valueAt('2018-03')?.value).toBe(80);
    expect(england.valueAt('2018-04')?.value).toBe(82);
    expect(england.valueAt('2030-01')?.value).toBe(82);
    expect(line('London').valueAt('2017-08')).toBeUndefined();
    expect(line('London').valueAt('2017-09')?.value).toBe(70);
  });

  it('a comparator whose periods cannot be placed is a reference line throughout', () => {
    expect(line('Local target').valueAt('1990-01')?.value).toBe(15);
  });

  it('no benchmarks: no lines', () => {
    expect(benchmarkLines(undefined)).toEqual([]);
    expect(benchmarkLines([])).toEqual([]);
  });
});
