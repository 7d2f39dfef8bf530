// A team breakdown as small multiples: one small chart per team, all on the same scale, each
// with the overall figure drawn faintly behind for reference (as the FT and the ONS draw them),
// so a team is compared with the whole and with the other teams at a glance; and the target in
// force, where the indicator has one, as the trend chart draws it (a dashed step line).
import { chartScale, type ChartScale } from './chartScale';
import type { TrendData } from './trendData';

export interface SmallMultipleRow {
  month: string;
  label: string;
  team: number | null;
  overall: number | null;
  /** The target in force that month, where the indicator has one. */
  target: number | null;
}

export interface SmallMultiple {
  key: string;
  team: string;
  rows: SmallMultipleRow[];
  /** The team's latest figure and its month, for the panel's heading. */
  latest?: { value: number; month: string; monthLabel: string };
}

export interface SmallMultiples {
  panels: SmallMultiple[];
  /** Shared by every panel: a team is never made to look worse by its own axis. */
  scale: ChartScale | undefined;
  /** Whether the panels draw a target line (and the key names it). */
  hasTarget: boolean;
}

export function smallMultiples(data: TrendData): SmallMultiples {
  const panels = data.breakdownKeys.map(({ key, label }) => {
    const rows = data.rows.map((row) => ({ month: row.month, label: row.label, team: typeof row[key] === 'number' ? (row[key] as number) : null, overall: row.value, target: row.target }));
    const last = [...rows].reverse().find((row) => row.team !== null);
    return { key, team: label, rows, latest: last ? { value: last.team!, month: last.month, monthLabel: last.label } : undefined };
  });
  const hasTarget = panels.length > 0 && data.hasTarget;
  const values = panels.flatMap((panel) => panel.rows.flatMap((row) => [row.team, row.overall, hasTarget ? row.target : null]));
  return { panels, scale: panels.length > 0 ? chartScale(values) : undefined, hasTarget };
}
