import { describe, expect, it } from 'vitest';
import { SPARKLINE, sparklineGeometry } from '../../../src/domain/present/sparkline';

describe('sparkline geometry', () => {
  it('has nothing to draw without a figure', () => {
    expect(sparklineGeometry([null, undefined])).toBeUndefined();
  });

  it('breaks the line at a month with no figure, never drawing it as zero', () => {
    const geometry = sparklineGeometry([10, 20, null, 30, 40])!;
    expect(geometry.segments).toHaveLength(2);
    expect(geometry.segments[0]).toBe('M4.0,36.0L42.0,25.3');
    expect(geometry.segments[1]).toBe('M118.0,14.7L156.0,4.0');
  });

  it('puts the highest figure at the top and the lowest at the bottom, the target within the box', () => {
    const geometry = sparklineGeometry([50, 70], 90)!;
    expect(geometry.targetY).toBeCloseTo(SPARKLINE.pad, 5);
    expect(geometry.last).toEqual({ x: SPARKLINE.width - SPARKLINE.pad, y: 20 });
  });

  it('draws a flat series across the middle and a single point in the centre', () => {
    expect(sparklineGeometry([43, 43, 43])!.segments[0]).toBe('M4.0,20.0L80.0,20.0L156.0,20.0');
    expect(sparklineGeometry([43])!.last).toEqual({ x: 80, y: 20 });
  });

  it('marks the last month with a figure, even when later months have none', () => {
    expect(sparklineGeometry([1, 2, 3, null])!.last?.x).toBeCloseTo(4 + (2 * 152) / 3, 5);
  });
});
