// A sheet's cells as the Figures import reads them: each cell as the text Excel shows (a cell
// formatted as a percentage is its percentage, 0.88 shown as 88%; a date is its day), so the
// workbook goes through the CSV's rules (csvImport.ts) unchanged. What a CSV cannot hold is said at
// its cell, never turned into a silent blank: an error value (#N/A, #DIV/0!), a formula saved
// without its value, a heading merged across columns (the columns after the first would have none).
import type { Cell, CellRange, SheetInfo, SheetRow } from '../spreadsheet/cells';
import type { Problem } from './problems';

/** A sheet as read: its rows with their own numbers, and its merged ranges. */
export interface WorkbookSheet {
  sheet: string;
  visibility: SheetInfo['visibility'];
  rows: SheetRow[];
  merges: CellRange[];
}

/** A problem of the workbook, at the sheet's cell when there is one ("Figures!C7"). */
export type SheetProblem = Problem & { cell?: string };

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** "Figures!C7" for a 1-based line and column. */
export function cellName(sheet: string, line: number, column: number): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetter(column - 1)}${line}`;
}

/** 0.88 -> "88%": the percentage Excel shows, at the precision it stores (0.8825 -> "88.25%"). */
const percentText = (value: number) => `${Number((value * 100).toPrecision(12))}%`;

/** A cell as the text a CSV would hold; undefined for an error or a formula without its value. */
export function cellText(cell: Cell | undefined): string | undefined {
  switch (cell?.kind) {
    case undefined:
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return cell.format === 'percent' ? percentText(cell.value) : String(cell.value);
    case 'date':
      return cell.date;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return undefined;
  }
}

function cellProblem(cell: Extract<Cell, { kind: 'error' | 'formula' }>, fileName: string, sheet: string, line: number, column: number): SheetProblem {
  const at = { severity: 'error' as const, code: 'invalid-value' as const, file: fileName, line, column, cell: cellName(sheet, line, column) };
  if (cell.kind === 'error') {
    return { ...at, message: `The cell holds Excel's error ${cell.error}`, expected: 'a figure, or an empty cell with a note saying why there is none', found: cell.error, suggestion: 'putting right what the formula reads, or clearing the cell and saying why in the note' };
  }
  return {
    ...at,
    message: 'The cell is a formula Excel has not worked out',
    expected: 'the value of the formula, which Excel saves when it works it out',
    found: cell.formula ? `=${cell.formula} with no value saved` : 'a formula shared with another cell, with no value saved',
    suggestion: 'opening the workbook in Excel (it works the formulas out) and saving it again',
  };
}

/**
 * The sheet as a grid of text from A1 (row n of the sheet is line n, so a problem's line is the
 * sheet's row), with a problem at each cell that holds an error or a formula without its value.
 */
export function sheetAsText(sheet: WorkbookSheet, fileName: string): { grid: string[][]; problems: SheetProblem[] } {
  const grid: string[][] = [];
  const problems: SheetProblem[] = [];
  for (const { row, cells } of sheet.rows) {
    const line: string[] = [];
    cells.forEach((cell, column) => {
      const text = cellText(cell);
      if (text === undefined) problems.push(cellProblem(cell as Extract<Cell, { kind: 'error' | 'formula' }>, fileName, sheet.sheet, row, column + 1));
      line[column] = text ?? '';
    });
    grid[row - 1] = line;
  }
  // Every row as wide as the widest, so a heading left blank is an empty heading, not a short row.
  const width = grid.reduce((widest, line) => Math.max(widest, line?.length ?? 0), 0);
  return { grid: Array.from(grid, (line) => Array.from({ length: width }, (_, column) => line?.[column] ?? '')), problems };
}

/** Headings merged across columns in row `headerRow`: the columns after the first would have none. */
export function mergedHeadings(sheet: WorkbookSheet, headerRow: number, grid: readonly string[][], fileName: string): SheetProblem[] {
  return sheet.merges
    .filter((range) => range.from.row <= headerRow && range.to.row >= headerRow && range.to.column > range.from.column)
    .map((range) => {
      const first = cellName(sheet.sheet, headerRow, range.from.column + 1);
      const span = `${first}:${columnLetter(range.to.column)}${headerRow}`;
      return {
        severity: 'error' as const, code: 'invalid-value' as const, file: fileName, line: headerRow, column: range.from.column + 1, cell: first,
        message: `The heading ${span} is merged across ${range.to.column - range.from.column + 1} columns`,
        expected: 'a heading of its own for each column (id, value, numerator, denominator, note, ...)',
        found: `"${grid[headerRow - 1]?.[range.from.column] ?? ''}" over columns ${columnLetter(range.from.column)} to ${columnLetter(range.to.column)}`,
        suggestion: 'unmerging the cells (Home, Merge & Center) and giving each column its own heading',
      };
    });
}

/** Where the snapshot's figures and reports are in the workbook, as plain data (it crosses to and from a worker). */
export interface WorkbookCells {
  figures?: { sheet: string; header: string[]; rows: Record<string, number> };
  workstreams?: { sheet: string; header: string[]; rows: Record<string, number> };
}

/**
 * The cell of a problem of the snapshot (at `values.CP5.numerator`, `workstreams.practice.rag`):
 * the row of its id, the column of its field, or else the value's (the id's for an unknown id).
 */
export function cellOfProblem(cells: WorkbookCells, problem: Problem): string | undefined {
  const [top, id, field, part] = problem.path ?? [];
  const place = top === 'values' ? cells.figures : top === 'workstreams' ? cells.workstreams : undefined;
  const line = place && typeof id === 'string' && Object.hasOwn(place.rows, id) ? place.rows[id] : undefined;
  if (!place || line === undefined) return undefined;
  const narrative: Record<string, string> = { whatItShows: 'what_it_shows', why: 'why', whatWeAreDoing: 'what_we_are_doing', owner: 'narrative_owner' };
  const name = field === 'narrative' && typeof part === 'string' ? narrative[part] : field;
  const idName = top === 'values' ? 'id' : 'workstream';
  const fallback = problem.code === 'unknown-indicator' || problem.code === 'unknown-workstream' ? idName : top === 'values' ? 'value' : 'rag';
  const named = typeof name === 'string' && name !== idName && name !== 'name' ? place.header.indexOf(name) : -1;
  const column = named >= 0 ? named : place.header.indexOf(fallback);
  return cellName(place.sheet, line, Math.max(column, 0) + 1);
}
