// How a figure compares with a comparator, and the comparison rules (board/comparison.ts), in words.
import type { Comparison } from '../board/comparison';

export function comparisonWord(comparison: Comparison | undefined): string {
  switch (comparison) {
    case 'better':
      return 'Better';
    case 'worse':
      return 'Worse';
    case 'similar':
      return 'Similar';
    case 'higher':
      return 'Higher';
    case 'lower':
      return 'Lower';
    default:
      return 'No comparator';
  }
}

/** board/comparison.ts's compareWith in a sentence, as the Targets page states it. */
export const COMPARISON_RULE =
  'Similar means within 1 percentage point of England for a percentage, or within 5% of England’s figure for other measures. Better or worse follows whether higher or lower is better for the indicator.';

/** board/comparison.ts's inForceAt (a month's comparators are its own period's) in a sentence, stated on every page that shows comparators. */
export function periodRule(month: string | undefined, formattedMonth?: string): string {
  const when = month ? `for ${formattedMonth ?? month}` : 'for each month';
  return `Comparators are those of the month’s own period: ${when}, the latest published figures for a period that had begun by then (a financial year from April, a workforce census from 30 September).`;
}
