import { describe, expect, it } from 'vitest';
import { chartScale, percentScale, pixelY } from '../../../src/domain/present/chartScale';

describe('chart scale', () => {
  it('has no scale without a finite value', () => {
    expect(chartScale([null, undefined, Number.NaN])).toBeUndefined();
  });

  it('covers every value with round ticks', () => {
    const scale = chartScale([14.3, 20, 17.7, 18.7])!;
    expect(scale.ticks).toEqual([14, 16, 18, 20]);
    expect(scale.domain).toEqual([14, 20]);
  });

  it('widens a flat series round its value, and a series of zeros to ±1', () => {
    const flat = chartScale([43, 43])!;
    expect(flat.domain[0]).toBeLessThan(43);
    expect(flat.domain[1]).toBeGreaterThan(43);
    expect(chartScale([0, 0])!.domain).toEqual([-1, 1]);
  });

  it('prints decimal ticks without floating-point noise', () => {
    expect(chartScale([0.1, 0.5])!.ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('puts the top of the domain at 0 px and the bottom at the plot height', () => {
    const scale = { domain: [0, 100] as [number, number], ticks: [] };
    expect(pixelY(100, scale, 200)).toBe(0);
    expect(pixelY(0, scale, 200)).toBe(200);
    expect(pixelY(25, scale, 200)).toBe(150);
  });
});

describe('percentage scale', () => {
  it('fits low rates closely, so a change from 16% to 24% is visible', () => {
    expect(percentScale([16.5, 21.1, 20, 23])!.domain).toEqual([16, 24]);
  });

  it('runs up to 100% once it reaches 80%', () => {
    const scale = percentScale([83.2, 96.2, 90])!;
    expect(scale.domain[1]).toBe(100);
    expect(scale.ticks).toContain(100);
    expect(percentScale([29, 32, 60, 78])!.domain).toEqual([20, 100]);
  });

  it('never goes below 0% or above 100%', () => {
    const scale = percentScale([0, 2, 99.5])!;
    expect(scale.domain[0]).toBe(0);
    expect(scale.domain[1]).toBe(100);
  });

  it('has no scale without a value', () => {
    expect(percentScale([null])).toBeUndefined();
  });
});
