// A y-axis scale worked out before drawing, so that every chart of a set (small multiples) can
// share it and labels at the lines' ends can be placed without overlapping. Ticks fall on round
// steps (1, 2, 2.5 or 5 times a power of ten), as a reader would draw them by hand.

export interface ChartScale {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = STEPS.find((candidate) => candidate * power >= rough) ?? 10;
  return step * power;
}

/** A scale covering every finite value with about `tickCount` round ticks; undefined with no values. */
export function chartScale(values: readonly (number | null | undefined)[], tickCount = 5): ChartScale | undefined {
  const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (finite.length === 0) return undefined;
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep((high - low) / Math.max(1, tickCount - 1));
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 prints as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let tick = min; tick <= max + step / 2; tick += step) ticks.push(Number(tick.toFixed(decimals)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}

/** Where a value falls on a plot `height` pixels tall (0 at the top). */
export function pixelY(value: number, scale: ChartScale, height: number): number {
  const [min, max] = scale.domain;
  return max === min ? height / 2 : ((max - value) / (max - min)) * height;
}

/**
 * A percentage's scale: fitted to the figures like any other, but never below 0% or above 100%,
 * and running up to 100% once it reaches 80%, so a high rate is seen against the whole way to
 * the top (87% of visits in time is 13 points short of all of them, not "near the top").
 */
export function percentScale(values: readonly (number | null | undefined)[], tickCount = 5): ChartScale | undefined {
  const fitted = chartScale(values, tickCount);
  if (!fitted) return undefined;
  const low = Math.max(0, fitted.domain[0]);
  const high = fitted.domain[1] >= 80 ? 100 : Math.min(100, fitted.domain[1]);
  const scale = chartScale([low, high], tickCount)!;
  const ticks = scale.ticks.filter((tick) => tick >= 0 && tick <= 100);
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}
