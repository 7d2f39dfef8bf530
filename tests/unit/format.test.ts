// Figures as the board reads them: "43%", "21.4", "1,204", "12 days", "Not available". Decimals
// are the indicator's `decimals` (default 1, counts 0) and only trim: 32 is "32%", not "32.0%".
import { describe, expect, it } from 'vitest';
import { decimalsFor, formatNumber, formatValue, roundTo, unitLabel, unitSuffix } from '../../src/domain/format';
import type { Unit } from '../../src/domain/schema';

describe('decimalsFor', () => {
  it('is 1 by default, 0 for counts, or the indicator’s own', () => {
    expect(decimalsFor({ unit: 'percent' })).toBe(1);
    expect(decimalsFor({ unit: 'number' })).toBe(1);
    expect(decimalsFor({ unit: 'days' })).toBe(1);
    expect(decimalsFor({ unit: 'count' })).toBe(0);
    expect(decimalsFor({ unit: 'count', decimals: 2 })).toBe(2);
    expect(decimalsFor({ unit: 'percent', decimals: 0 })).toBe(0);
  });
});

describe('roundTo', () => {
  it('rounds to the places shown, halves up', () => {
    expect(roundTo(43.04, 1)).toBe(43);
    expect(roundTo(43.05, 1)).toBe(43.1);
    expect(roundTo(12.5, 0)).toBe(13);
    expect(roundTo(0, 1)).toBe(0);
  });
});

describe('formatValue', () => {
  it('a missing or null figure is "Not available", and 0 is a figure', () => {
    expect(formatValue(null, { unit: 'percent' })).toBe('Not available');
    expect(formatValue(undefined, { unit: 'count' })).toBe('Not available');
    expect(formatValue(0, { unit: 'percent' })).toBe('0%');
    expect(formatValue(0, { unit: 'count' })).toBe('0');
  });

  it('percentages: the sign after, decimals only when there are any', () => {
    expect(formatValue(32, { unit: 'percent' })).toBe('32%');
    expect(formatValue(86.3, { unit: 'percent' })).toBe('86.3%');
    expect(formatValue(86.34, { unit: 'percent' })).toBe('86.3%');
    expect(formatValue(100, { unit: 'percent' })).toBe('100%');
  });

  it('counts: whole, with thousands separated', () => {
    expect(formatValue(1204, { unit: 'count' })).toBe('1,204');
    expect(formatValue(70, { unit: 'count' })).toBe('70');
  });

  it('numbers and days', () => {
    expect(formatValue(21.4, { unit: 'number' })).toBe('21.4');
    expect(formatValue(12, { unit: 'days' })).toBe('12 days');
    expect(formatValue(1, { unit: 'days' })).toBe('1 day');
    expect(formatValue(1.5, { unit: 'days' })).toBe('1.5 days');
  });

  it('an indicator’s own decimals', () => {
    expect(formatValue(21.456, { unit: 'number', decimals: 2 })).toBe('21.46');
    expect(formatValue(21.456, { unit: 'number', decimals: 0 })).toBe('21');
  });
});

describe('formatNumber, unitSuffix, unitLabel', () => {
  it('formats in en-GB', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(0.5, 0)).toBe('1');
  });

  it('gives a suffix for percent and days only', () => {
    expect(unitSuffix('percent')).toBe('%');
    expect(unitSuffix('days', 2)).toBe(' days');
    expect(unitSuffix('days', 1)).toBe(' day');
    expect(unitSuffix('count')).toBe('');
    expect(unitSuffix('number')).toBe('');
  });

  it('names each unit for a table header', () => {
    expect((['percent', 'count', 'number', 'days'] as Unit[]).map(unitLabel)).toEqual(['%', 'count', 'number', 'days']);
  });
});

describe('a figure that rounds to zero', () => {
  const percent = { unit: 'percent' as const };
  const count = { unit: 'count' as const };

  it('shows -0 as 0, with the unit', () => {
    expect(formatValue(-0, percent)).toBe('0%');
    expect(formatValue(-0, count)).toBe('0');
    expect(formatNumber(-0, 2)).toBe('0');
  });

  it('never shows "-0%" for a small negative', () => {
    expect(formatValue(-0.04, percent)).toBe('0%');
    expect(formatValue(-0.4, count)).toBe('0');
  });

  it('keeps the sign of a value that does not round to zero', () => {
    expect(formatValue(-0.06, percent)).toBe('-0.1%');
    expect(formatValue(-3, count)).toBe('-3');
  });
});
