// Whether a data folder uses the plan's own fields at all (shared/data-contract.md: "a folder
// written to the sections above stays valid and means what it meant"). The year to date has
// defaults for every unit, so without this switch a folder that never mentions the plan would
// grow year-to-date figures and new columns; with it, such a folder shows what it showed before.
import type { Indicator, Snapshot } from '../schema';

export function planInUse(indicators: readonly Indicator[], snapshots: readonly Snapshot[]): boolean {
  const inCatalogue = indicators.some(
    (indicator) =>
      indicator.owner !== undefined ||
      indicator.trajectory !== undefined ||
      indicator.aggregate !== undefined ||
      (indicator.targets ?? []).some((target) => target.reason !== undefined || target.approvedBy !== undefined || target.approved !== undefined) ||
      (indicator.spc?.recalculateFrom ?? []).some((entry) => typeof entry !== 'string'),
  );
  if (inCatalogue) return true;
  return snapshots.some(
    (snapshot) =>
      snapshot.questions !== undefined ||
      Object.values(snapshot.workstreams ?? {}).some((report) => report.actionPlan !== undefined) ||
      Object.values(snapshot.values).some((entry) => typeof entry === 'object' && entry !== null && (entry.quality !== undefined || entry.narrative !== undefined)),
  );
}
