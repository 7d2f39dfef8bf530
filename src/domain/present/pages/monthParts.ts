// Parts more than one page model shows of a month in the same words: how many exceptions there
// are, and the month's strengths and underperformance as two lists (the Overview, the pack).
import type { MonthSummary } from '../../board/summary';
import { formatMonth } from '../../months';
import type { TermSegment } from '../glossary';

/** "3 of 16 indicators are exceptions in Mar 2019." (`after` goes before the full stop.) */
export function exceptionsSentence(count: number, total: number, month: string, after = ''): string {
  if (count === 0) return `No indicator is an exception in ${formatMonth(month)}.`;
  return `${count} of ${total} indicators ${count === 1 ? 'is an exception' : 'are exceptions'} in ${formatMonth(month)}${after}.`;
}

export interface SummaryList {
  key: 'strengths' | 'underperformance';
  heading: string;
  /** Each sentence with its glossary terms marked. */
  items: { key: string; text: string; terms: TermSegment[] }[];
  /** Said in place of the list, only when it is empty. */
  empty?: string;
}

export type SummaryLists = [SummaryList, SummaryList];

/** `terms`: the strengths' then the underperformance's sentences, marked in the page's order. */
export function summaryLists(summary: MonthSummary, terms: readonly TermSegment[][]): SummaryLists {
  const list = (key: SummaryList['key'], heading: string, empty: string, items: MonthSummary['strengths'], from: number): SummaryList => ({
    key,
    heading,
    items: items.map((item, index) => ({ key: `${item.indicatorId}-${item.kind}`, text: item.text, terms: terms[from + index] ?? [{ text: item.text }] })),
    ...(items.length === 0 ? { empty } : {}),
  });
  return [
    list('strengths', 'Strengths and improvement', 'No indicator turned green or better, showed special cause improvement, improved three months running or did better than England.', summary.strengths, 0),
    list('underperformance', 'Underperformance', 'No indicator is red, slipped a RAG, showed special cause concern, worsened three months running or did worse than England.', summary.underperformance, summary.strengths.length),
  ];
}
