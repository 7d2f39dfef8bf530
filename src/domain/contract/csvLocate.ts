// A problem found in the snapshot made from a CSV (at `$.values.CP5.value`) shown where an officer
// can find it: the CSV's own line and column. Used by `npm run import` and the Data page's preview.
import Papa from 'papaparse';
import { CSV_COLUMNS, guessDelimiter } from './csvImport';
import { narrativeColumn } from './csvPlanColumns';
import type { Problem } from './problems';

/**
 * Where each indicator's row is in the CSV. Rows are counted as snapshotFromCsv counts them: one
 * row of papaparse's output per line, blank ones included.
 */
export function csvLocator(text: string): (problem: Problem) => { line: number; column: number } | undefined {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) }).data;
  const blank = (row: string[]) => row.every((cell) => cell.trim() === '');
  const headerIndex = rows.findIndex((row) => !blank(row));
  if (headerIndex < 0) return () => undefined;
  const header = rows[headerIndex]!.map((cell) => cell.trim().toLowerCase());
  const columnOf = (name: string) => header.indexOf(name);
  const idColumn = columnOf('id');
  const lineOfId = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index <= headerIndex || idColumn < 0) return;
    const id = (row[idColumn] ?? '').trim();
    if (id && !lineOfId.has(id)) lineOfId.set(id, index + 1);
  });
  return (problem) => {
    const [top, id, field, part] = problem.path ?? [];
    if (top !== 'values' || typeof id !== 'string') return undefined;
    const line = lineOfId.get(id);
    if (line === undefined) return undefined;
    const name = field === 'narrative' && typeof part === 'string' ? narrativeColumn(part) : field;
    let column = typeof name === 'string' && (CSV_COLUMNS as readonly string[]).includes(name) ? columnOf(name) : -1;
    if (column < 0) column = problem.code === 'unknown-indicator' || problem.code === 'duplicate-key' ? idColumn : columnOf('value');
    return { line, column: Math.max(column, 0) + 1 };
  };
}

/** The snapshot's problems renamed to the CSV, at its lines and columns (line 1 when no row is named). */
export function problemsAtCsv(problems: readonly Problem[], csvText: string, csvName: string): Problem[] {
  const locate = csvLocator(csvText);
  return problems.map((problem) => ({ ...problem, file: csvName, ...(locate(problem) ?? { line: 1, column: 1 }) }));
}
