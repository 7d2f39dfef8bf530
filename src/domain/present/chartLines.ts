// Which lines an indicator's trend chart draws, in what order, and what each is called. At most
// MAX_SERIES lines share one chart (the figure, the target, the amber threshold and three
// comparators); a team breakdown is never among them: it gets small multiples of its own
// (smallMultiples.ts). A line left off for room is still in the table below the chart.
import { unitLabel } from '../format';
import type { Indicator } from '../schema';
import { displayName } from '../names';
import { chartScale, percentScale, type ChartScale } from './chartScale';
import type { ComparatorRole, TrendData, TrendRow } from './trendData';

export const MAX_SERIES = 6;

export type LineRole = 'value' | 'target' | 'trajectory' | 'amber' | ComparatorRole | 'overall' | 'team';

export interface ChartLine {
  key: string;
  /** The full name, for the key and the tooltip. */
  label: string;
  /** The name written at the line's end. */
  shortLabel: string;
  role: LineRole;
  /** Targets and published comparators hold until they change: drawn as steps. */
  step: boolean;
}

export interface TrendLines {
  lines: ChartLine[];
  /** Lines that would have made the chart too busy: named under it, and in its table. */
  omitted: ChartLine[];
  scale: ChartScale | undefined;
}

/** The lines in priority order, capped at `max`, with the y scale they share (a percentage's within 0–100%). */
export function trendLines(data: TrendData, valueName: string, max = MAX_SERIES): TrendLines {
  const all: ChartLine[] = [
    { key: 'value', label: valueName, shortLabel: valueName, role: 'value', step: false },
    ...(data.hasTarget ? [{ key: 'target', label: 'Target', shortLabel: 'Target', role: 'target' as const, step: true }] : []),
    ...(data.hasTrajectory ? [{ key: 'trajectory', label: 'Trajectory (the plan)', shortLabel: 'Trajectory', role: 'trajectory' as const, step: false }] : []),
    ...(data.hasAmber ? [{ key: 'amber', label: 'Amber threshold', shortLabel: 'Amber', role: 'amber' as const, step: true }] : []),
    ...data.benchmarkKeys.map((benchmark) => ({ key: benchmark.key, label: benchmark.label, shortLabel: benchmark.shortLabel, role: benchmark.role, step: true })),
  ];
  const lines = all.slice(0, Math.max(1, max));
  const values = data.rows.flatMap((row) => lines.map((line) => numberOrNull(row[line.key])));
  const fitsPercent = values.every((value) => value === null || (value >= 0 && value <= 100));
  const scale = data.unit === 'percent' && fitsPercent ? percentScale(values) : chartScale(values);
  return { lines, omitted: all.slice(lines.length), scale };
}

/** Where the Indicator page's chart sends a reader for a line it left off: its month table has every line. */
export const OMITTED_IN_TABLE = 'in the table below';
/** The meeting pack's table has the figure, RAG, target and change only: the lines left off are on the dashboard. */
export const OMITTED_ON_DASHBOARD = 'on this indicator’s page of the dashboard';

/** The sentence under the key naming the lines left off the chart, and where they can be read; none when every line is drawn. */
export function omittedLinesNote(omitted: readonly ChartLine[], where: string): string | undefined {
  return omitted.length > 0 ? `Not drawn, to keep the chart readable (${where}): ${omitted.map((line) => line.label).join(', ')}.` : undefined;
}

/** Each line's last value, where the line reaches the chart's last month (for its end label). */
export function lineEnds(rows: readonly TrendRow[], lines: readonly ChartLine[]): { key: string; label: string; value: number | null }[] {
  const last = rows[rows.length - 1];
  return lines.map((line) => ({ key: line.key, label: line.shortLabel, value: last ? numberOrNull(last[line.key]) : null }));
}

/** The y-axis title: what is counted and in what unit, "ICPC timeliness (%)". */
export function axisTitle(indicator: Indicator): string {
  return `${displayName(indicator)} (${unitLabel(indicator.unit)})`;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
