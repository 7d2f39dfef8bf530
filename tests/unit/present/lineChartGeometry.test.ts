import { describe, expect, it } from 'vitest';
import { lineChartGeometry, niceStep, niceTicks } from '../../../src/domain/present/lineChartGeometry';

const box = { width: 400, height: 200, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(13)).toBe(20);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(420)).toBe(500);
  });
  it('falls back to 1 for no spread', () => {
    expect(niceStep(0)).toBe(1);
  });
});

describe('niceTicks', () => {
  it('covers the values with round ticks', () => {
    const ticks = niceTicks([32, 87]);
    expect(ticks[0]).toBeLessThanOrEqual(32);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(87);
    expect(ticks).toEqual([20, 40, 60, 80, 100]);
  });
  it('spreads a single value', () => {
    expect(niceTicks([5])).toEqual([4, 4.5, 5, 5.5, 6]);
  });
});

describe('lineChartGeometry', () => {
  it('puts each row at the middle of its band, higher values nearer the top', () => {
    const geometry = lineChartGeometry(4, [{ values: [0, 10, 20, 30] }], box);
    const points = geometry.lines[0]!.points;
    expect(points.map((point) => point?.x)).toEqual([50, 150, 250, 350]);
    expect(points[0]!.y).toBeGreaterThan(points[3]!.y);
  });
  it('breaks the line at a month with no value', () => {
    const geometry = lineChartGeometry(4, [{ values: [10, null, 20, 30] }], box);
    expect(geometry.lines[0]!.segments).toHaveLength(2);
    expect(geometry.lines[0]!.points[1]).toBeNull();
  });
  it('draws a step series with horizontal then vertical moves', () => {
    const geometry = lineChartGeometry(2, [{ values: [60, 85], step: true }], box);
    expect(geometry.lines[0]!.segments[0]).toMatch(/^M100,[\d.]+H300V[\d.]+H400$/);
  });
  it('thins the month labels so they do not overlap', () => {
    const geometry = lineChartGeometry(40, [{ values: Array.from({ length: 40 }, (_, index) => index) }], box, 72);
    const gaps = geometry.xTicks.slice(1).map((tick, index) => tick.x - geometry.xTicks[index]!.x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(72);
  });
});
