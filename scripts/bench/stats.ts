// Small statistics and plain-text tables for the benchmark report.

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

/** "412 (380–520)": median, then min–max, each with `digits` decimals. */
export function formatSpread(value: Spread, digits = 0, suffix = ''): string {
  if (value.n === 0) return '–';
  const f = (n: number) => n.toFixed(digits);
  return value.n === 1 ? `${f(value.median)}${suffix}` : `${f(value.median)}${suffix} (${f(value.min)}–${f(value.max)})`;
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Columns padded to their widest cell; numbers (cells starting with a digit) right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => /^[\d–(≤<>~-]/.test(row[column] ?? '') || (row[column] ?? '') === ''));
  const line = (row: readonly string[]) =>
    indent +
    row
      .map((cell, column) => (numeric[column] && column > 0 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), indent + widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
