// The shape of a spreadsheet as the domain reads it: cells as Excel shows them (a percentage is a
// percentage, a date is a day, an error cell is an error, never a silent blank), sheets with their
// visibility, rows with the spreadsheet's own 1-based numbers. The readers (xlsx.ts for .xlsx and
// .xlsm, csv.ts for CSV files) fill these in; the Figures import (contract/) and the Annex A counting
// (records/) read only these types, never a library's.

/** How a number cell is formatted, from its number format (styles.xml). */
export type NumberFormat = 'general' | 'percent' | 'other';

export type Cell =
  | { kind: 'empty' }
  /** Text as written (shared or inline strings; a CSV field). Never trimmed by the reader. */
  | { kind: 'text'; text: string }
  /** A number; `format` says whether Excel shows it as a percentage (0.88 shown as 88%). `numFmt` is the format code. */
  | { kind: 'number'; value: number; format: NumberFormat; numFmt: string }
  /** A number cell with a date format, or an ISO date cell: the calendar day, never shifted by a time zone. */
  | { kind: 'date'; date: string; serial?: number }
  | { kind: 'boolean'; value: boolean }
  /** An error value such as #N/A, #DIV/0!, #REF! (as Excel writes it). */
  | { kind: 'error'; error: string }
  /**
   * A formula saved without its computed value (the workbook was never recalculated). `formula` is
   * as written, without "="; empty for a cell that shares another cell's formula (`<f t="shared"/>`).
   */
  | { kind: 'formula'; formula: string };

export interface SheetRow {
  /** The spreadsheet's own row number, 1-based (row 1 is the first line of the sheet). */
  row: number;
  /** Cells by column, 0-based (A is 0). Columns with no cell are `{ kind: 'empty' }` or absent. */
  cells: Cell[];
}

/** A range of merged cells, 1-based rows and 0-based columns, inclusive. */
export interface CellRange {
  from: { row: number; column: number };
  to: { row: number; column: number };
}

export interface SheetInfo {
  name: string;
  /** As the workbook holds it: a hidden sheet is still in the file but not shown. */
  visibility: 'visible' | 'hidden' | 'veryHidden';
}

export interface SheetContent {
  merges: CellRange[];
}
