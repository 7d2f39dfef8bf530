// The Workstreams page's model: each workstream's progress report for a month (its table is also
// the pack's, and the page's CSV), each workstream's action plan with the overdue actions first,
// and the last twelve months' RAGs as a matrix in letters and words.
import { actionsOverdueFirst, reportActionCounts } from '../../board/actions';
import { ragWord } from '../words';
import { displayName } from '../../names';
import { formatMonth, lastMonthsUpTo } from '../../months';
import { actionCounts } from '../../plan';
import type { Action, Snapshot, Workstream } from '../../schema';
import { actionStatusWords, dueWords } from '../planWords';
import { indicatorHref } from '../statusWords';
import { figureCell, tableOf, textCell, type ColumnSpec, type TableModel } from '../table';
import { monthFrame, type MonthFrame, type PageData } from './pageData';

export interface ActionPlanModel {
  id: string;
  heading: string;
  /** "6 actions in the plan: 4 due by the end of Mar 2019, 2 of them complete, " and, in bold, "2 overdue". */
  sentence: string;
  overdue: string;
  table: TableModel;
}

export interface WorkstreamsModel extends MonthFrame {
  lead: string;
  progress: TableModel;
  plans?: { heading: string; intro: string; items: ActionPlanModel[] };
  history: { heading: string; intro: string; table: TableModel };
}

type Report = { workstream: Workstream; report: NonNullable<Snapshot['workstreams']>[string] | undefined; month: string };

const LETTER = { red: 'R', amber: 'A', green: 'G', blue: 'B' } as const;

/** Each workstream's report for the snapshot's month: RAG in words, status, highlights, risks and action counts. */
export function progressTable(workstreams: readonly Workstream[], snapshot: Snapshot, csv?: { fileName: string; label: string }): TableModel {
  const counts = ({ report, month }: Report) => reportActionCounts(report, month);
  const count = (key: 'due' | 'completed' | 'overdue') => (row: Report) => {
    const value = counts(row)?.[key];
    return figureCell(value === undefined ? '–' : String(value), value);
  };
  const list = (items: string[] | undefined) => (items && items.length > 0 ? { text: items.join('; '), items } : { text: '–', csv: '' });
  const columns: ColumnSpec<Report>[] = [
    { key: 'month', label: 'Month', hidden: true, csv: 'Month', cell: (row) => textCell(row.month) },
    { key: 'workstream', label: 'Workstream', rowHeader: true, csv: 'Workstream', cell: (row) => textCell(row.workstream.name, { strong: true, below: `SRO: ${row.workstream.sro}`, csv: row.workstream.name }) },
    { key: 'sro', label: 'Senior responsible owner', hidden: true, csv: 'Senior responsible owner', cell: (row) => textCell(row.workstream.sro) },
    { key: 'rag', label: 'RAG', csv: 'RAG', cell: (row) => (row.report ? { text: ragWord(row.report.rag), tag: row.report.rag } : { text: 'Not reported', tag: 'none' }) },
    { key: 'status', label: 'Status', csv: 'Status', cell: (row) => textCell(row.report?.status ?? '–', { csv: row.report?.status ?? '' }) },
    { key: 'highlights', label: 'Highlights', csv: 'Highlights', cell: (row) => list(row.report?.highlights) },
    { key: 'risks', label: 'Risks', csv: 'Risks', cell: (row) => list(row.report?.risks) },
    { key: 'due', label: 'Actions due', numeric: true, csv: 'Actions due', cell: count('due') },
    { key: 'completed', label: 'Completed', numeric: true, csv: 'Actions completed', cell: count('completed') },
    { key: 'overdue', label: 'Overdue', numeric: true, csv: 'Actions overdue', cell: count('overdue') },
  ];
  return tableOf(
    { caption: `Workstream progress, ${formatMonth(snapshot.month)}`, columns, key: (row) => row.workstream.id, ...(csv ? { csv } : {}) },
    workstreams.map((workstream) => ({ workstream, report: snapshot.workstreams?.[workstream.id], month: snapshot.month })),
  );
}

