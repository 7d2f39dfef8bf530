// The contract's own definitions for the plan's fields (shared/data-contract.md, "The plan's own
// fields"), on the ground floor because both rooms need them: contract/ checks a workstream's
// `actions` counts against its plan, board/ shows them. What an overdue action is, the counts
// that follow from a plan, and how a year-to-date figure is made by default for each unit.
import { lastDayOfMonth } from './months';
import type { Action, Indicator, Unit } from './schema';

/** The due date in force: the revised date when there is one. */
export function dueInForce(action: Pick<Action, 'due' | 'revisedDue'>): string | undefined {
  return action.revisedDue ?? action.due;
}

/**
 * Overdue in `month`: its date in force is before the month's last day and it is neither
 * complete nor deferred. An action with no date is never overdue.
 */
export function isOverdue(action: Action, month: string): boolean {
  const due = dueInForce(action);
  if (due === undefined) return false;
  if (action.status === 'complete' || action.status === 'deferred') return false;
  return due < lastDayOfMonth(month);
}

export interface ActionCounts {
  due: number;
  completed: number;
  overdue: number;
}

/**
 * The counts from the plan: due are the actions whose date in force falls by the month's end
 * (deferred ones are not due); completed, those of them complete; overdue, as isOverdue. So
 * completed + overdue never exceeds due, as the contract asks of hand-written counts.
 */
export function actionCounts(plan: readonly Action[], month: string): ActionCounts {
  const end = lastDayOfMonth(month);
  const dueBy = plan.filter((action) => {
    const due = dueInForce(action);
    return action.status !== 'deferred' && due !== undefined && due <= end;
  });
  return {
    due: dueBy.length,
    completed: dueBy.filter((action) => action.status === 'complete').length,
    overdue: plan.filter((action) => isOverdue(action, month)).length,
  };
}

export type Aggregate = NonNullable<Indicator['aggregate']>;

/** The contract's defaults: sum for counts, ratio for percents, mean for numbers and days. */
export const DEFAULT_AGGREGATE: Record<Unit, Aggregate> = {
  count: 'sum',
  percent: 'ratio',
  number: 'mean',
  days: 'mean',
};

export function aggregateFor(indicator: Pick<Indicator, 'unit' | 'aggregate'>): Aggregate {
  return indicator.aggregate ?? DEFAULT_AGGREGATE[indicator.unit];
}

/** `sum` only for counts (a sum of percentages means nothing), `ratio` only for percents (it needs numerators). */
export function aggregateFitsUnit(aggregate: Aggregate, unit: Unit): boolean {
  if (aggregate === 'sum') return unit === 'count';
  if (aggregate === 'ratio') return unit === 'percent';
  return true;
}
