// What changed between two reporting months, for a committee that meets every two or three
// months: every indicator whose RAG differs (a colour gained or lost counts: red to no RAG is a
// change), and the figures month by month in between.
import type { RagStatus } from './rag';
import type { SeriesPoint } from './series';
import { dueInForce, isOverdue } from '../plan';
import type { Action, Indicator, Snapshot, Workstream } from '../schema';
import { seriesOf, snapshotMonths, type MonthViewInput } from './monthView';

export interface RagChange {
  indicator: string;
  from: RagStatus | null;
  to: RagStatus | null;
}

export function ragAt(series: readonly SeriesPoint[], month: string): RagStatus | null {
  return series.find((point) => point.month === month)?.rag ?? null;
}

/** Exactly the indicators whose RAG in `to` differs from their RAG in `from`, in catalogue order. */
export function ragChanges(indicators: readonly Indicator[], series: ReadonlyMap<string, readonly SeriesPoint[]>, from: string, to: string): RagChange[] {
  const changes: RagChange[] = [];
  for (const indicator of indicators) {
    const points = series.get(indicator.id) ?? [];
    const before = ragAt(points, from);
    const after = ragAt(points, to);
    if (before !== after) changes.push({ indicator: indicator.id, from: before, to: after });
  }
  return changes;
}

/** The default span of a "since the last meeting" view: three reporting months before the latest (committees meet about quarterly). */
export function defaultChangeSpan(months: readonly string[]): { from: string; to: string } | undefined {
  if (months.length === 0) return undefined;
  const to = months[months.length - 1]!;
  const from = months[Math.max(0, months.length - 4)]!;
  return { from, to };
}

/**
 * The meeting pack's "since the previous pack": the default span for the pack's own month (three
 * reporting months before it, and the month), so a pack for an earlier month compares with the
 * pack before it. Undefined when no reporting month comes before `month`.
 */
export function previousPackSpan(months: readonly string[], month: string): { from: string; to: string } | undefined {
  const span = defaultChangeSpan(months.filter((candidate) => candidate <= month));
  return span && span.from < span.to && span.to === month ? span : undefined;
}

export interface TargetChange {
  indicator: string;
  from: string;
  target: number;
  amber?: number;
  previous?: { target: number; amber?: number };
}

/** Targets that came into force after `from` and by `to`. */
export function targetChanges(indicators: readonly Indicator[], from: string, to: string): TargetChange[] {
  const changes: TargetChange[] = [];
  for (const indicator of indicators) {
    const entries = [...(indicator.targets ?? [])].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    entries.forEach((entry, index) => {
      if (entry.from > from && entry.from <= to) {
        const before = entries[index - 1];
        changes.push({
          indicator: indicator.id,
          from: entry.from,
          target: entry.target,
          amber: entry.amber,
          previous: before ? { target: before.target, amber: before.amber } : undefined,
        });
      }
    });
  }
  return changes;
}

/**
 * The span asked for in the address, when both ends are reporting months and `from` is before
 * `to`; otherwise the default span, with a note saying why the address was not followed.
 */
export function resolveChangeSpan(months: readonly string[], from: string | null, to: string | null): { from: string; to: string; note?: string } | undefined {
  const fallback = defaultChangeSpan(months);
  if (!fallback) return undefined;
  if (from === null && to === null) return fallback;
  const end = to ?? fallback.to;
  const start = from ?? fallback.from;
  if (!months.includes(start) || !months.includes(end)) return { ...fallback, note: 'The months in the address have no figures, so the latest months are shown.' };
  if (start >= end) return { ...fallback, note: 'The first month must come before the second, so the latest months are shown.' };
  return { from: start, to: end };
}

// ---------------------------------------------------------------- the changes between two months, together

export interface MonthChanges {
  from: string;
  to: string;
  /** The reporting months from `from` to `to`, both included. */
  months: string[];
  rag: RagChange[];
  targets: TargetChange[];
  /** The plan's actions newly overdue, and completed, since `from`. */
  actions: ActionChanges;
}

/** What changed from one reporting month to a later one. */
export function changesBetween(data: MonthViewInput, from: string, to: string): MonthChanges {
  const series = seriesOf(data);
  return {
    from,
    to,
    months: snapshotMonths(data.snapshots).filter((month) => month >= from && month <= to),
    rag: ragChanges(data.indicators, series, from, to),
    targets: targetChanges(data.indicators, from, to),
    actions: actionChanges(data.snapshots, data.workstreams ?? [], from, to),
  };
}

// ---------------------------------------------------------------- between two meetings

export interface ActionChange {
  workstream: string;
  action: Action;
  /** Newly overdue: the date in force; completed: the date it was done, when the plan says. */
  date?: string;
}

export interface ActionChanges {
  /** Overdue at `to` and not overdue (or not yet in the plan) at `from`. */
  newlyOverdue: ActionChange[];
  /** Complete at `to` and not complete (or not yet in the plan) at `from`. */
  completed: ActionChange[];
}

/**
 * The same action in two months' plans: by its id when it has one, else by its words (an
 * officer who edits an action's words without an id makes it a new action).
 */
function actionKey(workstream: string, action: Action): string {
  return action.id !== undefined ? `${workstream}\u0000id\u0000${action.id}` : `${workstream}\u0000text\u0000${action.action}`;
}

function plansOf(snapshot: Snapshot | undefined): Map<string, { workstream: string; action: Action }> {
  const found = new Map<string, { workstream: string; action: Action }>();
  for (const [workstream, report] of Object.entries(snapshot?.workstreams ?? {})) {
    for (const action of report.actionPlan ?? []) found.set(actionKey(workstream, action), { workstream, action });
  }
  return found;
}

/**
 * What happened to the plan's actions between two reporting months, as a committee that met at
 * `from` would ask at `to`: the actions that have become overdue since, and those completed since.
 * Each month's own plan is read (the contract has each snapshot carry its plan), so a date
 * revised in between counts as the plan said at `to`. Workstream order, then plan order.
 */
export function actionChanges(snapshots: readonly Snapshot[], workstreams: readonly Pick<Workstream, 'id'>[], from: string, to: string): ActionChanges {
  const before = plansOf(snapshots.find((snapshot) => snapshot.month === from));
  const after = plansOf(snapshots.find((snapshot) => snapshot.month === to));
  const order = new Map(workstreams.map((workstream, index) => [workstream.id, index]));
  const entries = [...after.entries()]
    .map(([key, entry], index) => ({ key, ...entry, index }))
    .sort((a, b) => (order.get(a.workstream) ?? order.size) - (order.get(b.workstream) ?? order.size) || a.index - b.index);
  const newlyOverdue: ActionChange[] = [];
  const completed: ActionChange[] = [];
  for (const { key, workstream, action } of entries) {
    const earlier = before.get(key)?.action;
    if (isOverdue(action, to) && !(earlier && isOverdue(earlier, from))) newlyOverdue.push({ workstream, action, date: dueInForce(action)! });
    if (action.status === 'complete' && earlier?.status !== 'complete') completed.push({ workstream, action, ...(action.completed ? { date: action.completed } : {}) });
  }
  return { newlyOverdue, completed };
}
