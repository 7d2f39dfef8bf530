// Everything the board asks of one indicator in one month, in one place: the figure, its RAG,
// its direction of travel, the target in force and how it compares with England.
import { compareWith, englandFor, type Comparison } from './comparison';
import { directionOfTravel, type DirectionOfTravel } from './direction';
import type { RagStatus } from './rag';
import type { Benchmark, Indicator, Snapshot } from '../schema';
import { indicatorSeries, reportingMonths, smallDenominatorNote, type SeriesPoint } from './series';
import type { VariationIcon } from './spc/spcTypes';
import { indicatorPlan, type IndicatorPlan } from './indicatorPlan';
import { indicatorSpc } from './spc/spcIndicator';
import { processRun, type ProcessRun } from './spc/processRun';
import { spcVerdict, type Assurance, type SpcVerdict } from './spc/spcVerdict';
import { targetInForce, type Threshold } from './targets';

export interface IndicatorStatus {
  indicator: Indicator;
  month: string;
  point: SeriesPoint | undefined;
  value: number | null | undefined;
  rag: RagStatus | undefined;
  travel: DirectionOfTravel | undefined;
  threshold: Threshold | undefined;
  england: Benchmark | undefined;
  vsEngland: Comparison | undefined;
  smallDenominator: string | undefined;
  series: SeriesPoint[];
  /** Making Data Count icons for the latest point up to the month (none with too few points). */
  variation: VariationIcon | undefined;
  assurance: Assurance;
  /** The board's reading of the SPC: the icons above, too few points, recalculate from. */
  spc: SpcVerdict;
  /** Where a changed process now runs, against the target (a shift or trend at the latest point). */
  process: ProcessRun | undefined;
  /** Owner, quality, narrative, trajectory and year to date (the plan's own fields). */
  plan: IndicatorPlan;
}

export function indicatorStatus(indicator: Indicator, series: SeriesPoint[], month: string): IndicatorStatus {
  const point = series.find((candidate) => candidate.month === month);
  const value = point?.value;
  const threshold = targetInForce(indicator, month);
  const england = englandFor(indicator, month);
  const analysis = indicatorSpc(indicator, series, month);
  const spc = spcVerdict(analysis, indicator.polarity);
  return {
    indicator,
    month,
    point,
    value,
    rag: point?.rag,
    travel: directionOfTravel(indicator, series, month),
    threshold,
    england,
    vsEngland: england && typeof value === 'number' ? compareWith(indicator, value, england.value) : undefined,
    smallDenominator: point && indicator.unit === 'percent' ? smallDenominatorNote(point) : undefined,
    series,
    variation: spc.variation,
    assurance: spc.assurance,
    spc,
    process: processRun(indicator, series, month, point?.rag, analysis),
    plan: indicatorPlan(indicator, series, month),
  };
}

/** Every indicator's series, computed once per dataset. */
export function allSeries(indicators: readonly Indicator[], snapshots: readonly Snapshot[]): Map<string, SeriesPoint[]> {
  const months = reportingMonths(snapshots);
  return new Map(indicators.map((indicator) => [indicator.id, indicatorSeries(indicator, snapshots, months)]));
}
