// The geometry of a line chart over months, drawn as plain SVG where no chart library can run:
// the page as drawn at publication, read with no script. Recharts 3 lays its charts out in
// effects, so its server rendering is an empty box (recharts issue #5997); this draws the same
// plot-ready rows. Gaps stay gaps: a null value breaks the line.

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface LineGeometry {
  /** One SVG path per unbroken run of values. */
  segments: string[];
  /** Each row's point, or null where the row has no value. */
  points: ({ x: number; y: number } | null)[];
}

export interface LineChartGeometry {
  yTicks: { value: number; y: number }[];
  /** The rows whose labels are shown on the x axis, so that labels do not overlap. */
  xTicks: { index: number; x: number }[];
  lines: LineGeometry[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, near `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Ticks from a round number at or below the lowest value to one at or above the highest. */
export function niceTicks(values: readonly number[], count = 5): number[] {
  if (values.length === 0) return [0, 1];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const step = niceStep((high - low) / (count - 1));
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick < high + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  if (ticks[ticks.length - 1]! < high) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/**
 * Lay out `series` (each one value per row, in row order) in `box`. `step` series draw as
 * steps that change at their month (targets); others join their points. `fixedTicks`, when
 * given, are the y axis's ticks (first to last is the scale).
 */
export function lineChartGeometry(rowCount: number, series: readonly { values: readonly (number | null)[]; step?: boolean }[], box: ChartBox, minLabelGap = 72, fixedTicks?: readonly number[]): LineChartGeometry {
  const { width, height, margin } = box;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const all = series.flatMap((line) => line.values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)));
  // A scale worked out beforehand (present/chartScale, as the interactive chart uses) wins.
  const ticks = fixedTicks && fixedTicks.length >= 2 ? [...fixedTicks] : niceTicks(all);
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const band = rowCount > 0 ? plotWidth / rowCount : plotWidth;
  const x = (index: number) => round(margin.left + band * (index + 0.5));
  const y = (value: number) => round(margin.top + plotHeight * (1 - (value - low) / (high - low)));
  const every = Math.max(1, Math.ceil(minLabelGap / band));
  const xTicks: { index: number; x: number }[] = [];
  for (let index = 0; index < rowCount; index += every) xTicks.push({ index, x: x(index) });
  if (rowCount > 1 && xTicks[xTicks.length - 1]!.index !== rowCount - 1 && (rowCount - 1 - xTicks[xTicks.length - 1]!.index) * band >= minLabelGap) xTicks.push({ index: rowCount - 1, x: x(rowCount - 1) });
  const lines = series.map((line) => {
    const points = line.values.map((value, index) => (typeof value === 'number' && Number.isFinite(value) ? { x: x(index), y: y(value) } : null));
    const segments: string[] = [];
    let path = '';
    points.forEach((point, index) => {
      if (!point) {
        if (path) segments.push(path);
        path = '';
        return;
      }
      if (!path) path = `M${point.x},${point.y}`;
      else if (line.step) path += `H${point.x}V${point.y}`;
      else path += `L${point.x},${point.y}`;
      // A step line holds its last value to the edge of its month.
      if (line.step && (index === points.length - 1 || !points[index + 1])) path += `H${round(point.x + band / 2)}`;
    });
    if (path) segments.push(path);
    return { segments, points };
  });
  return { yTicks: ticks.map((value) => ({ value, y: y(value) })), xTicks, lines };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
