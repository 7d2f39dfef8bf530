// Plot-ready rows for an indicator's trend chart: one row per month, with the value (null for a
// gap, never 0), the target and amber threshold in force, each benchmark in force, and the
// breakdown series, and the plan's trajectory when it has one. The chart only draws these.
import { benchmarkLines } from '../board/benchmarkSeries';
import { formatMonth, monthOfDate } from '../months';
import type { RagStatus } from '../board/rag';
import type { DashboardEvent, Indicator } from '../schema';
import { breakdownKeys, type SeriesPoint } from '../board/series';
import { thresholdFor } from '../board/targets';
import { plannedValue } from '../board/trajectory';

export interface TrendRow {
  month: string;
  label: string;
  value: number | null;
  rag?: RagStatus;
  target: number | null;
  amber: number | null;
  [key: string]: number | null | string | undefined;
}

export interface TrendData {
  rows: TrendRow[];
  benchmarkKeys: { key: string; label: string }[];
  breakdownKeys: { key: string; label: string }[];
  events: { month: string; monthLabel: string; date: string; label: string }[];
  hasTarget: boolean;
  hasAmber: boolean;
  /** The plan's trajectory: each row's `trajectory` is the planned value (null before the first milestone). */
  hasTrajectory: boolean;
}

export function trendData(indicator: Indicator, series: readonly SeriesPoint[], events: readonly DashboardEvent[] = []): TrendData {
  const lines = benchmarkLines(indicator.benchmarks);
  const teams = breakdownKeys(series);
  const benchmarkKeys = lines.map((line, index) => ({ key: `benchmark${index}`, label: line.label }));
  const teamKeys = teams.map((team, index) => ({ key: `breakdown${index}`, label: team }));
  const hasTrajectory = (indicator.trajectory ?? []).length > 0;
  const rows = series.map((point) => {
    const threshold = indicator.polarity === 'neutral' ? undefined : thresholdFor(indicator, point.month);
    const row: TrendRow = {
      month: point.month,
      label: formatMonth(point.month),
      value: typeof point.value === 'number' ? point.value : null,
      rag: point.rag,
      target: threshold?.target ?? null,
      amber: threshold?.amber ?? null,
    };
    if (hasTrajectory) row.trajectory = plannedValue(indicator, point.month) ?? null;
    lines.forEach((line, index) => {
      row[`benchmark${index}`] = line.valueAt(point.month)?.value ?? null;
    });
    teams.forEach((team, index) => {
      const value = point.breakdown?.[team];
      row[`breakdown${index}`] = typeof value === 'number' ? value : null;
    });
    return row;
  });
  const months = new Set(series.map((point) => point.month));
  return {
    rows,
    benchmarkKeys,
    breakdownKeys: teamKeys,
    events: events
      .filter((event) => months.has(monthOfDate(event.date)))
      .map((event) => ({ month: monthOfDate(event.date), monthLabel: formatMonth(monthOfDate(event.date)), date: event.date, label: event.label })),
    hasTarget: rows.some((row) => row.target !== null),
    hasAmber: rows.some((row) => row.amber !== null),
    hasTrajectory,
  };
}
