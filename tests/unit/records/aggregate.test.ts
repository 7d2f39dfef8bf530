import { describe, expect, it } from 'vitest';
import { countResult, percentResult, percentValue, roundedRatio } from '../../../src/domain/records/aggregate';

describe('rounding to one decimal place, half away from zero (annex-a.md)', () => {
  it('exact halves go up, whatever binary floating point would do', () => {
    expect(percentValue(1, 8)).toBe(12.5);
    expect(percentValue(1, 16)).toBe(6.3); // 6.25
    expect(percentValue(29, 200)).toBe(14.5);
    expect(percentValue(1, 2000)).toBe(0.1); // 0.05
    expect(percentValue(3, 80)).toBe(3.8); // 3.75
    expect(percentValue(7, 16)).toBe(43.8); // 43.75
    expect(percentValue(201, 400)).toBe(50.3); // 50.25, which (201 / 400) * 1000 puts at 502.49999…
    expect(percentValue(1001, 2000)).toBe(50.1); // 50.05
    expect(roundedRatio(45, 4)).toBe(11.3); // 11.25
    expect(roundedRatio(2245, 200)).toBe(11.2); // 11.225
  });

  it('other values to the nearest tenth', () => {
    expect(percentValue(2, 3)).toBe(66.7);
    expect(percentValue(1, 3)).toBe(33.3);
    expect(percentValue(0, 5)).toBe(0);
    expect(percentValue(5, 5)).toBe(100);
  });

  it('a denominator of 0 has no value', () => {
    expect(percentValue(0, 0)).toBeNull();
  });
});

describe('percentResult and countResult', () => {
  it('a percentage with its counts, and by team in order, Unallocated last', () => {
    const result = percentResult([
      { team: 'Unallocated', met: true },
      { team: 'Locality 2', met: true },
      { team: 'Locality 1', met: false },
      { team: 'Locality 2', met: false },
    ]);
    expect(result).toEqual({
      counted: true,
      value: 50,
      numerator: 2,
      denominator: 4,
      breakdown: {
        'Locality 1': { value: 0, numerator: 0, denominator: 1 },
        'Locality 2': { value: 50, numerator: 1, denominator: 2 },
        Unallocated: { value: 100, numerator: 1, denominator: 1 },
      },
    });
    expect(Object.keys(result.breakdown!)).toEqual(['Locality 1', 'Locality 2', 'Unallocated']);
  });

  it('no cases: null with the note "No cases this month"', () => {
    expect(percentResult([])).toEqual({ counted: true, value: null, numerator: 0, denominator: 0, breakdown: {}, note: 'No cases this month' });
  });

  it('a count, by team', () => {
    expect(countResult([{ team: 'B' }, { team: 'A' }, { team: 'B' }])).toEqual({ counted: true, value: 3, breakdown: { A: { value: 1 }, B: { value: 2 } } });
    expect(countResult([])).toEqual({ counted: true, value: 0, breakdown: {} });
  });
});
