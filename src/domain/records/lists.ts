// Which sheet (or CSV file) is which list of the extract (shared annex-a.md, "The input"): the list
// number at the start of the name, so `List 5`, `list5`, `List 5 - Section 47`, `L5` and
// `list-5.csv` are all list 5. Then a list's columns by their headers (headers.ts), and a row's
// cells by column.
import type { Cell, SheetInfo, SheetRow } from '../spreadsheet/cells';
import { readChildId, readName } from './cellValues';
import { locateColumns, type LocatedColumns } from './headers';
import { UNALLOCATED_TEAM } from './aggregate';
import type { ProblemLog } from './problemLog';

/** A sheet of the workbook, or a CSV file of a folder of lists, with its rows as read. */
export interface ExtractSheet {
  name: string;
  visibility?: SheetInfo['visibility'];
  rows: readonly SheetRow[];
}

const LIST_NAME = /^\s*l(?:ist)?[\s_-]*(\d{1,2})(?!\d)/i;

/** The list a sheet's or file's name is for, or undefined: "List 5 - Section 47" → 5, "list-10.csv" → 10. */
export function listNumberOfName(name: string): number | undefined {
  const match = LIST_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * The sheets by list number. Two sheets for one list: a visible sheet before a hidden one, else the
 * first in the workbook; the other is named as a problem, not read (annex-a.md is silent; an officer
 * keeping an old copy of a list beside the new one wants to be told which was read).
 */
export function findLists(sheets: readonly ExtractSheet[], log: ProblemLog): Map<number, ExtractSheet> {
  const lists = new Map<number, ExtractSheet>();
  const hidden = (sheet: ExtractSheet) => (sheet.visibility ?? 'visible') !== 'visible';
  const ordered = [...sheets].sort((a, b) => Number(hidden(a)) - Number(hidden(b)));
  for (const sheet of ordered) {
    const list = listNumberOfName(sheet.name);
    if (list === undefined) continue;
    const chosen = lists.get(list);
    if (!chosen) lists.set(list, sheet);
    else {
      log.note(
        { list, found: `a second sheet for list ${list}: "${sheet.name}"${hidden(sheet) ? ' (hidden)' : ''}`, expected: `one sheet for list ${list}` },
        `not read: "${chosen.name}" was read for list ${list}`,
      );
    }
  }
  return lists;
}

/** A list's rows with its columns found: `K` are the keys of the headers wanted. */
export interface ListTable<K extends string> {
  list: number;
  /** The header of each column looked for, to name it in a problem. */
  headers: Readonly<Record<K, string>>;
  located: LocatedColumns<K>;
}

export function listTable<K extends string>(list: number, sheet: ExtractSheet, wanted: Readonly<Record<K, string>>): ListTable<K> {
  return { list, headers: wanted, located: locateColumns(sheet.rows, wanted) };
}

/** The cell of `row` in the column `key`, or undefined when the list has no such column. */
export function cellAt<K extends string>(table: ListTable<K>, row: SheetRow, key: K): Cell | undefined {
  const column = table.located.columns[key];
  return column === undefined ? undefined : row.cells[column];
}

/** The row's child ID, when the list has the column and the cell is not empty-looking. */
export function childOf<K extends string>(table: ListTable<K | 'childId'>, row: SheetRow): string | undefined {
  return readChildId(cellAt(table, row, 'childId'));
}

/** The row's team: its Allocated Team, or "Unallocated" when empty or when the list has no such column. */
export function teamOf<K extends string>(table: ListTable<K | 'team'>, row: SheetRow): string {
  return readName(cellAt(table, row, 'team')) ?? UNALLOCATED_TEAM;
}
