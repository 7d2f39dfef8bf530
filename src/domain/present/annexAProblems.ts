// The records the Annex A counting could not count, as a table for the officer: on the page, on the
// command line's screen, and as a CSV the officer downloads for their own use (to fix the records at
// source). It names children by ID, so it is never written into the data folder or a publication.
import type { RecordProblem } from '../records/problemLog';
import { toCsv, type CsvCell } from './csvExport';

export const PROBLEM_COLUMNS = ['List', 'Row', 'Child ID', 'Column', 'Found', 'Expected', 'Effect'] as const;

/** "List 5", or "Staff list". */
export function listName(list: RecordProblem['list']): string {
  return list === 'staff' ? 'Staff list' : `List ${list}`;
}

/** One problem as the table's cells, in PROBLEM_COLUMNS' order. */
export function problemCells(problem: RecordProblem): CsvCell[] {
  return [listName(problem.list), problem.row, problem.child, problem.column, problem.found, problem.expected, problem.effect];
}

export function problemsCsv(problems: readonly RecordProblem[]): string {
  return toCsv(PROBLEM_COLUMNS, problems.map(problemCells));
}

/** One problem on one line: "List 5, row 12 (child 123), Date of ICPC: found …; expected …: left out of icpcIn15." */
export function problemLine(problem: RecordProblem): string {
  const where = [listName(problem.list), problem.row === null ? undefined : `row ${problem.row}`].filter(Boolean).join(', ');
  const child = problem.child === null ? '' : ` (child ${problem.child})`;
  const column = problem.column === null ? '' : `, ${problem.column}`;
  return `${where}${child}${column}: found ${problem.found}; expected ${problem.expected}: ${problem.effect}.`;
}
