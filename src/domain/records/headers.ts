// Finding a list's columns by their headers (shared annex-a.md, "Headers"): the header row is the
// first row that is not empty; a header is compared in lower case, trimmed, with runs of spaces
// (non-breaking ones too) made one, and `?`, `(`, `)`, `:` and the quote marks `'`, `‘`, `’`
// ignored. Columns may be in any order and extra columns are ignored; a needed column that is
// missing is named with the closest header found, for the officer to rename it.
import type { Cell, SheetRow } from '../spreadsheet/cells';
import { editDistance } from '../contract/suggest';
import { isEmptyLooking } from './cellValues';

const IGNORED = /[?():'‘’]/g;

/** A header as it is compared: "Was the child offered a Return Interview … (Y/N)?" → "was the child offered a return interview … y/n". */
export function normaliseHeader(text: string): string {
  return text.replace(IGNORED, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function headerText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  if (cell.kind === 'date') return cell.date;
  return '';
}

/** Whether every cell of a row is empty-looking (a blank row; trailing rows Excel keeps). */
export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((cell) => isEmptyLooking(cell));
}

export interface LocatedColumns<K extends string> {
  /** The header row's own number (1-based), or undefined for a list with no rows at all. */
  headerRow?: number;
  /** The 0-based column of each header found. */
  columns: Partial<Record<K, number>>;
  /** Each header found, as the sheet writes it (trimmed), to name the column in a problem. */
  found: Partial<Record<K, string>>;
  /** Each needed header not found (by its key), with the header found nearest to it (when the row has any). */
  missing: { key: string; header: string; closest?: string }[];
  /** The rows after the header row. */
  rows: readonly SheetRow[];
}

/**
 * Find the columns `wanted` (key → the header as Ofsted's template writes it) in a list's rows.
 * A header written twice: the first is used (the same rule as Excel's MATCH).
 */
export function locateColumns<K extends string>(rows: readonly SheetRow[], wanted: Readonly<Record<K, string>>): LocatedColumns<K> {
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  const keys = Object.keys(wanted) as K[];
  if (headerIndex < 0) return { columns: {}, found: {}, missing: keys.map((key) => ({ key, header: wanted[key] })), rows: [] };
  const headerRow = rows[headerIndex]!;
  const found = headerRow.cells.map((cell) => headerText(cell));
  const normalised = found.map(normaliseHeader);
  const columns: Partial<Record<K, number>> = {};
  const foundHeaders: Partial<Record<K, string>> = {};
  const missing: LocatedColumns<K>['missing'] = [];
  for (const key of keys) {
    const index = normalised.indexOf(normaliseHeader(wanted[key]));
    if (index >= 0) {
      columns[key] = index;
      foundHeaders[key] = found[index]!.trim();
    } else missing.push({ key, header: wanted[key], closest: closestHeader(wanted[key], found) });
  }
  return { headerRow: headerRow.row, columns, found: foundHeaders, missing, rows: rows.slice(headerIndex + 1) };
}

/**
 * The header found nearest to `wanted`, however far: the one sharing most of its words ("Allocated
 * Social Worker" for "Allocated Worker", not "Allocated Team"), then the fewest edits.
 */
export function closestHeader(wanted: string, found: readonly string[]): string | undefined {
  const target = normaliseHeader(wanted);
  const words = new Set(target.split(' '));
  let best: string | undefined;
  let bestScore: [number, number] = [-1, Infinity];
  for (const header of found) {
    const candidate = normaliseHeader(header);
    if (candidate === '') continue;
    const shared = new Set(candidate.split(' ').filter((word) => words.has(word))).size;
    const distance = editDistance(target, candidate);
    if (shared > bestScore[0] || (shared === bestScore[0] && distance < bestScore[1])) {
      best = header;
      bestScore = [shared, distance];
    }
  }
  return best;
}
