// The Changes page's figures revised since the last meeting, in words: against the publication a
// meeting on the first month saw last (from the publication log), or another the reader chooses.
// The log and the earlier publication load after the page, so this part has its own model, made
// from what has loaded so far.
import type { RevisedFigure } from '../../board/revisedFigures';
import { formatIsoTime, formatMonth } from '../../months';
import type { Indicator } from '../../schema';
import { revisionRows } from '../changeRows';
import { tableOf, textCell, type TableModel } from '../table';

interface Logged {
  id: string;
  published: string;
  months: string[];
}

/** What has loaded of the log and the earlier publication (src/data/useRevisions.ts). */
export type RevisionsInput =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'none'; logged: Logged[]; same: boolean }
  | { status: 'ready'; logged: Logged[]; earlier: Logged; revised: RevisedFigure[] };

export interface RevisionsModel {
  heading: string;
  /** A sentence alone: loading, failed, or nothing to compare with. */
  message?: string;
  /** The choice of another publication, when the log has more than one. */
  chooser?: { label: string; options: { value: string; label: string }[] };
  /** Against an earlier publication: the sentence, its pack, and the figures revised. */
  compared?: { before: string; id: string; after: string; pack: { text: string; month: string; publication: string }; table?: TableModel };
}

const lastMonth = (logged: Logged) => logged.months[logged.months.length - 1];

export function revisionsModel(indicators: readonly Indicator[], from: string, input: RevisionsInput): RevisionsModel {
  const heading = 'Figures revised since the last meeting';
  if (input.status === 'loading') return { heading, message: 'Loading the publication log…' };
  if (input.status === 'failed') return { heading, message: `The revised figures cannot be shown: ${input.reason}.` };
  const chooser =
    input.logged.length > 1
      ? {
          label: 'Compare with another publication ',
          options: [
            { value: '', label: `The one a meeting on ${formatMonth(from)} saw last` },
            ...input.logged.map((item) => ({ value: item.id, label: `${formatIsoTime(item.published)}${lastMonth(item) ? `, to ${formatMonth(lastMonth(item)!)}` : ''}` })),
          ],
        }
      : undefined;
  if (input.status === 'none') {
    return {
      heading,
      message: input.same
        ? 'The publication a meeting on this month saw last is the one shown now, so no published figure has been revised since.'
        : `This site keeps no publication from when ${formatMonth(from)} was the latest month (its publication log starts later), so revisions since then cannot be listed.`,
      ...(chooser ? { chooser } : {}),
    };
  }
  const rows = revisionRows(indicators, input.revised);
  const { earlier } = input;
  const table: TableModel | undefined =
    rows.length > 0
      ? tableOf(
          {
            caption: `Figures revised since ${formatIsoTime(earlier.published)}`,
            columns: [
              { key: 'indicator', label: 'Indicator', rowHeader: true, cell: (row) => textCell(row.name) },
              { key: 'month', label: 'Month', className: 'nowrap', cell: (row) => textCell(formatMonth(row.month)) },
              { key: 'before', label: 'As published then', cell: (row) => textCell(row.before) },
              { key: 'after', label: 'Now', cell: (row) => textCell(row.after) },
            ],
            key: (row) => row.key,
          },
          rows,
        )
      : undefined;
  return {
    heading,
    ...(chooser ? { chooser } : {}),
    compared: {
      before: `Compared with the figures published on ${formatIsoTime(earlier.published)} (publication `,
      id: earlier.id,
      after:
        `${lastMonth(earlier) ? `, months to ${formatMonth(lastMonth(earlier)!)}` : ''}): ` +
        `${rows.length === 0 ? 'no figure has been revised since.' : `${rows.length} figure${rows.length === 1 ? ' was' : 's were'} revised since.`} `,
      pack: { text: 'Open the meeting pack as published then', month: lastMonth(earlier) ?? from, publication: earlier.id },
      ...(table ? { table } : {}),
    },
  };
}
