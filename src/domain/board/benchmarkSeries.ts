// Benchmarks drawn for their periods: a published figure applies from the start of the period it
// describes until the next published figure. "2017-18" (a financial year) starts in April 2017;
// "at 30 Sep 2017" (a workforce census) in September 2017.
import type { Benchmark } from '../schema';

export function periodStartMonth(period: string): string | undefined {
  const financial = /^(\d{4})-(\d{2})$/.exec(period.trim());
  if (financial && (Number(financial[1]) + 1) % 100 === Number(financial[2])) return `${financial[1]}-04`;
  const census = /^at\s+\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(\d{4})$/i.exec(period.trim());
  if (census) {
    const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    const month = names.indexOf(census[1]!.toLowerCase().slice(0, 3)) + 1;
    return `${census[2]}-${String(month).padStart(2, '0')}`;
  }
  const calendar = /^(\d{4})$/.exec(period.trim());
  if (calendar) return `${calendar[1]}-01`;
  return undefined;
}

export interface BenchmarkLine {
  label: string;
  /** The figure in force each month (undefined before the first period). */
  valueAt: (month: string) => Benchmark | undefined;
  benchmarks: Benchmark[];
}

/** One line per comparator label (England, London, ...), excluding the council's own figure. */
export function benchmarkLines(benchmarks: readonly Benchmark[] | undefined): BenchmarkLine[] {
  const byLabel = new Map<string, Benchmark[]>();
  for (const benchmark of benchmarks ?? []) {
    if (benchmark.kind === 'council') continue;
    byLabel.set(benchmark.label, [...(byLabel.get(benchmark.label) ?? []), benchmark]);
  }
  return [...byLabel.entries()].map(([label, list]) => {
    const dated = list
      .map((benchmark) => ({ benchmark, start: periodStartMonth(benchmark.period) }))
      .sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1));
    const undated = dated.every((entry) => entry.start === undefined);
    return {
      label,
      benchmarks: list,
      valueAt: (month: string) => {
        // A period we cannot place in time applies throughout, as a plain reference line.
        if (undated) return dated[dated.length - 1]?.benchmark;
        let current: Benchmark | undefined;
        for (const entry of dated) if (entry.start !== undefined && entry.start <= month) current = entry.benchmark;
        return current;
      },
    };
  });
}
