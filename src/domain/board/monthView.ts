// The month view: one pure function from the checked data and a month to everything a page shows
// of that month. Every page, the meeting pack and `npm run report` read this; none re-decides a
// rule. Series are worked out once per data set (a WeakMap keyed on the snapshots array), so
// moving between months is cheap.
import type { Indicator, Snapshot, Workstream } from '../schema';
import { overdueActions, type OverdueAction } from './actions';
import { planInUse } from './planInUse';
import type { SeriesPoint } from './series';
import { allSeries, indicatorStatus, type IndicatorStatus } from './status';
import { summariseMonth, type MonthSummary } from './summary';
import { exceptionReasons } from './exceptions';

/** What the month view needs of the checked data set (contract's `Dataset` has all of it). */
export interface MonthViewInput {
  indicators: readonly Indicator[];
  snapshots: readonly Snapshot[];
  workstreams?: readonly Workstream[];
}

export interface MonthView {
  month: string;
  /** Every month with a snapshot, oldest first. */
  months: string[];
  /** The reporting month before `month` that has a snapshot, if any. */
  previousMonth: string | undefined;
  /** The month's snapshot; undefined when the month has no file. */
  snapshot: Snapshot | undefined;
  /** Every indicator of the catalogue, in its order. */
  indicators: IndicatorStatus[];
  /** The priority indicators, for the Overview and the pack. */
  priority: IndicatorStatus[];
  summary: MonthSummary;
  /** The plan's actions that are overdue in the month, earliest first (empty without action plans). */
  actions: { overdue: OverdueAction[] };
  /** Whether the folder uses the plan's fields at all: pages show the plan's columns only then. */
  planInUse: boolean;
  /** Indicators to look at first, with the reasons in words (board/exceptions.ts), in catalogue order. */
  exceptions: IndicatorException[];
}

export interface IndicatorException {
  indicator: string;
  reasons: string[];
  status: IndicatorStatus;
}


const seriesCache = new WeakMap<readonly Snapshot[], WeakMap<readonly Indicator[], Map<string, SeriesPoint[]>>>();

/** Every indicator's series over every reporting month, once per data set. */
export function seriesOf(data: MonthViewInput): Map<string, SeriesPoint[]> {
  let byCatalogue = seriesCache.get(data.snapshots);
  if (!byCatalogue) {
    byCatalogue = new WeakMap();
    seriesCache.set(data.snapshots, byCatalogue);
  }
  let series = byCatalogue.get(data.indicators);
  if (!series) {
    series = allSeries(data.indicators, data.snapshots);
    byCatalogue.set(data.indicators, series);
  }
  return series;
}

/** Months that have a snapshot, oldest first. */
export function snapshotMonths(snapshots: readonly Snapshot[]): string[] {
  return snapshots.map((snapshot) => snapshot.month).sort();
}

/** The latest month with a snapshot, or undefined for an empty folder. */
export function latestMonth(snapshots: readonly Snapshot[]): string | undefined {
  return snapshotMonths(snapshots).at(-1);
}

const planCache = new WeakMap<readonly Snapshot[], WeakMap<readonly Indicator[], boolean>>();

/** planInUse, once per data set. */
function planUsed(data: MonthViewInput): boolean {
  let byCatalogue = planCache.get(data.snapshots);
  if (!byCatalogue) {
    byCatalogue = new WeakMap();
    planCache.set(data.snapshots, byCatalogue);
  }
  let used = byCatalogue.get(data.indicators);
  if (used === undefined) {
    used = planInUse(data.indicators, data.snapshots);
    byCatalogue.set(data.indicators, used);
  }
  return used;
}

export function monthView(data: MonthViewInput, month: string): MonthView {
  const months = snapshotMonths(data.snapshots);
  const series = seriesOf(data);
  const indicators = data.indicators.map((indicator) => indicatorStatus(indicator, series.get(indicator.id) ?? [], month));
  const priority = indicators.filter((status) => status.indicator.priority);
  return {
    month,
    months,
    previousMonth: months.filter((candidate) => candidate < month).at(-1),
    snapshot: data.snapshots.find((snapshot) => snapshot.month === month),
    indicators,
    priority,
    summary: summariseMonth(
      priority.map((status) => ({ indicator: status.indicator, series: status.series, spc: status.spc })),
      month,
    ),
    actions: { overdue: overdueActions(data.snapshots.find((snapshot) => snapshot.month === month), data.workstreams) },
    planInUse: planUsed(data),
    exceptions: indicators.flatMap((status) => {
      const reasons = exceptionReasons({
        month,
        series: status.series,
        concerning: status.variation === 'concern',
        willMissTarget: status.assurance === 'consistently-missed',
        behindTrajectory: status.plan.trajectory?.status === 'behind',
        poorQuality: status.plan.quality === 'poor',
      });
      return reasons.length > 0 ? [{ indicator: status.indicator.id, reasons, status }] : [];
    }),
  };
}

