// Said where the neighbour mean is shown: which DfE statistical neighbour model the neighbours come
// from and how their figure is made (the mean of those with a published figure, comparators.json's
// neighbourCount); and, for each DfE measure, when its next figures are due (board/publicationDue.ts).
import type { PublicationDue } from '../board/publicationDue';
import { formatIsoDate } from '../months';
import type { ComparatorMeasure, NeighbourModel } from '../schema';
import { periodPhrase } from './nationalWords';

/**
 * "Statistical neighbours: the 10 councils most like Croydon in the DfE statistical neighbour
 * model, 2025; the figure in 2023-24 is the mean of the 9 of them that have one."
 */
export function neighbourMethodSentence(
  model: NeighbourModel | undefined,
  measure: Pick<ComparatorMeasure, 'period' | 'neighbourCount' | 'neighbourMean'>,
  neighbours: number,
  council: string,
): string {
  const which = `the ${neighbours} councils most like ${council} in the ${model?.name ?? 'DfE’s statistical neighbour model'}`;
  const when = periodPhrase(measure.period);
  const count = measure.neighbourMean === undefined ? 0 : measure.neighbourCount;
  const method =
    count === 0
      ? `none of them has a published figure ${when}, so there is no mean`
      : count === undefined || count === neighbours
        ? `the figure ${when} is the mean of all ${neighbours}`
        : `the figure ${when} is the mean of the ${count} of them that have one`;
  return `Statistical neighbours: ${which}; ${method}.`;
}

/** "Next DfE figures due by 29 October 2026." or "Next DfE figures overdue: expected by 29 October 2026." */
export function publicationDueSentence(due: PublicationDue | undefined): string | undefined {
  if (!due) return undefined;
  const date = formatIsoDate(due.date);
  return due.status === 'due' ? `Next DfE figures due by ${date}.` : `Next DfE figures overdue: expected by ${date}.`;
}
