// A team breakdown as small multiples: one small chart per team, all on the same scale, each
// with the overall figure drawn faintly behind for reference (as the FT and the ONS draw them),
// so a team is compared with the whole and with the other teams at a glance.
import { chartScale, type ChartScale } from './chartScale';
import type { TrendData } from './trendData';

export interface SmallMultipleRow {
  month: string;
  label: string;
  team: number | null;
  overall: number | null;
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
}

export function smallMultiples(data: TrendData): SmallMultiples {
  const panels = data.breakdownKeys.map(({ key, label }) => {
    const rows = data.rows.map((row) => ({ month: row.month, label: row.label, team: typeof row[key] === 'number' ? (row[key] as number) : null, overall: row.value }));
    const last = [...rows].reverse().find((row) => row.team !== null);
    return { key, team: label, rows, latest: last ? { value: last.team!, month: last.month, monthLabel: last.label } : undefined };
  });
  const values = panels.flatMap((panel) => panel.rows.flatMap((row) => [row.team, row.overall]));
  return { panels, scale: panels.length > 0 ? chartScale(values) : undefined };
}
