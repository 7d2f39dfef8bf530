// The log of target changes (shared/data-contract.md: a target's `reason`, `approvedBy` and
// `approved`): every dated target of an indicator, oldest first, with what it replaced.
import type { Indicator } from '../schema';
import { targetEntries } from './targets';

export interface TargetChange {
  from: string;
  target: number;
  amber?: number;
  /** The target it replaced; undefined for the first. */
  previous?: number;
  reason?: string;
  approvedBy?: string;
  approved?: string;
}

/** The log, or empty when the indicator has no dated targets (the shorthand has no history). */
export function targetChanges(indicator: Indicator): TargetChange[] {
  return targetEntries(indicator).map((entry, index, entries) => ({
    from: entry.from,
    target: entry.target,
    amber: entry.amber,
    previous: index > 0 ? entries[index - 1]!.target : undefined,
    reason: entry.reason,
    approvedBy: entry.approvedBy,
    approved: entry.approved,
  }));
}

/** Whether any target carries its reason or approval: only then is the log worth a section. */
export function hasTargetRecord(indicator: Indicator): boolean {
  return targetEntries(indicator).some((entry) => entry.reason !== undefined || entry.approvedBy !== undefined || entry.approved !== undefined);
}
