import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../src/domain/format';

const percent = { unit: 'percent' as const };
const count = { unit: 'count' as const };

describe('formatValue', () => {
  it('shows -0 as 0, with the unit', () => {
    expect(formatValue(-0, percent)).toBe('0%');
    expect(formatValue(-0, count)).toBe('0');
  });

  it('shows a value that rounds to zero as 0, never "-0%"', () => {
    expect(formatValue(-0.04, percent)).toBe('0%');
    expect(formatValue(-0.4, count)).toBe('0');
    expect(formatValue(0.04, percent)).toBe('0%');
  });

  it('keeps the sign of a value that does not round to zero', () => {
    expect(formatValue(-0.06, percent)).toBe('-0.1%');
    expect(formatValue(-3, count)).toBe('-3');
  });

  it('says Not available for null', () => {
    expect(formatValue(null, percent)).toBe('Not available');
  });
});

describe('formatNumber', () => {
  it('trims decimals and groups thousands', () => {
    expect(formatNumber(1204, 0)).toBe('1,204');
    expect(formatNumber(32, 1)).toBe('32');
    expect(formatNumber(-0, 2)).toBe('0');
  });
});
