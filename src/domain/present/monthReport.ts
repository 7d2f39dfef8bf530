// The month view as plain JSON for other council systems (`npm run report`). The field names are a
// promise: later work adds fields, never renames these. `rag` is null when there is no target, the
// indicator is neutral, or there is no value; `direction` is null without two figures to compare;
// `national` is null without a DfE measure with a period in force at the month.
import type { Direction } from '../board/direction';
import type { MonthView } from '../board/monthView';
import type { MonthChanges } from '../board/changes';
import type { RagChange } from '../board/changes';
import type { RagStatus } from '../board/rag';
import type { IndicatorStatus } from '../board/status';
import { displayName } from '../names';
import { decimalsFor, formatValue, roundTo } from '../format';
import type { ComparatorsFile, Unit } from '../schema';
import { ragLabel } from './words';
import { spcReport, type SpcReport } from './spcReport';
import { changeWord, directionWord } from './changeWords';
import { reconcilingSentence } from './reconcile';
import { comparisonWord } from './comparisonWords';
import { nationalStandingsAt, type NationalStanding } from '../board/nationalRank';
import { nationalGlanceCell } from './nationalWords';

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
  /**
   * National rank (1 the best, ties at the lowest) and quartile band (A the best) among every
   * English council, as the DfE's LAIT computes them, for the DfE period in force at the month
   * (board/nationalRank.ts). rank and band are null when the council's figure is not published,
   * "low" or "u" (words.national says which), or the indicator is neutral.
   */
  national: { period: string; value: number | null; rank: number | null; of: number; band: 'A' | 'B' | 'C' | 'D' | null } | null;
  /** What a page says of each, in the dashboard's words. */
  words: { value: string; rag: string; direction: string; england: string; change: string; reconcile: string | null; national: string | null };
  /** Making Data Count icons, only where they mean something (see board/spcVerdict.ts). */
  spc: SpcReport;
  /** The plan's own fields: null (owner, quality) or null (trajectory, yearToDate) when not given or not made. */
  owner: string | null;
  quality: 'good' | 'caution' | 'poor' | null;
  trajectory: { planned: number; status: 'on' | 'behind' } | null;
  yearToDate: { value: number; period: string; months: number } | null;
}

export interface MonthReport {
  month: string;
  status: 'final' | 'provisional' | null;
  indicators: IndicatorReport[];
  summary: { strengths: string[]; underperformance: string[] };
  /** The plan's overdue actions (due: the date in force, the revised one when given). */
  actions: { overdue: { workstream: string; id: string | null; action: string; owner: string | null; due: string }[] };
  exceptions: { indicator: string; reasons: string[] }[];
  /** Only with `--from`: every indicator whose RAG differs between the two months. */
  changes?: { from: string; rag: RagChange[]; actions: { newlyOverdue: ReportedAction[]; completed: ReportedAction[] } };
}

const DIRECTION: Record<Direction, ReportDirection> = {
  improved: 'improved',
  worsened: 'worsened',
  'no-change': 'no change',
  up: 'up',
  down: 'down',
};

function nationalReport(standing: NationalStanding | undefined): IndicatorReport['national'] {
  if (!standing) return null;
  const ranked = standing.kind === 'ranked' ? standing : undefined;
  return {
    period: standing.period,
    value: standing.kind === 'ranked' || standing.kind === 'context' ? standing.value : null,
    rank: ranked?.rank ?? null,
    of: standing.of,
    band: ranked?.band ?? null,
  };
}

export function indicatorReport(status: IndicatorStatus, national?: NationalStanding): IndicatorReport {
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
    national: nationalReport(national),
    words: {
      value: formatValue(status.value, indicator),
      rag: ragLabel(indicator.polarity, status.rag, status.value),
      direction: directionWord(travel?.direction),
      england: comparisonWord(status.vsEngland),
      change: changeWord(status),
      reconcile: reconcilingSentence(status) ?? null,
      national: national ? nationalGlanceCell(national) : null,
    },
    spc: spcReport(status.spc),
    ...planReport(status),
  };
}

/** An action in the report's changes: newly overdue (date: the date in force) or completed (date: when done). */
export interface ReportedAction {
  workstream: string;
  id?: string;
  action: string;
  owner?: string;
  date?: string;
}

/** The report of the month; with comparators.json, each indicator's national rank and band for the month's own period. */
export function monthReport(view: MonthView, changes?: MonthChanges, comparators?: Pick<ComparatorsFile, 'national'>): MonthReport {
  const national = nationalStandingsAt(comparators?.national, view.indicators.map((status) => status.indicator), view.month);
  const report: MonthReport = {
    month: view.month,
    status: view.snapshot ? (view.snapshot.status ?? 'final') : null,
    indicators: view.indicators.map((status) => indicatorReport(status, national.get(status.indicator.id))),
    summary: {
      strengths: view.summary.strengths.map((item) => item.text),
      underperformance: view.summary.underperformance.map((item) => item.text),
    },
    exceptions: view.exceptions.map(({ indicator, reasons }) => ({ indicator, reasons })),
    actions: {
      overdue: view.actions.overdue.map(({ workstream, action, due }) => ({
        workstream,
        id: action.id ?? null,
        action: action.action,
        owner: action.owner ?? null,
        due,
      })),
    },
  };
  if (changes) {
    const reported = (list: MonthChanges['actions']['newlyOverdue']): ReportedAction[] =>
      list.map(({ workstream, action, date }) => ({ workstream, ...(action.id ? { id: action.id } : {}), action: action.action, ...(action.owner ? { owner: action.owner } : {}), ...(date ? { date } : {}) }));
    report.changes = { from: changes.from, rag: changes.rag, actions: { newlyOverdue: reported(changes.actions.newlyOverdue), completed: reported(changes.actions.completed) } };
  }
  return report;
}

function planReport(status: IndicatorStatus): Pick<IndicatorReport, 'owner' | 'quality' | 'trajectory' | 'yearToDate'> {
  const { plan, indicator } = status;
  const decimals = decimalsFor(indicator);
  const { trajectory, yearToDate } = plan;
  return {
    owner: plan.owner ?? null,
    quality: plan.quality ?? null,
    // The planned value as the page shows it: a straight line gives 71.666…, the board reads 71.7.
    trajectory: trajectory?.status ? { planned: roundTo(trajectory.planned, decimals), status: trajectory.status } : null,
    yearToDate: yearToDate?.kind === 'figure' ? { value: roundTo(yearToDate.value, decimals), period: yearToDate.period, months: yearToDate.months } : null,
  };
}
