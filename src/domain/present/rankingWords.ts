// A council's rank among its statistical neighbours (board/ranking.ts) in words: "Joint 3rd",
// what 1st means for the measure, a figure or why it is not published, and the chart's sentence.
import { councilEntry, isJointFigure, type Ranked } from '../board/ranking';
import { formatValue } from '../format';
import { displayName } from '../names';
import type { ComparatorMeasure, Indicator, Polarity } from '../schema';

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** A rank in words for a table: "3rd", "Joint 3rd", "Not ranked". */
export function rankText(entry: { rank: number | null; joint: boolean }): string {
  if (entry.rank === null) return 'Not ranked';
  return `${entry.joint ? 'Joint ' : ''}${ordinal(entry.rank)}`;
}

/** What 1st means for this polarity, in a sentence for the page. */
export function rankingRule(polarity: Polarity): string {
  if (polarity === 'up') return 'Ranked best to worst: higher is better, so 1st has the highest figure.';
  if (polarity === 'down') return 'Ranked best to worst: lower is better, so 1st has the lowest figure.';
  return 'Ranked highest to lowest. This measure is context only: neither higher nor lower is better, so 1st is the highest, not the best.';
}

/** "Not published (suppressed)" from a note such as "suppressed (c)"; the DfE's symbol left out. */
export function notPublishedText(note: string | undefined): string {
  const reason = (note ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  return reason && reason !== 'not published' ? `Not published (${reason})` : 'Not published';
}

/** A council's figure in words: "52%", "under 0.5%" for the DfE's "low", or why it is not published. */
export function figureText(
  entry: { value: number | null; below?: number; note?: string },
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
): string {
  if (entry.value !== null) return formatValue(entry.value, indicator);
  if (entry.below !== undefined) return `under ${formatValue(entry.below, indicator)}`;
  return notPublishedText(entry.note);
}

/** "Statistical neighbours (mean of 8)": the true count when the file gives it. */
export function neighbourMeanLabel(measure: Pick<ComparatorMeasure, 'neighbourCount'>): string {
  return measure.neighbourCount === undefined ? 'Statistical neighbours (mean)' : `Statistical neighbours (mean of ${measure.neighbourCount})`;
}

/**
 * One sentence for the chart: "Croydon ranks 7th of 11 among its statistical neighbours for ICPC
 * timeliness in 2017-18 (52%; neighbour mean 61.2%; England 76.9%)." Says how many neighbours had
 * no published figure, and, for a neutral measure, "highest" rather than a rank that sounds like
 * a judgement.
 */
export function describeRanking(
  indicator: Pick<Indicator, 'name' | 'shortName' | 'unit' | 'decimals' | 'polarity'>,
  measure: Pick<ComparatorMeasure, 'period' | 'england' | 'neighbourMean'>,
  ranked: readonly Ranked<{ la: string; value: number | null; below?: number; council?: boolean; note?: string }>[],
  council: string,
): string {
  const name = displayName(indicator);
  // "in 2017-18", but "at 30 Sep 2017" for a workforce snapshot.
  const when = /^at /i.test(measure.period) ? measure.period : `in ${measure.period}`;
  const own = councilEntry(ranked, council);
  const who = own?.la ?? council;
  const figures = [
    measure.neighbourMean !== undefined ? `neighbour mean ${formatValue(measure.neighbourMean, indicator)}` : undefined,
    measure.england !== undefined ? `England ${formatValue(measure.england, indicator)}` : undefined,
  ].filter(Boolean);
  if (!own || own.rank === null) {
    const why = own ? notPublishedText(own.note).replace(/^Not published/, 'not published') : 'not published';
    return `${who}’s figure for ${name} ${when} is ${why}, so it is not ranked among its statistical neighbours${figures.length ? ` (${figures.join('; ')})` : ''}.`;
  }
  const total = ranked.filter((entry) => entry.rank !== null).length;
  const joint = own.joint ? 'joint ' : '';
  const position =
    indicator.polarity === 'neutral'
      ? `has the ${joint}${own.rank === 1 ? '' : `${ordinal(own.rank)} `}highest figure of ${total}`
      : `ranks ${joint}${ordinal(own.rank)} of ${total}`;
  const missing = ranked.length - total;
  const missingText = missing === 0 ? '' : `; ${missing === 1 ? '1 neighbour’s figure is' : `${missing} neighbours’ figures are`} not published`;
  const jointText = isJointFigure(own) ? '; a joint figure published with another council' : '';
  return `${who} ${position} among its statistical neighbours for ${name} ${when} (${[figureText(own, indicator), ...figures].join('; ')}${jointText})${missingText}.`;
}
