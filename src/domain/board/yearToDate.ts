// The year to date: the financial year's months so far (April to March; councils report by it),
// up to and including the month, made by the indicator's `aggregate`. A year whose data start
// after April counts from the first month of data. A month in that span with no figure is named:
// a sum or a ratio would understate the year, so they give no figure; a mean or the latest
// month's value are made of the months there are.
import { compareMonths, financialYear, financialYearStart, formatMonth, monthRange } from '../months';
import type { Indicator } from '../schema';
import { aggregateFor, type Aggregate } from '../plan';
import type { SeriesPoint } from './series';

export type YearToDate =
  | {
      kind: 'figure';
      value: number;
      aggregate: Exclude<Aggregate, 'none'>;
      /** The financial year, "2018-19". */
      period: string;
      /** The first and last month the figure covers. */
      from: string;
      to: string;
      /** Months of the year so far with a figure (the ones that made it). */
      months: number;
      /** Months of the span with no figure (only for mean and latest). */
      missing: string[];
    }
  | {
      kind: 'no-figure';
      aggregate: Exclude<Aggregate, 'none'>;
      period: string;
      from: string;
      to: string;
      /** Why there is none, in the board's words. */
      reason: string;
    };

/** The year to date for `month`, or undefined when the indicator's aggregate is `none` or it has no months. */
export function yearToDate(indicator: Pick<Indicator, 'unit' | 'aggregate'>, series: readonly SeriesPoint[], month: string): YearToDate | undefined {
  const aggregate = aggregateFor(indicator);
  if (aggregate === 'none' || series.length === 0) return undefined;
  const firstData = [...series].sort((a, b) => compareMonths(a.month, b.month))[0]!.month;
  if (month < firstData) return undefined;
  const yearStart = financialYearStart(month);
  const from = firstData > yearStart ? firstData : yearStart;
  const span = monthRange(from, month);
  const byMonth = new Map(series.map((point) => [point.month, point]));
  const points = span.map((candidate) => ({ month: candidate, point: byMonth.get(candidate) }));
  const withValue = points.filter((entry): entry is { month: string; point: SeriesPoint & { value: number } } => typeof entry.point?.value === 'number');
  const missing = points.filter((entry) => typeof entry.point?.value !== 'number').map((entry) => entry.month);
  const base = { aggregate, period: financialYear(month), from, to: month };
  const noFigure = (reason: string): YearToDate => ({ kind: 'no-figure', ...base, reason });
  const figure = (value: number, months: number, gaps: string[] = []): YearToDate => ({ kind: 'figure', ...base, value, months, missing: gaps });

  if (withValue.length === 0) return noFigure('no month of the year so far has a figure');
  switch (aggregate) {
    case 'sum':
      if (missing.length > 0) return noFigure(`${missingWords(missing)} no figure, so the year’s total is not known`);
      return figure(
        withValue.reduce((total, entry) => total + entry.point.value, 0),
        withValue.length,
      );
    case 'ratio': {
      if (missing.length > 0) return noFigure(`${missingWords(missing)} no figure, so the year’s numerator and denominator are not known`);
      const lacking = withValue.filter((entry) => entry.point.numerator === undefined || entry.point.denominator === undefined).map((entry) => entry.month);
      if (lacking.length > 0) return noFigure(`${missingWords(lacking)} no numerator and denominator, so the year’s figure cannot be made from them`);
      const numerator = withValue.reduce((total, entry) => total + entry.point.numerator!, 0);
      const denominator = withValue.reduce((total, entry) => total + entry.point.denominator!, 0);
      if (denominator === 0) return noFigure('the year’s denominator is 0');
      return figure((numerator / denominator) * 100, withValue.length);
    }
    case 'mean':
      return figure(withValue.reduce((total, entry) => total + entry.point.value, 0) / withValue.length, withValue.length, missing);
    case 'latest':
      return figure(withValue.at(-1)!.point.value, withValue.length, missing);
  }
}

/** "Jan 2018 has" / "Jan 2018 and Feb 2018 have". */
function missingWords(months: readonly string[]): string {
  const names = months.map(formatMonth);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `${list} ${months.length === 1 ? 'has' : 'have'}`;
}