function actionPlan(workstream: Workstream, plan: readonly Action[], data: PageData, month: string): ActionPlanModel {
  const counts = actionCounts(plan, month);
  const names = new Map(data.indicators.map((indicator) => [indicator.id, displayName(indicator)]));
  const table = tableOf(
    {
      caption: `${workstream.name}: action plan, ${formatMonth(month)}`,
      columns: [
        { key: 'action', label: 'Action', rowHeader: true, cell: ({ action, overdue }) => textCell(`${action.id ? `${action.id}: ` : ''}${action.action}`, overdue ? { above: 'Overdue' } : {}) },
        { key: 'owner', label: 'Owner', cell: ({ action }) => textCell(action.owner ?? '–') },
        { key: 'due', label: 'Due', cell: ({ action }) => textCell(dueWords(action)) },
        { key: 'status', label: 'Status', cell: ({ action }) => textCell(actionStatusWords(action.status)) },
        {
          key: 'indicators',
          label: 'Indicators',
          cell: ({ action }) => {
            const ids = action.indicators ?? [];
            return ids.length === 0 ? textCell('–') : { text: ids.map((id) => names.get(id) ?? id).join(', '), links: ids.map((id) => ({ text: names.get(id) ?? id, href: indicatorHref(id, month) })) };
          },
        },
        { key: 'note', label: 'Note', cell: ({ action }) => textCell(action.note ?? '') },
      ],
      key: ({ action, index }) => action.id ?? `action-${index}`,
      flag: ({ overdue }) => (overdue ? 'overdue' : undefined),
    },
    actionsOverdueFirst(plan, month).map((entry, index) => ({ ...entry, index })),
  );
  return {
    id: workstream.id,
    heading: workstream.name,
    sentence: `${plan.length} ${plan.length === 1 ? 'action' : 'actions'} in the plan: ${counts.due} due by the end of ${formatMonth(month)}, ${counts.completed} of them complete, `,
    overdue: `${counts.overdue} overdue`,
    table,
  };
}

function history(data: PageData, month: string): WorkstreamsModel['history'] {
  const months = lastMonthsUpTo(data.snapshots, month, 12);
  return {
    heading: 'RAG history',
    intro: `The last ${months.length} months to ${formatMonth(month)}. R red, A amber, G green, B blue (complete).`,
    table: tableOf(
      {
        caption: 'Workstream RAG by month',
        columns: [
          { key: 'workstream', label: 'Workstream', rowHeader: true, cell: (workstream) => textCell(workstream.name) },
          ...months.map(
            (snapshot): ColumnSpec<Workstream> => ({
              key: snapshot.month,
              label: formatMonth(snapshot.month),
              cell: (workstream) => {
                const rag = snapshot.workstreams?.[workstream.id]?.rag;
                return rag ? { text: ragWord(rag), tag: rag, letter: LETTER[rag] } : { text: 'Not reported', tag: 'none', letter: '–' };
              },
            }),
          ),
        ],
        key: (workstream) => workstream.id,
      },
      data.workstreams,
    ),
  };
}

export function workstreamsModel(data: PageData, month: string): WorkstreamsModel {
  const snapshot = data.snapshots.find((candidate) => candidate.month === month)!;
  const plans = data.workstreams.flatMap((workstream) => {
    const plan = snapshot.workstreams?.[workstream.id]?.actionPlan;
    return plan ? [actionPlan(workstream, plan, data, month)] : [];
  });
  return {
    ...monthFrame(data, month),
    lead: `The improvement plan’s workstreams: each senior responsible owner’s progress report for ${formatMonth(month)}.`,
    progress: progressTable(data.workstreams, snapshot, { fileName: `workstreams-${month}.csv`, label: 'Download this table (CSV)' }),
    ...(plans.length > 0
      ? {
          plans: {
            heading: `Action plans, ${formatMonth(month)}`,
            intro: 'Overdue actions come first in each plan. An action is overdue when its date (the revised date, if it has one) has passed by the end of the month and it is neither complete nor deferred.',
            items: plans,
          },
        }
      : {}),
    history: history(data, month),
  };
}
