// When the DfE's next figures for a measure are expected, against the month the page shows (never
// today's clock, so a meeting's pack reads the same whenever it is opened): "due" up to and through
// the month the expected date falls in, "overdue" from the month after. The date is the mapping's
// `nextPublication` (data/benchmark-mapping.json, copied into comparators.json's dfeMeasures), which
// describes the publication after the latest period imported: for a month whose period in force is
// an earlier one, the next figures are already in the file, and nothing is due.
import { monthOfDate } from '../months';

export interface PublicationDue {
  status: 'due' | 'overdue';
  /** The expected date, YYYY-MM-DD. */
  date: string;
}

export function publicationDue(
  nextPublication: string | undefined,
  month: string,
  periods: { shown: string; latest: string | undefined },
): PublicationDue | undefined {
  if (!nextPublication || periods.shown !== periods.latest) return undefined;
  return { status: month > monthOfDate(nextPublication) ? 'overdue' : 'due', date: nextPublication };
}
