// The geometry of a sparkline: a small line of recent months in a fixed box. Pure, so the
// Overview's SVG and the benchmark's static floor page draw exactly the same line. A month with
// no figure breaks the line: gaps stay gaps.
export const SPARKLINE = { width: 160, height: 40, pad: 4 } as const;

export interface SparklineGeometry {
  /** SVG path data, one `M…L…` run per unbroken stretch of months. */
  segments: string[];
  /** The last point with a figure, where the marker goes. */
  last?: { x: number; y: number };
  /** The target's height, when a target is given. */
  targetY?: number;
}

export function sparklineGeometry(values: readonly (number | null | undefined)[], target?: number): SparklineGeometry | undefined {
  const { width, height, pad } = SPARKLINE;
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length === 0) return undefined;
  const all = target === undefined ? numbers : [...numbers, target];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const x = (index: number) => pad + (values.length === 1 ? (width - 2 * pad) / 2 : (index * (width - 2 * pad)) / (values.length - 1));
  const y = (value: number) => pad + ((max - value) * (height - 2 * pad)) / (max - min);
  const segments: string[] = [];
  let current = '';
  values.forEach((value, index) => {
    if (typeof value === 'number') current += `${current ? 'L' : 'M'}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
    else if (current) {
      segments.push(current);
      current = '';
    }
  });
  if (current) segments.push(current);
  const lastIndex = values.findLastIndex((value) => typeof value === 'number');
  const lastValue = values[lastIndex];
  return {
    segments,
    last: typeof lastValue === 'number' ? { x: x(lastIndex), y: y(lastValue) } : undefined,
    targetY: target === undefined ? undefined : y(target),
  };
}
