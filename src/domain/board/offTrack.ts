// The indicators the board asks about first: red in the month, or behind the plan's trajectory
// (shared/data-contract.md: "for every indicator off track: what the figure shows, why, what is
// being done and by whom"). In the catalogue's order.
import type { IndicatorStatus } from './status';

export function offTrack(statuses: readonly IndicatorStatus[]): IndicatorStatus[] {
  return statuses.filter((status) => status.rag === 'red' || status.plan.trajectory?.status === 'behind');
}
