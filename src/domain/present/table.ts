// A table as a page shows it and as its CSV writes it, in one model: a caption, columns and rows of
// cells already in words (after the DfE's explore-education-statistics table tool, whose one table
// model feeds both the table and its download). components/DataTable.tsx draws any of them; a page
// model (present/pages/) builds them from column specs, so a new column is one spec in one place.
// Plain data (no functions), so a model worked out at publication can be written as JSON.
import type { VariationIcon } from '../board/spc/spcTypes';
import type { Assurance } from '../board/spc/spcVerdict';
import type { CsvCell } from './csvExport';
import type { TermSegment } from './glossary';

/** The status a cell's tag shows in colour (a RAG, or a data file's check); the cell's text says it in words. */
export type TagTone = 'red' | 'amber' | 'green' | 'blue' | 'none' | 'file-ok' | 'file-warnings' | 'file-error';

/** Direction of travel, for the arrow and its colour: the words are the cell's text. */
export interface DirectionMark {
  /** `improved`, `worsened`, `no-change`, `up`, `down`, or `none` when there is no earlier figure. */
  direction: string;
  /** ↑ ↓ →, or none without an earlier figure. */
  arrow?: string;
}

/** A Making Data Count icon; the cell's text is its short words. */
export type SpcMark = { kind: 'variation'; icon: VariationIcon } | { kind: 'assurance'; icon: Assurance };

export interface TableCell {
  /** The words a reader sees in the cell (for a tag or a badge: its words). */
  text: string;
  /** How the cell sorts, where its column sorts: a number, a word, or null (always last). */
  sort?: number | string | null;
  /** The CSV's value, where it differs from the text: figures as in the data, months as YYYY-MM. */
  csv?: CsvCell;
  /** A page of the site the words link to (`/indicator/CP5/?month=2019-03`). */
  href?: string;
  /** The text with its glossary terms marked (present/glossary.ts' firstUses). */
  terms?: TermSegment[];
  /** A RAG or status tag holding the text. */
  tag?: TagTone;
  direction?: DirectionMark;
  spc?: SpcMark;
  /** Words on a line of their own above the text: an overdue action's "Overdue". */
  above?: string;
  /** Words before the text, set apart: an indicator's id ("CP5"), a figure before its tag. */
  lead?: string;
  /** Smaller words after the text, in brackets: "(2017-18)", "(joint figure)". */
  detail?: string;
  /** The text in bold: a figure behind its trajectory, our own council. */
  strong?: boolean;
  /** The text is code, as typed: a file's name. */
  code?: boolean;
  /** A short list in one cell (highlights, risks); the text joins them for the CSV and the reader. */
  items?: string[];
  /** Smaller words on a line of their own under the text (a workstream's owner). */
  below?: string;
  /** Links in one cell (the indicators an action moves), each with its words. */
  links?: { text: string; href: string }[];
  /** A symbol after the lead, with the words a screen reader hears for it: ★ ", priority". */
  mark?: { symbol: string; spoken: string };
  /** A matrix cell: this letter is shown in the tag's colour, and the text is read out instead. */
  letter?: string;
}

export interface TableColumn {
  key: string;
  label: string;
  /** Figures: aligned right. */
  numeric?: boolean;
  /** Its cells are the row's header (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Stays in view on a phone, beside the row header. */
  keyColumn?: boolean;
  /** The reader can sort by it (the address keeps the choice): by each cell's `sort`. */
  sortable?: boolean;
  /** A look of its own, for a layout that sizes its columns (the meeting pack's). */
  className?: string;
}

/** A sentence under a row, across every column: a month's note, why two signals differ. */
export interface RowNote {
  kind: 'note' | 'reconcile';
  text: string;
  terms?: TermSegment[];
  /** Shown before the text ("Note:"), hidden from screen readers, who hear `spoken` instead. */
  label?: string;
  /** Read out before the text, never shown: "Note for Jan 2018:", "ICPC timeliness:". */
  spoken: string;
}

export interface TableRow {
  key: string;
  /** Every column's cell by key, and the CSV's own columns. */
  cells: Record<string, TableCell>;
  note?: RowNote;
  /** A row to pick out: an overdue action. */
  flag?: 'overdue';
  /** Words across every column after the row header, in place of its cells: why it has none. */
  across?: string;
}

export interface TableCsv {
  fileName: string;
  /** The download button's words. */
  label: string;
  /** In the CSV's order: the header, and the key of the row's cell holding each value. */
  columns: { key: string; header: string }[];
}

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Rows under the body (a neighbour mean, England): never sorted, in the CSV after the rows. */
  footer?: TableRow[];
  csv?: TableCsv;
}

/** One column as a page model declares it: the column, how each item fills its cell, its CSV header. */
export interface ColumnSpec<T> extends TableColumn {
  cell: (item: T) => TableCell;
  /** The CSV's header for this column's values; none: not in the CSV. */
  csv?: string;
  /** A column of the CSV only. */
  hidden?: boolean;
}

export interface TableSpec<T> {
  caption: string;
  columns: readonly ColumnSpec<T>[];
  /** The row's key, unique in the table. */
  key: (item: T) => string;
  note?: (item: T) => RowNote | undefined;
  flag?: (item: T) => TableRow['flag'];
  /** Words across the row in place of its cells (the row header stays), when an item has none. */
  across?: (item: T) => string | undefined;
  /** The download, when the table has one; `order`: the CSV's column keys when not the columns' order. */
  csv?: { fileName: string; label: string; order?: readonly string[] };
}

