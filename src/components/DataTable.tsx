// Any table model (domain/present/table.ts) drawn: its caption, column headers with their scope,
// the row headers, the key columns that stay in view on a phone, the sideways-scroll cue
// (TableScroll), sorting where the model lets a column sort (the choice kept in the address as
// ?sort=value or ?sort=-value), and its CSV, written from the rows shown, in the order shown.
// Each cell carries its column's label (data-label) for a page that lays its rows out as cards on
// a narrow screen (Targets). It decides nothing: every word, tag and link comes from the model.
import { Fragment, useId, type ReactNode } from 'react';
import { Link, useSearchParams } from '../routing/routing';
import type { TermSegment } from '../domain/present/glossary';
import { nextSort, parseSort, sortRows, tableCsvRows, type SortOrder, type TableCell, type TableColumn, type TableModel, type TableRow } from '../domain/present/table';
import { CsvDownload } from './CsvDownload';
import { CellContent } from './TableCellContent';
import { TableScroll } from './TableScroll';
import { TermText } from './TermText';

/** The address's name for a table's sort. */
export const SORT_PARAM = 'sort';

export interface DataTableProps {
  table: TableModel;
  /** The table's own look (`table-months`, `pack-table …`), beside the shared `table`. */
  className?: string;
  scrollClassName?: string;
  /** Draws a glossary-marked text (the meeting pack links its terms to its own glossary). */
  renderTerms?: (segments: readonly TermSegment[], linked: boolean) => ReactNode;
  /** Drawn after the table and before its download button. */
  after?: ReactNode;
  /** Where the download button goes: after the table (the default), or nowhere. */
  download?: boolean;
}

export function DataTable({ table, className, scrollClassName, renderTerms, after, download = true }: DataTableProps) {
  const captionId = useId();
  const [params, setParams] = useSearchParams();
  const sortable = table.columns.some((column) => column.sortable);
  const order = sortable ? parseSort(params.get(SORT_PARAM)) : undefined;
  const rows = sortRows(table, order);
  const choose = (key: string) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      const next = nextSort(order, key);
      if (next) copy.set(SORT_PARAM, next);
      else copy.delete(SORT_PARAM);
      return copy;
    });
  const terms = renderTerms ?? ((segments: readonly TermSegment[], linked: boolean) => <TermText segments={segments} linked={linked} />);
  const csv = table.csv && tableCsvRows({ ...table, rows });
  return (
    <>
      <TableScroll labelledBy={captionId} className={scrollClassName}>
        <table className={['table', className].filter(Boolean).join(' ')}>
          <caption id={captionId}>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <HeaderCell key={column.key} column={column} order={order} onSort={sortable ? choose : undefined} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <BodyRow key={row.key} row={row} columns={table.columns} terms={terms} />
            ))}
          </tbody>
          {table.footer && (
            <tfoot>
              {table.footer.map((row) => (
                <BodyRow key={row.key} row={row} columns={table.columns} terms={terms} />
              ))}
            </tfoot>
          )}
        </table>
      </TableScroll>
      {after}
      {download && table.csv && csv && <CsvDownload fileName={table.csv.fileName} header={csv.header} rows={csv.rows} label={table.csv.label} />}
    </>
  );
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

function HeaderCell({ column, order, onSort }: { column: TableColumn; order: SortOrder | undefined; onSort?: (key: string) => void }) {
  const sorted = order?.key === column.key ? (order.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th
      scope="col"
      className={classes(column.numeric && 'numeric', column.className)}
      data-key-column={column.keyColumn ? '' : undefined}
      aria-sort={onSort && column.sortable ? (sorted ?? 'none') : undefined}
    >
      {onSort && column.sortable ? (
        <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
          {column.label}
          <span aria-hidden="true" className="sort-arrow">
            {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ⇅'}
          </span>
        </button>
      ) : (
        column.label
      )}
    </th>
  );
}

type Terms = (segments: readonly TermSegment[], linked: boolean) => ReactNode;

function BodyRow({ row, columns, terms }: { row: TableRow; columns: readonly TableColumn[]; terms: Terms }) {
  const header = columns.find((column) => column.rowHeader);
  const note = row.note;
  return (
    <Fragment>
      <tr className={classes(note?.kind === 'note' && 'has-note', row.flag && `row-${row.flag}`)}>
        {row.across !== undefined ? (
          <>
            {header && <BodyCell column={header} cell={row.cells[header.key]} terms={terms} />}
            <td colSpan={columns.length - (header ? 1 : 0)}>{row.across}</td>
          </>
        ) : (
          columns.map((column) => <BodyCell key={column.key} column={column} cell={row.cells[column.key]} terms={terms} />)
        )}
      </tr>
      {note && (
        <tr className={note.kind === 'note' ? 'note-row' : 'reconcile-row'}>
          <td colSpan={columns.length}>
            <span className="note-text">
              {note.label && (
                <span className="note-label" aria-hidden="true">
                  {note.label}
                </span>
              )}
              <span className="visually-hidden">{note.spoken}</span> {note.terms ? terms(note.terms, true) : note.text}
            </span>
          </td>
        </tr>
      )}
    </Fragment>
  );
}

function BodyCell({ column, cell, terms }: { column: TableColumn; cell: TableCell | undefined; terms: Terms }) {
  const letter = cell?.letter !== undefined;
  const className = classes(column.numeric && 'numeric', column.className, letter && `matrix-cell rag-cell-${cell?.tag ?? 'none'}`);
  const content = cell ? <CellContent cell={cell} terms={terms} link={(href, children) => <Link to={href}>{children}</Link>} /> : null;
  return column.rowHeader ? (
    <th scope="row" className={className}>
      {content}
    </th>
  ) : (
    <td className={className} data-label={column.label}>
      {content}
    </td>
  );
}
