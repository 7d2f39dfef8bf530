// The plan's own fields for one indicator in one month, in one place for the month view: who
// answers for it, how far the figure can be relied on, the month's narrative, the trajectory
// and the year to date. A catalogue and snapshots without these fields give an empty plan.
import type { Indicator, ValueObject } from '../schema';
import type { SeriesPoint } from './series';
import { trajectoryFor, type TrajectoryMonth } from './trajectory';
import { yearToDate, type YearToDate } from './yearToDate';

export interface IndicatorPlan {
  owner: string | undefined;
  quality: ValueObject['quality'];
  narrative: ValueObject['narrative'];
  trajectory: TrajectoryMonth | undefined;
  yearToDate: YearToDate | undefined;
}

export function indicatorPlan(indicator: Indicator, series: readonly SeriesPoint[], month: string): IndicatorPlan {
  const point = series.find((candidate) => candidate.month === month);
  return {
    owner: indicator.owner,
    quality: point?.quality,
    narrative: point?.narrative,
    trajectory: trajectoryFor(indicator, month, point?.value),
    yearToDate: yearToDate(indicator, series, month),
  };
}
