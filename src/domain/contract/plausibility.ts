// Plausibility from the series itself: a figure far outside what the indicator has done in its
// recent months is probably a slip of the keyboard (96.2 typed 69.2), a figure in the wrong row or
// column, or a moved decimal point. A warning (the file is used: a real change can be sudden), naming
// the figure, the months around it and the likely slip.
//
// "What it has done" is the XmR chart's process limits over its recent months (NHS England's Making
// Data Count; NHSRplotthedots' ptd_spc_standard): mean ± 2.66 × the mean moving range, with the
// moving ranges screened for outliers as there. board/spcLimits.ts has the same arithmetic for the
// board's SPC charts, but contract/ may not import board/ (tests/unit/layers.test.ts: the checks
// must not depend on the board's rules), so the few lines are here, for this one use.
//
// A process limit is about three standard deviations, and a long series crosses one now and then
// by chance, or drifts past limits worked out from months it has improved on since. A slip does
// both at once: it jumps from the month before by many times the usual month-to-month change (the
// mean moving range), and lands far beyond the limits. So a figure is implausible only when its
// jump is more than JUMP_FACTOR mean moving ranges and it lies beyond the limits taken FAR_FACTOR
// times as wide, with a floor on the moving range for a series that has hardly moved, and a
// baseline of at least MIN_BASELINE months. Tuned so that the sample data and the generated 10- and
// 30-year folders (scripts/generateLargeData.ts, where the largest jump is 7.4 moving ranges) raise
// none, while 96.2 -> 69.2 in a series moving by about 2 (13 moving ranges) is caught
// (tests/unit/contract/plausibility.test.ts).
import { formatNumber } from '../format';
import { formatMonthLong } from '../months';
import { problemAt, type Problem } from './problems';
import { figurePath, type SnapshotFile } from './fractionChecks';
import type { Indicator } from '../schema';
import { normaliseValue } from '../valueEntry';

/** The months before a figure that its limits are worked out from. */
export const BASELINE_MONTHS = 12;
/** Fewer months than this before a figure: too few to say what is plausible. */
export const MIN_BASELINE = 6;
/** How many mean moving ranges a figure must jump from the month before. */
export const JUMP_FACTOR = 9;
/** How many times the process limits' distance from the mean it must then lie. */
export const FAR_FACTOR = 2;
/** The mean moving range is taken as at least this share of the mean (a series that has hardly moved) ... */
export const MIN_RANGE_SHARE = 0.02;
/** ... and at least the unit's smallest step. */
const smallestStep = (unit: Indicator['unit']) => (unit === 'count' ? 1 : 0.1);
/** ptd_spc_standard's limit and outlier screen. */
const PROCESS_LIMIT = 2.66;
const OUTLIER_SCREEN = 3.267;

export interface Limits {
  mean: number;
  /** The screened mean moving range, or its floor. */
  range: number;
  low: number;
  high: number;
}

/** Mean ± 2.66 × the screened mean moving range of `values` (at least two), the range floored. */
export function recentLimits(values: readonly number[], unit: Indicator['unit']): Limits {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const ranges = values.slice(1).map((value, index) => Math.abs(value - values[index]!));
  const average = ranges.reduce((sum, range) => sum + range, 0) / ranges.length;
  const kept = average === 0 ? ranges : ranges.filter((range) => range < OUTLIER_SCREEN * average);
  const screened = kept.length === 0 ? 0 : kept.reduce((sum, range) => sum + range, 0) / kept.length;
  const range = Math.max(screened, MIN_RANGE_SHARE * Math.abs(mean), smallestStep(unit));
  return { mean, range, low: mean - PROCESS_LIMIT * range, high: mean + PROCESS_LIMIT * range };
}

/** A jump of more than JUMP_FACTOR moving ranges from `previous`, landing beyond the limits taken FAR_FACTOR times as wide. */
export function isImplausible(value: number, previous: number, limits: Limits): boolean {
  return Math.abs(value - previous) > JUMP_FACTOR * limits.range && Math.abs(value - limits.mean) > FAR_FACTOR * PROCESS_LIMIT * limits.range;
}

const within = (value: number, limits: Limits) => value >= limits.low && value <= limits.high;

/** Every number made by swapping two digits of `value` as written (96.2 -> 69.2, 92.6, 96.2 ...). */
export function digitSwaps(value: number): number[] {
  const text = String(value);
  const digits = [...text].flatMap((char, index) => (/\d/.test(char) ? [index] : []));
  const found = new Set<number>();
  for (let a = 0; a < digits.length; a++) {
    for (let b = a + 1; b < digits.length; b++) {
      const chars = [...text];
      [chars[digits[a]!], chars[digits[b]!]] = [chars[digits[b]!]!, chars[digits[a]!]!];
      const swapped = Number(chars.join(''));
      if (swapped !== value) found.add(swapped);
    }
  }
  return [...found];
}

export interface Slip {
  /** What probably happened, in words. */
  words: string;
  /** The figure meant, when it can be told. */
  meant?: number;
}

