// Building the extract's sheets in a test, as the readers would fill them (src/domain/spreadsheet/
// cells.ts): a string is a text cell, a number a number cell, date('2021-03-02') an Excel date cell,
// null an empty cell, error('#N/A') an error cell. Row 1 is the header row.
import type { Cell, SheetRow } from '../../../src/domain/spreadsheet/cells';
import type { ExtractSheet } from '../../../src/domain/records/lists';

export type Given = string | number | boolean | null | Cell;

export const date = (iso: string): Cell => ({ kind: 'date', date: iso });
export const error = (text: string): Cell => ({ kind: 'error', error: text });

export function cell(given: Given): Cell {
  if (given === null) return { kind: 'empty' };
  if (typeof given === 'string') return { kind: 'text', text: given };
  if (typeof given === 'number') return { kind: 'number', value: given, format: 'general', numFmt: 'General' };
  if (typeof given === 'boolean') return { kind: 'boolean', value: given };
  return given;
}

/** Rows numbered from `first` (1: the header row is row 1). */
export function rows(table: readonly (readonly Given[])[], first = 1): SheetRow[] {
  return table.map((values, index) => ({ row: first + index, cells: values.map(cell) }));
}

/** A sheet named `name`: a header row, then records given as objects by header (other columns empty). */
export function sheet(name: string, headers: readonly string[], records: readonly Record<string, Given>[] = []): ExtractSheet {
  return { name, rows: rows([headers, ...records.map((record) => headers.map((header) => record[header] ?? null))]) };
}
