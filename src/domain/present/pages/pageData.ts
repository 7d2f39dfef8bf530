// What a page model is made from: the published dataset (contract/publication.ts' PublishedDataset
// has all of it; the model reads it as plain data, so it needs nothing of the contract), and the
// frame every month page shares: the months to choose from and the month chosen.
import { snapshotMonths } from '../../board/monthView';
import type { ComparatorsFile, DashboardEvent, Indicator, Site, Snapshot, Workstream } from '../../schema';

export interface PageData {
  site?: Site;
  indicators: readonly Indicator[];
  workstreams: readonly Workstream[];
  events: readonly DashboardEvent[];
  comparators?: ComparatorsFile;
  /** Snapshots without errors, oldest first. */
  snapshots: readonly Snapshot[];
  /** The files the dataset was made from (Compare says when comparators.json had errors). */
  files?: readonly { file: string }[];
}

/** The month picker's months (every month with a snapshot, oldest first) and the month shown. */
export interface MonthFrame {
  month: string;
  months: string[];
}

export function monthFrame(data: Pick<PageData, 'snapshots'>, month: string): MonthFrame {
  return { month, months: snapshotMonths(data.snapshots) };
}
