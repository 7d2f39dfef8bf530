// Plot-ready rows for an indicator's trend chart: one row per month, with the value (null for a
// gap, never 0), the target and amber threshold in force, each benchmark in force, and the
// breakdown series, and the plan's trajectory when it has one. The chart only draws these.
import { benchmarkLines } from '../board/benchmarkSeries';
import { formatMonth } from '../months';
import { chartEvents, type ChartEvent, type EventMarker } from './chartEvents';
import type { RagStatus } from '../board/rag';
import type { DashboardEvent, Indicator, Unit } from '../schema';
import { breakdownKeys, type SeriesPoint } from '../board/series';
import { targetInForce } from '../board/targets';
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

export type ComparatorRole = 'england' | 'region' | 'neighbours' | 'other';

export interface TrendData {
  unit: Unit;
  rows: TrendRow[];
  /** Published comparators, England first, then the region, the neighbours and any other. */
  benchmarkKeys: { key: string; label: string; shortLabel: string; role: ComparatorRole }[];
  breakdownKeys: { key: string; label: string }[];
  events: ChartEvent[];
  eventMarkers: EventMarker[];
  hasTarget: boolean;
  hasAmber: boolean;
  /** The plan's trajectory: each row's `trajectory` is the planned value (null before the first milestone). */
  hasTrajectory: boolean;
}

const ROLE_ORDER: ComparatorRole[] = ['england', 'region', 'neighbours', 'other'];

function comparatorRole(kind: string | undefined, label: string): ComparatorRole {
  if (kind === 'england' || kind === 'region' || kind === 'neighbours') return kind;
  if (/^england$/i.test(label)) return 'england';
  if (/neighbour/i.test(label)) return 'neighbours';
  return 'other';
}

/** A name short enough to write at a line's end: "Neighbours" for "Statistical neighbours (mean of 10)". */
export function comparatorShortLabel(role: ComparatorRole, label: string): string {
  if (role === 'england') return 'England';
  if (role === 'neighbours') return 'Neighbours';
  if (role === 'region') return label.length <= 14 ? label : 'Region';
  return label;
}

export function trendData(indicator: Indicator, series: readonly SeriesPoint[], events: readonly DashboardEvent[] = []): TrendData {
  const lines = benchmarkLines(indicator.benchmarks);
  const teams = breakdownKeys(series);
  const benchmarkKeys = lines
    .map((line, index) => {
      const role = comparatorRole(line.benchmarks[0]?.kind, line.label);
      return { key: `benchmark${index}`, label: line.label, shortLabel: comparatorShortLabel(role, line.label), role };
    })
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const teamKeys = teams.map((team, index) => ({ key: `breakdown${index}`, label: team }));
  const planned = (indicator.trajectory ?? []).length > 0;
  const rows = series.map((point) => {
    const threshold = targetInForce(indicator, point.month);
    const row: TrendRow = {
      month: point.month,
      label: formatMonth(point.month),
      value: typeof point.value === 'number' ? point.value : null,
      rag: point.rag,
      target: threshold?.target ?? null,
      amber: threshold?.amber ?? null,
    };
    if (planned) row.trajectory = plannedValue(indicator, point.month) ?? null;
    lines.forEach((line, index) => {
      row[`benchmark${index}`] = line.valueAt(point.month)?.value ?? null;
    });
    teams.forEach((team, index) => {
      const value = point.breakdown?.[team];
      row[`breakdown${index}`] = typeof value === 'number' ? value : null;
    });
    return row;
  });
  const marked = chartEvents(new Set(series.map((point) => point.month)), events);
  return {
    unit: indicator.unit,
    rows,
    benchmarkKeys,
    breakdownKeys: teamKeys,
    events: marked.events,
    eventMarkers: marked.eventMarkers,
    hasTarget: rows.some((row) => row.target !== null),
    hasAmber: rows.some((row) => row.amber !== null),
    // Only when the months shown reach the plan's first milestone: a line that is not drawn has no key.
    hasTrajectory: rows.some((row) => row.trajectory !== undefined && row.trajectory !== null),
  };
}
