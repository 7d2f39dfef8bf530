// Two figures for one measure, reconciled where they meet (issue 28, item 3): the council's own
// monthly figure (the Overview's "ICPC timeliness 86.3%") and the DfE's published figure for a
// period (Compare's "Croydon 65.3%"), in one sentence saying which is which, for which period, and
// why they differ: a different period (a month against a year, or against the 30 September
// census), a count against a percentage, a definition the mapping says differs.
import { periodStartMonth } from '../board/benchmarkSeries';
import { formatValue } from '../format';
import { addMonths, formatMonthLong } from '../months';
import type { DfeMeasure, Indicator, Unit } from '../schema';

export interface MonthlyFigure {
  month: string;
  value: number;
}

export interface PublishedFigure extends Pick<DfeMeasure, 'calculated' | 'definitionDifference'> {
  period: string;
  value: number;
  /** The published figure's unit, when it is not the indicator's (a count beside a percentage). */
  unit?: Unit;
}

const AS_WORDS: Record<Unit, string> = { percent: 'a percentage', count: 'a count', number: 'a number', days: 'a number of days' };

/** "for 2018-19 (April 2018 to March 2019)", "at 30 Sep 2018", or "for <period>" when it cannot be placed. */
function publishedPeriod(period: string): { text: string; kind: 'year' | 'census' | 'other'; start?: string } {
  const start = periodStartMonth(period);
  if (/^\d{4}-\d{2}$/.test(period.trim()) && start) {
    return { text: `for ${period} (${formatMonthLong(start)} to ${formatMonthLong(addMonths(start, 11))})`, kind: 'year', start };
  }
  if (/^at /i.test(period.trim()) && start) return { text: period.trim(), kind: 'census', start };
  return { text: `for ${period}`, kind: 'other' };
}

/** The one sentence for where the two figures meet. */
export function twoFiguresSentence(
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
  council: string,
  own: MonthlyFigure,
  published: PublishedFigure,
): string {
  const publishedUnit = published.unit ?? indicator.unit;
  const ownText = formatValue(own.value, indicator);
  const publishedText = formatValue(published.value, { unit: publishedUnit, decimals: indicator.decimals });
  const period = publishedPeriod(published.period);
  const ownMonth = formatMonthLong(own.month);

  const reasons: string[] = [];
  if (period.kind === 'year') reasons.push(`they cover different periods (one month against a whole year)`);
  else if (period.kind === 'census' && period.start !== own.month) reasons.push(`they describe different dates (${ownMonth} against ${published.period.replace(/^at /i, '')})`);
  else if (period.kind === 'other') reasons.push(`they cover different periods (${ownMonth} against ${published.period})`);
  if (publishedUnit !== indicator.unit) reasons.push(`one is ${AS_WORDS[indicator.unit]} and the other ${AS_WORDS[publishedUnit]}`);
  if (published.definitionDifference) reasons.push(`they are defined differently: ${published.definitionDifference}`);

  const how = published.calculated ? ', worked out from the counts the DfE publishes' : '';
  const why =
    reasons.length === 0
      ? 'both describe the same date, so any difference lies in what each counts and when it was recorded'
      : `they differ because ${reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}`}`;
  return `${ownText} is ${council}’s own figure for ${ownMonth}, from its monthly returns; ${publishedText} is the DfE’s published figure ${period.text}${how}; ${why}.`;
}