/** The table of `items` (and `footer`, rows under them): every cell worked out once, for the page and the CSV alike. */
export function tableOf<T>(spec: TableSpec<T>, items: readonly T[], footer?: readonly T[]): TableModel {
  const rowOf = (item: T): TableRow => {
    const across = spec.across?.(item);
    const cells: Record<string, TableCell> = {};
    for (const column of spec.columns) if (across === undefined || column.rowHeader) cells[column.key] = column.cell(item);
    const note = spec.note?.(item);
    const flag = spec.flag?.(item);
    return { key: spec.key(item), cells, ...(note ? { note } : {}), ...(flag ? { flag } : {}), ...(across !== undefined ? { across } : {}) };
  };
  const table: TableModel = {
    caption: spec.caption,
    columns: spec.columns.filter((column) => !column.hidden).map(columnOf),
    rows: items.map(rowOf),
  };
  if (footer) table.footer = footer.map(rowOf);
  if (spec.csv) {
    const withCsv = spec.columns.filter((column) => column.csv !== undefined);
    const order = spec.csv.order ?? withCsv.map((column) => column.key);
    const byKey = new Map(withCsv.map((column) => [column.key, column.csv!]));
    table.csv = {
      fileName: spec.csv.fileName,
      label: spec.csv.label,
      columns: order.map((key) => {
        const header = byKey.get(key);
        if (header === undefined) throw new Error(`The CSV of “${spec.caption}” names a column with no CSV header: ${key}`);
        return { key, header };
      }),
    };
  }
  return table;
}

/** The column as drawn: the spec without its cell function and CSV header. */
function columnOf<T>(spec: ColumnSpec<T>): TableColumn {
  const column: TableColumn = { key: spec.key, label: spec.label };
  if (spec.numeric) column.numeric = true;
  if (spec.rowHeader) column.rowHeader = true;
  if (spec.keyColumn) column.keyColumn = true;
  if (spec.sortable) column.sortable = true;
  if (spec.className) column.className = spec.className;
  return column;
}

/** A cell of words alone. */
export const textCell = (text: string, extra: Omit<TableCell, 'text'> = {}): TableCell => ({ text, ...extra });

/** A figure: its words, sorted by its number (none last), written to the CSV as in the data. */
export function figureCell(text: string, value: number | null | undefined, extra: Omit<TableCell, 'text'> = {}): TableCell {
  const number = typeof value === 'number' ? value : null;
  return { text, sort: number, csv: number ?? '', ...extra };
}

/** The value of one cell in the CSV: its own CSV value, or its words. */
export function csvValue(cell: TableCell | undefined): CsvCell {
  if (!cell) return '';
  if ('csv' in cell) return cell.csv;
  return cell.items?.length ? cell.items.join('; ') : cell.text;
}

/** The CSV's header and rows, from the same rows the table shows. */
export function tableCsvRows(table: TableModel): { header: string[]; rows: CsvCell[][] } {
  const columns = table.csv?.columns ?? table.columns.map((column) => ({ key: column.key, header: column.label }));
  return {
    header: columns.map((column) => column.header),
    rows: [...table.rows, ...(table.footer ?? [])].map((row) => columns.map((column) => csvValue(row.cells[column.key]))),
  };
}

/** A sort asked for in the address: `value` up, `-value` down. */
export interface SortOrder {
  key: string;
  descending: boolean;
}

export function parseSort(param: string | null | undefined): SortOrder | undefined {
  if (!param) return undefined;
  const descending = param.startsWith('-');
  const key = descending ? param.slice(1) : param;
  return key ? { key, descending } : undefined;
}

/** The address's next sort after choosing a column: up, then down, then as the model gives it. */
export function nextSort(current: SortOrder | undefined, key: string): string {
  if (current?.key !== key) return key;
  return current.descending ? '' : `-${key}`;
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' });

/**
 * The rows in the order asked for, by the sortable column's `sort` values: numbers by size, words
 * alphabetically; a cell with no value (null) is last either way, so "No figure" never heads a
 * table sorted down. Equal rows keep the model's order. A column that does not sort leaves it.
 */
export function sortRows(table: TableModel, order: SortOrder | undefined): TableRow[] {
  const column = order && table.columns.find((candidate) => candidate.key === order.key && candidate.sortable);
  if (!order || !column) return table.rows;
  const direction = order.descending ? -1 : 1;
  return table.rows
    .map((row, index) => ({ row, index, value: row.cells[column.key]?.sort ?? null }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const compared = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : compareText(String(a.value), String(b.value));
      return compared === 0 ? a.index - b.index : compared * direction;
    })
    .map(({ row }) => row);
}

/** Every word a reader sees in a cell, in order: for the check that a drawn page shows its model. */
export function cellWords(cell: TableCell): string[] {
  const main = cell.items?.length ? cell.items : cell.links?.length ? cell.links.map((link) => link.text) : [cell.text];
  return [cell.above, cell.lead, cell.mark?.spoken, ...main, cell.detail, cell.below].filter(
    (text): text is string => text !== undefined && text !== '',
  );
}
