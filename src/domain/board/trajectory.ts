// The plan's trajectory (shared/data-contract.md, "The plan's own fields"): milestones a month
// apart or a year apart, and the planned value for any month read off the straight line between
// the two milestones around it. Before the first milestone there is no plan yet; after the last,
// the last milestone's value stands (NHSRplotthedots' `trajectory` holds the same way).
import { monthsBetween } from '../months';
import type { Indicator, Polarity } from '../schema';

export type TrajectoryStatus = 'on' | 'behind';

export interface TrajectoryMonth {
  planned: number;
  /** Undefined when the month has no figure or the indicator is neutral. */
  status: TrajectoryStatus | undefined;
}

/** The planned value for `month`, or undefined before the first milestone or with no trajectory. */
export function plannedValue(indicator: Pick<Indicator, 'trajectory'>, month: string): number | undefined {
  const milestones = [...(indicator.trajectory ?? [])].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  if (milestones.length === 0 || month < milestones[0]!.month) return undefined;
  for (let index = 0; index < milestones.length - 1; index++) {
    const from = milestones[index]!;
    const to = milestones[index + 1]!;
    if (month >= from.month && month <= to.month) {
      const span = monthsBetween(from.month, to.month);
      if (span === 0) return to.value;
      return from.value + ((to.value - from.value) * monthsBetween(from.month, month)) / span;
    }
  }
  return milestones[milestones.length - 1]!.value;
}

/** On trajectory when the value is at or better than the planned value, by polarity. */
export function trajectoryStatusOf(polarity: Polarity, value: number, planned: number): TrajectoryStatus | undefined {
  if (polarity === 'neutral') return undefined;
  // Straight-line plans give values like 71.6666…; a figure reported to one decimal that meets
  // the plan as shown must not read as behind, so compare at a tolerance far below any display.
  const EPSILON = 1e-9;
  const better = polarity === 'up' ? value >= planned - EPSILON : value <= planned + EPSILON;
  return better ? 'on' : 'behind';
}

/** The month against the plan: undefined when there is no planned value for the month. */
export function trajectoryFor(indicator: Pick<Indicator, 'trajectory' | 'polarity'>, month: string, value: number | null | undefined): TrajectoryMonth | undefined {
  const planned = plannedValue(indicator, month);
  if (planned === undefined) return undefined;
  return { planned, status: typeof value === 'number' ? trajectoryStatusOf(indicator.polarity, value, planned) : undefined };
}
