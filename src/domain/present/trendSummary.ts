// One or two plain sentences saying what a trend chart shows, for its text alternative.
import { formatValue } from '../format';
import { formatMonth } from '../months';
import type { Indicator } from '../schema';
import type { SeriesPoint } from '../board/series';
import { displayName } from '../names';
import { thresholdFor } from '../board/targets';
import { ragWord } from './words';

export function describeTrend(indicator: Indicator, series: readonly SeriesPoint[]): string {
  const valued = series.filter((point): point is SeriesPoint & { value: number } => typeof point.value === 'number');
  const name = displayName(indicator);
  if (valued.length === 0) return `${name} has no figures yet.`;
  const first = valued[0]!;
  const last = valued[valued.length - 1]!;
  if (valued.length === 1) return `${name} has one figure: ${formatValue(last.value, indicator)} in ${formatMonth(last.month)}.`;
  const verb = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'was unchanged';
  const movement =
    verb === 'was unchanged'
      ? `${name} was ${formatValue(first.value, indicator)} in both ${formatMonth(first.month)} and ${formatMonth(last.month)}`
      : `${name} ${verb} from ${formatValue(first.value, indicator)} in ${formatMonth(first.month)} to ${formatValue(last.value, indicator)} in ${formatMonth(last.month)}`;
  const highest = valued.reduce((best, point) => (point.value > best.value ? point : best));
  const lowest = valued.reduce((best, point) => (point.value < best.value ? point : best));
  const better = indicator.polarity === 'down' ? (verb === 'fell' ? ', an improvement' : verb === 'rose' ? ', a deterioration' : '') : indicator.polarity === 'up' ? (verb === 'rose' ? ', an improvement' : verb === 'fell' ? ', a deterioration' : '') : '';
  const sentences = [`${movement}${better}.`, `Highest ${formatValue(highest.value, indicator)} (${formatMonth(highest.month)}), lowest ${formatValue(lowest.value, indicator)} (${formatMonth(lowest.month)}).`];
  const rated = valued.filter((point) => point.rag);
  if (rated.length) {
    const greens = rated.filter((point) => point.rag === 'green').length;
    const threshold = thresholdFor(indicator, last.month);
    sentences.push(
      `Green in ${greens} of ${rated.length} months with a target; ${ragWord(last.rag).toLowerCase()} in ${formatMonth(last.month)}${threshold ? ` against a target of ${formatValue(threshold.target, indicator)}` : ''}.`,
    );
  }
  const unavailable = series.filter((point) => point.value === null).length;
  const noFile = series.filter((point) => point.noSnapshot).length;
  if (unavailable) sentences.push(`${unavailable} ${unavailable === 1 ? 'month was' : 'months were'} not available.`);
  if (noFile) sentences.push(`${noFile} ${noFile === 1 ? 'month has' : 'months have'} no snapshot.`);
  return sentences.join(' ');
}
