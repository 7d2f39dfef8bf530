// The month in sentences, as officers wrote it by hand in the seed report (sections 4.3 and 4.4):
// strengths (turned green, improved for N months running, better than England) and
// underperformance (red, worsened, red for N months running).
import { compareWith, englandFor } from './comparison';
import { directionOfTravel, runLength } from './direction';
import { formatValue } from '../format';
import { formatMonth } from '../months';
import type { Indicator } from '../schema';
import type { SeriesPoint } from './series';
import { thresholdFor } from './targets';

/** A run this long or longer is worth a sentence of its own. */
export const RUN_WORTH_SAYING = 3;

export interface SummaryItem {
  indicatorId: string;
  kind: 'turned-green' | 'improving-run' | 'better-than-england' | 'improved' | 'red' | 'red-run' | 'worsened' | 'worse-than-england';
  text: string;
}

export interface MonthSummary {
  strengths: SummaryItem[];
  underperformance: SummaryItem[];
}

export function displayName(indicator: Indicator): string {
  return indicator.shortName ?? indicator.name;
}

function redRun(series: readonly SeriesPoint[], month: string): number {
  let count = 0;
  for (const point of [...series].reverse()) {
    if (point.month > month) continue;
    if (point.value === undefined && point.noSnapshot) continue;
    if (point.rag !== 'red') break;
    count++;
  }
  return count;
}

export function summariseIndicator(indicator: Indicator, series: readonly SeriesPoint[], month: string): MonthSummary {
  const strengths: SummaryItem[] = [];
  const underperformance: SummaryItem[] = [];
  const point = series.find((candidate) => candidate.month === month);
  if (!point || typeof point.value !== 'number') return { strengths, underperformance };
  const name = displayName(indicator);
  const value = formatValue(point.value, indicator);
  const item = (kind: SummaryItem['kind'], text: string): SummaryItem => ({ indicatorId: indicator.id, kind, text });
  const travel = directionOfTravel(indicator, series, month);
  const previous = travel ? formatValue(travel.previousValue, indicator) : undefined;
  const threshold = thresholdFor(indicator, month);
  const target = threshold ? formatValue(threshold.target, indicator) : undefined;

  const previousPoint = travel ? series.find((candidate) => candidate.month === travel.previousMonth) : undefined;
  if (point.rag === 'green' && previousPoint?.rag && previousPoint.rag !== 'green') {
    strengths.push(item('turned-green', `${name} turned green at ${value} (target ${target}), from ${previousPoint.rag} in ${formatMonth(previousPoint.month)}.`));
  }
  const improving = runLength(indicator, series, month, 'improved');
  if (improving >= RUN_WORTH_SAYING) {
    strengths.push(item('improving-run', `${name} has improved for ${improving} months running, to ${value}.`));
  } else if (travel?.direction === 'improved') {
    strengths.push(item('improved', `${name} improved to ${value}, from ${previous} in ${formatMonth(travel.previousMonth)}.`));
  }
  const england = englandFor(indicator, month);
  if (england) {
    const comparison = compareWith(indicator, point.value, england.value);
    const englandText = `England (${formatValue(england.value, indicator)}, ${england.period})`;
    if (comparison === 'better') strengths.push(item('better-than-england', `${name} at ${value} is better than ${englandText}.`));
    if (comparison === 'worse') underperformance.push(item('worse-than-england', `${name} at ${value} is worse than ${englandText}.`));
  }

  const reds = redRun(series, month);
  if (reds >= RUN_WORTH_SAYING) {
    underperformance.push(item('red-run', `${name} has been red for ${reds} months running: ${value} against a target of ${target}.`));
  } else if (point.rag === 'red') {
    underperformance.push(item('red', `${name} is red: ${value} against a target of ${target}.`));
  }
  if (travel?.direction === 'worsened') {
    underperformance.push(item('worsened', `${name} worsened to ${value}, from ${previous} in ${formatMonth(travel.previousMonth)}.`));
  }
  return { strengths, underperformance };
}

export function summariseMonth(entries: readonly { indicator: Indicator; series: readonly SeriesPoint[] }[], month: string): MonthSummary {
  const summary: MonthSummary = { strengths: [], underperformance: [] };
  for (const { indicator, series } of entries) {
    const one = summariseIndicator(indicator, series, month);
    summary.strengths.push(...one.strengths);
    summary.underperformance.push(...one.underperformance);
  }
  return summary;
}
