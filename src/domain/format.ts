// Figures as the board reads them: "43%", "21.4", "12 days". The number of decimal places is the
// indicator's `decimals` (default 1, counts 0), and only trims: 32 shows as "32%", not "32.0%".
import type { Indicator, Unit } from './schema';

export function decimalsFor(indicator: Pick<Indicator, 'unit' | 'decimals'>): number {
  return indicator.decimals ?? (indicator.unit === 'count' ? 0 : 1);
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

const formatters = new Map<number, Intl.NumberFormat>();
function formatter(decimals: number): Intl.NumberFormat {
  let cached = formatters.get(decimals);
  if (!cached) {
    cached = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals });
    formatters.set(decimals, cached);
  }
  return cached;
}

/**
 * The figure rounded to `decimals` places. A value that rounds to zero shows as 0: Intl would
 * write -0 (or -0.0001 as "-0"), and a board reads "-0%" as a fall.
 */
export function formatNumber(value: number, decimals: number): string {
  const rounded = roundTo(value, decimals);
  return formatter(decimals).format(rounded === 0 ? 0 : value);
}

export function unitSuffix(unit: Unit, value?: number): string {
  switch (unit) {
    case 'percent':
      return '%';
    case 'days':
      return value === 1 ? ' day' : ' days';
    default:
      return '';
  }
}

/** "43%", "21.4", "1,204", "12 days"; "Not available" for null. */
export function formatValue(value: number | null | undefined, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  if (value === null || value === undefined) return 'Not available';
  return `${formatNumber(value, decimalsFor(indicator))}${unitSuffix(indicator.unit, value)}`;
}

/** The unit in words, for table headers: "percent", "count", "number", "days". */
export function unitLabel(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return '%';
    case 'count':
      return 'count';
    case 'number':
      return 'number';
    case 'days':
      return 'days';
  }
}