/**
 * The likely slip behind an implausible figure: two digits swapped, a fraction for a percentage, a
 * decimal point moved, the numerator or denominator in the figure's column, or the figure of the
 * indicator in the row above or below.
 */
export function likelySlip(value: number, limits: Limits, context: { unit: Indicator['unit']; numerator?: number; denominator?: number; neighbours?: readonly { label: string; limits: Limits }[] }): Slip | undefined {
  const swap = digitSwaps(value).find((candidate) => within(candidate, limits));
  if (swap !== undefined) return { words: `two digits swapped, ${swap} written as ${value}`, meant: swap };
  if (context.unit === 'percent' && value > 0 && value <= 1 && within(value * 100, limits)) return { words: 'a fraction, not a percentage', meant: Number((value * 100).toPrecision(12)) };
  for (const factor of [10, 100, 0.1, 0.01]) {
    const moved = Number((value * factor).toPrecision(12));
    if (value !== 0 && within(moved, limits)) return { words: `the decimal point in the wrong place, ${moved} written as ${value}`, meant: moved };
  }
  if (value === context.numerator || value === context.denominator) return { words: `the ${value === context.numerator ? 'numerator' : 'denominator'} in the figure's column` };
  const neighbour = context.neighbours?.find((other) => within(value, other.limits));
  if (neighbour) return { words: `the figure of ${neighbour.label}, in the row next to it: a row out of line` };
  return undefined;
}

interface Point {
  entry: SnapshotFile;
  value: number;
  numerator?: number;
  denominator?: number;
}

function seriesOf(used: readonly SnapshotFile[], indicator: Indicator): Point[] {
  return used.flatMap((entry) => {
    const value = normaliseValue(entry.snapshot.values[indicator.id]);
    return typeof value?.value === 'number' ? [{ entry, value: value.value, numerator: value.numerator, denominator: value.denominator }] : [];
  });
}

const recalculations = (indicator: Indicator) => (indicator.spc?.recalculateFrom ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.month));

/** The limits of `points[index]`'s recent months, within its SPC segment; undefined with too few. */
function limitsBefore(points: readonly Point[], index: number, indicator: Indicator): Limits | undefined {
  const { unit } = indicator;
  const recalculateFrom = recalculations(indicator);
  const month = points[index]!.entry.snapshot.month;
  const segmentStart = recalculateFrom.filter((from) => from <= month).sort().at(-1) ?? '';
  const baseline = points.slice(Math.max(0, index - BASELINE_MONTHS), index).filter((point) => point.entry.snapshot.month >= segmentStart);
  return baseline.length >= MIN_BASELINE ? recentLimits(baseline.map((point) => point.value), unit) : undefined;
}

/**
 * Warnings for each figure of each indicator far outside its recent process limits. `used`: the
 * snapshots in use, oldest first; `skip(file, id)`: figures another check has called out already.
 */
export function implausibleFigureWarnings(used: readonly SnapshotFile[], indicators: readonly Indicator[], skip: (file: string, id: string) => boolean = () => false): Problem[] {
  const all = new Map(indicators.map((indicator) => [indicator.id, seriesOf(used, indicator)]));
  return indicators.flatMap((indicator, position) => {
    const points = all.get(indicator.id)!;
    return points.flatMap((point, index) => {
      const limits = limitsBefore(points, index, indicator);
      if (!limits || !isImplausible(point.value, points[index - 1]!.value, limits) || skip(point.entry.file, indicator.id)) return [];
      const month = point.entry.snapshot.month;
      // The rows above and below in the catalogue (and so in the template), at the same month.
      const neighbours = [indicators[position - 1], indicators[position + 1]].flatMap((other) => {
        if (!other) return [];
        const theirs = all.get(other.id)!;
        const at = theirs.findIndex((candidate) => candidate.entry.snapshot.month === month);
        const their = at < 0 ? undefined : limitsBefore(theirs, at, other);
        return their ? [{ label: other.id, limits: their }] : [];
      });
      const slip = likelySlip(point.value, limits, { unit: indicator.unit, numerator: point.numerator, denominator: point.denominator, neighbours });
      const decimals = indicator.unit === 'count' ? 0 : 1;
      const previous = points[index - 1]!;
      const next = points[index + 1];
      const around = `${formatMonthLong(previous.entry.snapshot.month)} was ${previous.value}${next ? `, ${formatMonthLong(next.entry.snapshot.month)} ${next.value}` : ''}`;
      const path = figurePath(point.entry.snapshot, indicator.id);
      return [problemAt(point.entry.file, 'warning', 'implausible-figure', `${indicator.id} for ${month} is far outside what it has done in recent months${slip ? `: perhaps ${slip.words}` : ''}`, {
        path, position: point.entry.locate(path),
        expected: `a figure near ${formatNumber(limits.low, decimals)} to ${formatNumber(limits.high, decimals)} (its process limits over the months before; ${around})`,
        found: String(point.value),
        ...(slip?.meant !== undefined ? { suggestion: String(slip.meant) } : {}),
      })];
    });
  });
}
