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
