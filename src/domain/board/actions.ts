// The plan's overdue actions in a month (shared/data-contract.md, `actionPlan`), across the
// workstreams for the month view, and within one plan for the Workstreams page. What "overdue"
// means is the contract's, in ../plan.ts.
import { actionCounts, dueInForce, isOverdue, type ActionCounts } from '../plan';
import type { Action, Snapshot, Workstream, WorkstreamReport } from '../schema';

export interface OverdueAction {
  workstream: string;
  action: Action;
  /** The date in force. */
  due: string;
}

/** Every overdue action of the month's workstream reports, earliest date in force first. */
export function overdueActions(snapshot: Snapshot | undefined, workstreams: readonly Pick<Workstream, 'id'>[] = []): OverdueAction[] {
  if (!snapshot) return [];
  const order = new Map(workstreams.map((workstream, index) => [workstream.id, index]));
  const found: (OverdueAction & { order: number })[] = [];
  Object.entries(snapshot.workstreams ?? {}).forEach(([workstream, report]) => {
    for (const action of report.actionPlan ?? []) {
      if (isOverdue(action, snapshot.month)) found.push({ workstream, action, due: dueInForce(action)!, order: order.get(workstream) ?? order.size });
    }
  });
  return found
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.order - b.order))
    .map(({ workstream, action, due }) => ({ workstream, action, due }));
}

/** A workstream's plan with its overdue actions first (earliest first), the rest in the plan's order. */
export function actionsOverdueFirst(plan: readonly Action[], month: string): { action: Action; overdue: boolean }[] {
  const marked = plan.map((action, index) => ({ action, overdue: isOverdue(action, month), index }));
  return marked
    .sort((a, b) => {
      if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
      if (a.overdue) {
        const dueA = dueInForce(a.action)!;
        const dueB = dueInForce(b.action)!;
        if (dueA !== dueB) return dueA < dueB ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map(({ action, overdue }) => ({ action, overdue }));
}

/** A workstream report's counts: from its action plan when it has one, else as written. */
export function reportActionCounts(report: WorkstreamReport | undefined, month: string): Partial<ActionCounts> | undefined {
  if (!report) return undefined;
  if (report.actionPlan) return actionCounts(report.actionPlan, month);
  return report.actions;
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
