// The Targets page's model: every indicator against its target for a month, filtered by area,
// status and owner as the address asks, in the order asked for, as one table and its CSV. Each
// column is one spec (targetColumns.ts): its cell for the page and its value for the CSV.
import { monthView } from '../../board/monthView';
import type { IndicatorStatus } from '../../board/status';
import { displayName } from '../../names';
import { COMPARISON_RULE } from '../comparisonWords';
import type { Indicator } from '../../schema';
import { formatMonth } from '../../months';
import { firstUses } from '../glossary';
import { parseSort, sortRows, tableOf, type ColumnSpec, type TableModel } from '../table';
import { reconcilingSentence } from '../reconcile';
import { MORE_COLUMN, NATIONAL_COLUMNS, NATIONAL_CSV_ORDER, PLAN_COLUMNS, PLAN_CSV_ORDER, TARGET_COLUMNS, TARGETS_CSV_ORDER, type TargetRow } from './targetColumns';
import { hasNational, nationalColumnNote, standingsAt } from './nationalParts';
import { monthFrame, type MonthFrame, type PageData } from './pageData';

export interface TargetsParams {
  area?: string | null;
  status?: string | null;
  owner?: string | null;
  sort?: string | null;
  /** `all`: the "More columns" choice open (the address keeps it as ?columns=all). */
  columns?: string | null;
}

/** The address's value for the "More columns" choice open. */
export const ALL_COLUMNS = 'all';

/** The choice of the columns the board reads less, drawn as a disclosure above the table. */
export interface MoreColumnsModel {
  open: boolean;
  summary: string;
  /** What opening it shows, and that the CSV has every column whatever is shown. */
  text: string;
}

export interface FilterModel {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}

export interface TargetsModel extends MonthFrame {
  lead: string;
  /** Area, status, and the owner when the catalogue names any. */
  filters: FilterModel[];
  /** Whether any filter is set: the page offers to clear them. */
  filtered: boolean;
  /** "Showing 5 of 16 indicators." */
  count: string;
  /** The board's columns first, then those behind "More columns" (their className MORE_COLUMN). */
  table: TableModel;
  moreColumns: MoreColumnsModel;
  /** Said under the table when no row is left. */
  empty?: string;
  howToRead: string[];
}

const STATUS_OPTIONS = [
  { value: '', label: 'All statuses' },
  { value: 'red', label: 'Red' },
  { value: 'amber', label: 'Amber' },
  { value: 'green', label: 'Green' },
  { value: 'none', label: 'No RAG' },
];

/** Every owner named in the catalogue, in alphabetical order, for the owner filter. */
export function ownersOf(indicators: readonly Indicator[]): string[] {
  return [...new Set(indicators.flatMap((indicator) => (indicator.owner ? [indicator.owner] : [])))].sort();
}

const statusKey = (status: IndicatorStatus) => status.rag ?? 'none';

/** The board's columns (indicator, value, status, target, change, England, national, trajectory) before the ones behind "More columns". */
const boardFirst = (columns: readonly ColumnSpec<TargetRow>[]) => [...columns.filter((column) => column.className !== MORE_COLUMN), ...columns.filter((column) => column.className === MORE_COLUMN)];

/** "Area, Variation and Assurance". */
const listed = (labels: readonly string[]) => (labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`);

export function targetsModel(data: PageData, month: string, params: TargetsParams = {}): TargetsModel {
  const view = monthView(data, month);
  const area = params.area ?? '';
  const status = params.status ?? '';
  const owner = params.owner ?? '';
  const owners = ownersOf(data.indicators);
  const areas = [...new Set(data.indicators.map((indicator) => indicator.area))].sort();
  const national = hasNational(data.comparators) ? standingsAt(data.comparators, data.indicators, month) : undefined;
  const shown = view.indicators.filter((candidate) => (!owner || candidate.plan.owner === owner) && (!area || candidate.indicator.area === area) && (!status || statusKey(candidate) === status));
  const table = tableOf(
    {
      caption: `Indicators against target, ${formatMonth(month)}. Select a column heading to sort.`,
      columns: boardFirst([...TARGET_COLUMNS, ...(national ? NATIONAL_COLUMNS : []), ...(view.planInUse ? PLAN_COLUMNS : [])]),
      key: (item) => item.indicator.id,
      note: (item) => {
        const sentence = item.reconcile;
        return sentence ? { kind: 'reconcile', text: sentence, spoken: `${displayName(item.indicator)}: ` } : undefined;
      },
      csv: { fileName: `targets-${month}.csv`, label: 'Download this table (CSV)', order: [...TARGETS_CSV_ORDER, ...(national ? NATIONAL_CSV_ORDER : []), ...(view.planInUse ? PLAN_CSV_ORDER : [])] },
    },
    shown.map((item) => ({ ...item, reconcile: reconcilingSentence(item), national: national?.get(item.indicator.id) })),
  );
  // In the order asked for; then the first use of each glossary term, in that order: name, then the line under it.
  table.rows = sortRows(table, parseSort(params.sort));
  const marked = firstUses(table.rows.flatMap((row) => [row.cells.indicator!.text, row.note?.text ?? '']));
  table.rows.forEach((row, index) => {
    row.cells.indicator!.terms = marked[index * 2]!;
    if (row.note) row.note.terms = marked[index * 2 + 1]!;
  });
  return {
    ...monthFrame(data, month),
    lead: `Every indicator against its target for ${formatMonth(month)}, with the change since the previous month and how it compares with England.`,
    filters: [
      { id: 'area', label: 'Area', value: area, options: [{ value: '', label: 'All areas' }, ...areas.map((name) => ({ value: name, label: name }))] },
      { id: 'status', label: 'Status', value: status, options: STATUS_OPTIONS },
      ...(owners.length > 0 ? [{ id: 'owner', label: 'Owner', value: owner, options: [{ value: '', label: 'All owners' }, ...owners.map((name) => ({ value: name, label: name }))] }] : []),
    ],
    filtered: Boolean(area || status || owner),
    count: `Showing ${shown.length} of ${view.indicators.length} indicators.`,
    table,
    moreColumns: {
      open: params.columns === ALL_COLUMNS,
      summary: 'More columns',
      text: `Adds ${listed(table.columns.filter((column) => column.className === MORE_COLUMN).map((column) => column.label))} to the table. The CSV download always has every column.`,
    },
    ...(shown.length === 0 ? { empty: 'No indicator matches these filters.' } : {}),
    howToRead: [
      'Status is the RAG against the target in force that month. Neutral indicators are context only and have no RAG.',
      'Change compares with the previous month that has a figure, at the precision shown. It says Improved or Worsened only when the SPC signals the move; “No significant change” means it moved, but within common-cause (normal) variation; “Up” or “Down” alone, before there are months enough for the SPC to judge.',
      'Where two signals for one indicator point different ways, the line under its row says why.',
      COMPARISON_RULE,
      ...(national && data.comparators ? [nationalColumnNote(data.comparators.council)] : []),
    ],
  };
}
