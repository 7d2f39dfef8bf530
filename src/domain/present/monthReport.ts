// The month view as plain JSON for other council systems (`npm run report`). The field names are a
// promise: later work adds fields, never renames these. `rag` is null when there is no target, the
// indicator is neutral, or there is no value; `direction` is null without two figures to compare.
import type { Direction } from '../board/direction';
import { directionWord } from '../board/direction';
import type { MonthChanges, MonthView } from '../board/monthView';
import type { RagChange } from '../board/changes';
import type { RagStatus } from '../board/rag';
import type { IndicatorStatus } from '../board/status';
import { displayName } from '../board/summary';
import { comparisonWord } from '../board/comparison';
import { formatValue } from '../format';
import type { Unit } from '../schema';
import { ragLabel } from './words';

export type ReportDirection = 'improved' | 'worsened' | 'no change' | 'up' | 'down';

export interface IndicatorReport {
  id: string;
  name: string;
  value: number | null;
  unit: Unit;
  target: number | null;
  amber: number | null;
  rag: RagStatus | null;
  direction: ReportDirection | null;
  previous: { month: string; value: number } | null;
  england: { value: number; period: string } | null;
  /** What a page says of each, in the dashboard's words. */
  words: { value: string; rag: string; direction: string; england: string };
}

export interface MonthReport {
  month: string;
  status: 'final' | 'provisional' | null;
  indicators: IndicatorReport[];
  summary: { strengths: string[]; underperformance: string[] };
  exceptions: { indicator: string; reasons: string[] }[];
  /** Only with `--from`: every indicator whose RAG differs between the two months. */
  changes?: { from: string; rag: RagChange[] };
}

const DIRECTION: Record<Direction, ReportDirection> = {
  improved: 'improved',
  worsened: 'worsened',
  'no-change': 'no change',
  up: 'up',
  down: 'down',
};

export function indicatorReport(status: IndicatorStatus): IndicatorReport {
  const { indicator, travel, threshold, england } = status;
  const value = typeof status.value === 'number' ? status.value : null;
  return {
    id: indicator.id,
    name: displayName(indicator),
    value,
    unit: indicator.unit,
    target: threshold?.target ?? null,
    amber: threshold?.amber ?? null,
    rag: status.rag ?? null,
    direction: travel ? DIRECTION[travel.direction] : null,
    previous: travel ? { month: travel.previousMonth, value: travel.previousValue } : null,
    england: england ? { value: england.value, period: england.period } : null,
    words: {
      value: formatValue(status.value, indicator),
      rag: ragLabel(indicator.polarity, status.rag, status.value),
      direction: directionWord(travel?.direction),
      england: comparisonWord(status.vsEngland),
    },
  };
}

export function monthReport(view: MonthView, changes?: MonthChanges): MonthReport {
  const report: MonthReport = {
    month: view.month,
    status: view.snapshot ? (view.snapshot.status ?? 'final') : null,
    indicators: view.indicators.map(indicatorReport),
    summary: {
      strengths: view.summary.strengths.map((item) => item.text),
      underperformance: view.summary.underperformance.map((item) => item.text),
    },
    exceptions: view.exceptions.map(({ indicator, reasons }) => ({ indicator, reasons })),
  };
  if (changes) report.changes = { from: changes.from, rag: changes.rag };
  return report;
}
