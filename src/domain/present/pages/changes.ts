// The Changes page's model: what changed between two reporting months (by default the three months
// before the latest, and the latest, as committees meet about quarterly): the RAG changes, the
// target changes, the plan's actions newly overdue and completed, and every indicator month by month.
import { changesBetween, resolveChangeSpan, type MonthChanges } from '../../board/changes';
import { seriesOf, snapshotMonths } from '../../board/monthView';
import { formatMonth, formatMonthLong } from '../../months';
import { actionChangeList, type ActionList } from '../actionWords';
import { changeRows, targetChangeSentences, type ChangeRow } from '../changeRows';
import { indicatorHref } from '../statusWords';
import { tableOf, textCell, type ColumnSpec, type TableModel } from '../table';
import type { PageData } from './pageData';

export interface ChangesParams {
  from?: string | null;
  to?: string | null;
}

export interface ChangesModel {
  months: string[];
  from: string;
  to: string;
  lead: string;
  /** Why the months shown are not the ones the address asked for. */
  note?: string;
  rag: { empty?: string; items: { id: string; href: string; name: string; change: string }[] };
  targets: { empty?: string; items: string[] };
  actions: [ActionList, ActionList];
  grid: TableModel;
}

/** A list, with the words said in its place only when it is empty. */
export function whenNone<T>(items: T[], empty: string): { items: T[]; empty?: string } {
  return items.length === 0 ? { items, empty } : { items };
}

/** The plan's actions newly overdue and completed between the two months, in a page's words. */
export function actionChangeLists(changes: MonthChanges, data: Pick<PageData, 'workstreams'>, words: { overdue: string; completed: string; between: string }): [ActionList, ActionList] {
  return [
    actionChangeList(words.overdue, `No action of the plan became overdue ${words.between}.`, changes.actions.newlyOverdue, data.workstreams, 'due'),
    actionChangeList(words.completed, `No action of the plan was completed ${words.between}.`, changes.actions.completed, data.workstreams, 'done'),
  ];
}

function grid(rows: readonly ChangeRow[], changes: MonthChanges): TableModel {
  return tableOf(
    {
      caption: `Figures and RAG, ${formatMonth(changes.from)} to ${formatMonth(changes.to)}`,
      columns: [
        { key: 'indicator', label: 'Indicator', rowHeader: true, cell: (row) => textCell(row.name, { href: indicatorHref(row.id, changes.to) }) },
        ...changes.months.map(
          (month, index): ColumnSpec<ChangeRow> => ({
            key: month,
            label: formatMonth(month),
            cell: (row) => {
              const cell = row.cells[index]!;
              // "Not available" once, not as the figure and again as its RAG.
              return { text: cell.ragText, tag: cell.rag ?? 'none', ...(cell.value === cell.ragText ? {} : { lead: cell.value }) };
            },
          }),
        ),
        { key: 'change', label: 'RAG change', cell: (row) => textCell(row.change ?? 'No change') },
      ],
      key: (row) => row.id,
    },
    rows,
  );
}

/** Undefined when there are not two months to compare. The months are the address's `from` and `to`, not its month. */
export function changesModel(data: PageData, _month: string | undefined, params: ChangesParams = {}): ChangesModel | undefined {
  const months = snapshotMonths(data.snapshots);
  const span = resolveChangeSpan(months, params.from ?? null, params.to ?? null);
  if (!span) return undefined;
  const changes = changesBetween(data, span.from, span.to);
  const rows = changeRows(data.indicators, seriesOf(data), changes);
  const between = `between ${formatMonth(span.from)} and ${formatMonth(span.to)}`;
  return {
    months,
    from: span.from,
    to: span.to,
    lead: `What changed from ${formatMonthLong(span.from)} to ${formatMonthLong(span.to)}.`,
    ...(span.note ? { note: span.note } : {}),
    rag: whenNone(
      rows.flatMap((row) => (row.change ? [{ id: row.id, href: indicatorHref(row.id, span.to), name: row.name, change: row.change }] : [])),
      `No indicator’s RAG changed from ${formatMonth(span.from)} to ${formatMonth(span.to)}.`,
    ),
    targets: whenNone(targetChangeSentences(data.indicators, changes), 'No target changed in these months.'),
    actions: actionChangeLists(changes, data, { overdue: `Newly overdue since ${formatMonth(span.from)}`, completed: `Completed since ${formatMonth(span.from)}`, between }),
    grid: grid(rows, changes),
  };
}
