// The quartile band (src/domain/board/quartileBand.ts), held to LAIT's calculate_quartile_band
// (R/fn_analysis.R): its own documented example (quartiles 0, 10, 20, 30, 40; values 5, 10, 15),
// and every boundary both ways.
import { describe, expect, it } from 'vitest';
import { quartileBand } from '../../../src/domain/board/quartileBand';
import type { Quartiles } from '../../../src/domain/board/quantile';

const LAIT_EXAMPLE: Quartiles = [0, 10, 20, 30, 40];
const bands = (values: number[], polarity: 'up' | 'down' | 'neutral') => values.map((value) => quartileBand(value, LAIT_EXAMPLE, polarity));

describe('quartileBand, LAIT’s rule', () => {
  it('LAIT’s example, "Low" (lower is better): 5, 10, 15 are A, A, B', () => {
    expect(bands([5, 10, 15], 'down')).toEqual(['A', 'A', 'B']);
  });

  it('LAIT’s example, "High" (higher is better): 5, 10, 15 are D, D, C', () => {
    expect(bands([5, 10, 15], 'up')).toEqual(['D', 'D', 'C']);
  });

  it('a figure exactly on a quartile is in the band below it on the number line', () => {
    // High: 30 (the 75% quartile) is B, not A; just above it is A.
    expect(bands([0, 10, 20, 30, 40], 'up')).toEqual(['D', 'D', 'C', 'B', 'A']);
    expect(bands([10.0001, 20.0001, 30.0001], 'up')).toEqual(['C', 'B', 'A']);
    // Low: 10 (the 25% quartile) is A, not B; just above it is B.
    expect(bands([0, 10, 20, 30, 40], 'down')).toEqual(['A', 'A', 'B', 'C', 'D']);
    expect(bands([10.0001, 20.0001, 30.0001], 'down')).toEqual(['B', 'C', 'D']);
  });

  it('A is the best quarter both ways: the highest for "up", the lowest for "down"', () => {
    expect(quartileBand(39, LAIT_EXAMPLE, 'up')).toBe('A');
    expect(quartileBand(1, LAIT_EXAMPLE, 'down')).toBe('A');
    expect(quartileBand(1, LAIT_EXAMPLE, 'up')).toBe('D');
    expect(quartileBand(39, LAIT_EXAMPLE, 'down')).toBe('D');
  });

  it('outside the field (LAIT’s "Error"), not a number, or a neutral measure: no band', () => {
    expect(bands([-0.1, 40.1, Number.NaN], 'up')).toEqual([undefined, undefined, undefined]);
    expect(bands([5, 25], 'neutral')).toEqual([undefined, undefined]);
  });

  it('equal quartiles (a field of one, or all alike): the lowest band on the number line, as LAIT’s first case matches', () => {
    const one: Quartiles = [50, 50, 50, 50, 50];
    expect(quartileBand(50, one, 'up')).toBe('D');
    expect(quartileBand(50, one, 'down')).toBe('A');
  });
});
