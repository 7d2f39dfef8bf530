// An Excel workbook (the template in data/templates/monthly-figures.xlsx) to a monthly snapshot.
// The Figures sheet has the CSV's columns (id, value, numerator, denominator, note, and a "name"
// column for people, ignored here); it is handed to the CSV path (csvImport.ts) as the text Excel
// shows in each cell (workbookCells.ts: a cell formatted as a percentage is its percentage), so both
// read figures by one set of rules, and each problem's line and column become the sheet's cell
// ("Figures!C7"). The "Workstreams" sheet gives each workstream's RAG, status, highlights and risks,
// one highlight or risk per line of a cell (Alt+Enter in Excel). Which sheets are read, and what is
// said of the choice, is workbookSheets.ts. The workbook is opened by workbookFile.ts; this is pure.
import Papa from 'papaparse';
import type { SheetInfo } from '../spreadsheet/cells';
import { columnsWithoutHeading, MAX_CELL_CHARS, snapshotFromCsv } from './csvImport';
import type { Problem } from './problems';
import { cellName, columnLetter, mergedHeadings, sheetAsText, type SheetProblem, type WorkbookCells, type WorkbookSheet } from './workbookCells';
import { chooseFiguresSheet, chooseWorkstreamsSheet } from './workbookSheets';
import type { Indicator, Snapshot } from '../schema';

/** A workbook as the import reads it: its sheets, and each one's cells when asked for (only those needed are read). */
export interface WorkbookSource {
  sheets: readonly SheetInfo[];
  read: (name: string) => WorkbookSheet;
}

export type WorkbookResult =
  | { ok: true; snapshot: Snapshot; warnings: SheetProblem[]; cells: WorkbookCells }
  | { ok: false; problems: SheetProblem[] };

/** Columns of the Figures sheet that are there for people and are not read. */
export const FIGURES_IGNORED_COLUMNS = ['name'];
export const WORKSTREAM_COLUMNS = ['workstream', 'name', 'rag', 'status', 'highlights', 'risks'] as const;
type WorkstreamColumn = (typeof WORKSTREAM_COLUMNS)[number];

const blank = (row: readonly string[] | undefined) => !row || row.every((cell) => cell.trim() === '');
const headerOf = (row: readonly string[]) => row.map((cell) => cell.trim().toLowerCase());

export function snapshotFromWorkbook(workbook: WorkbookSource, month: string, fileName: string, indicators: readonly Pick<Indicator, 'id' | 'unit'>[] = []): WorkbookResult {
  const figuresChoice = chooseFiguresSheet(workbook.sheets, fileName);
  if (!figuresChoice.sheet) {
    return { ok: false, problems: [{ severity: 'error', code: 'missing-field', file: fileName, line: 1, column: 1, message: 'The workbook has no sheets', expected: 'a sheet called Figures', found: 'no sheets' }] };
  }
  const figures = workbook.read(figuresChoice.sheet.name);
  const atCell = (sheet: string) => (problem: Problem): SheetProblem => ({ ...problem, file: fileName, cell: cellName(sheet, problem.line ?? 1, problem.column ?? 1) });

  // The Figures sheet as the CSV it would have been, row for row and column for column; the
  // people's "name" column left out, whatever it holds.
  const read = sheetAsText(figures, fileName);
  const headerIndex = read.grid.findIndex((row) => !blank(row));
  const headings = headerOf(read.grid[headerIndex] ?? []);
  const ignored = (column: number) => FIGURES_IGNORED_COLUMNS.includes(headings[column] ?? '');
  const grid = read.grid.map((row) => row.map((text, column) => (ignored(column) ? '' : text)));
  const problems: SheetProblem[] = [
    ...read.problems.filter((problem) => !ignored((problem.column ?? 1) - 1)),
    ...(headerIndex < 0 ? [] : mergedHeadings(figures, headerIndex + 1, grid, fileName)),
  ];
  const converted = snapshotFromCsv(Papa.unparse(grid, { newline: '\n' }), month, fileName, indicators);
  if (!converted.ok) problems.push(...converted.problems.map(atCell(figures.sheet)));
  const warnings: SheetProblem[] = [...figuresChoice.warnings, ...(converted.ok ? converted.warnings.map(atCell(figures.sheet)) : [])];

  const workstreamsChoice = chooseWorkstreamsSheet(workbook.sheets, fileName, figuresChoice.sheet);
  warnings.push(...workstreamsChoice.warnings);
  const reports = workstreamsChoice.sheet ? readWorkstreams(workbook.read(workstreamsChoice.sheet.name), fileName) : { reports: {}, problems: [], cells: undefined };
  problems.push(...reports.problems);
  if (!converted.ok || problems.length) return { ok: false, problems };

  const snapshot: Snapshot = { ...converted.snapshot };
  if (Object.keys(reports.reports).length) snapshot.workstreams = reports.reports as Snapshot['workstreams'];
  return { ok: true, snapshot, warnings, cells: { figures: rowsById(figures.sheet, grid, headerIndex, 'id'), workstreams: reports.cells } };
}

/** The header and the line of each id's first row, for finding a problem's cell. */
function rowsById(sheet: string, grid: readonly string[][], headerIndex: number, idName: string): NonNullable<WorkbookCells['figures']> {
  const header = headerIndex < 0 ? [] : headerOf(grid[headerIndex]!);
  const idColumn = header.indexOf(idName);
  const rows: Record<string, number> = {};
  grid.forEach((row, index) => {
    const id = (row[idColumn] ?? '').trim();
    if (index > headerIndex && id && !Object.hasOwn(rows, id)) rows[id] = index + 1;
  });
  return { sheet, header, rows };
}

interface ReadWorkstreams {
  reports: Record<string, { rag: string; status?: string; highlights?: string[]; risks?: string[] }>;
  problems: SheetProblem[];
  cells: WorkbookCells['workstreams'];
}

function readWorkstreams(sheet: WorkbookSheet, fileName: string): ReadWorkstreams {
  const { grid, problems } = sheetAsText(sheet, fileName);
  const reports: ReadWorkstreams['reports'] = {};
  const at = (line: number, column: number) => ({ file: fileName, line, column, cell: cellName(sheet.sheet, line, column) });
  const headerIndex = grid.findIndex((row) => !blank(row));
  if (headerIndex < 0) return { reports, problems, cells: undefined };
  problems.push(...mergedHeadings(sheet, headerIndex + 1, grid, fileName));
  const header = headerOf(grid[headerIndex]!);
  const column = new Map<WorkstreamColumn, number>();
  for (const name of WORKSTREAM_COLUMNS) if (header.includes(name)) column.set(name, header.indexOf(name));
  const unknown = header.findIndex((name) => name !== '' && !(WORKSTREAM_COLUMNS as readonly string[]).includes(name));
  if (unknown >= 0) {
    problems.push({ severity: 'error', code: 'unknown-key', ...at(headerIndex + 1, unknown + 1), message: `Unknown column "${header[unknown]}" on the ${sheet.sheet} sheet`, expected: `columns ${WORKSTREAM_COLUMNS.join(', ')}`, found: `"${header[unknown]}"` });
  }
  for (const required of ['workstream', 'rag'] as const) {
    if (!column.has(required)) problems.push({ severity: 'error', code: 'missing-field', ...at(headerIndex + 1, 1), message: `The ${sheet.sheet} sheet has no "${required}" column`, expected: `a header row: ${WORKSTREAM_COLUMNS.join(', ')}`, found: `"${header.join(', ')}"` });
  }
  for (const { column: at0, below } of columnsWithoutHeading(grid, headerIndex)) {
    problems.push({
      severity: 'error', code: 'missing-field', ...at(headerIndex + 1, at0 + 1),
      message: `Column ${columnLetter(at0)} of the ${sheet.sheet} sheet holds something but has no heading`,
      expected: `a heading for it: one of ${WORKSTREAM_COLUMNS.join(', ')}`,
      found: `an empty heading above "${grid[below]![at0]!.trim().slice(0, 40)}" (${cellName(sheet.sheet, below + 1, at0 + 1)})`,
    });
  }
  if (problems.length) return { reports, problems, cells: undefined };
  const seen = new Map<string, number>();
  grid.forEach((row, index) => {
    if (index <= headerIndex || blank(row)) return;
    const line = index + 1;
    const long = row.findIndex((cell) => cell.length > MAX_CELL_CHARS);
    if (long >= 0) {
      problems.push({ severity: 'error', code: 'too-large', ...at(line, long + 1), message: 'A cell holds more text than any spreadsheet cell can', expected: `at most ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters`, found: `${row[long]!.length.toLocaleString('en-GB')} characters` });
      return;
    }
    const text = (name: WorkstreamColumn) => (column.has(name) ? (row[column.get(name)!] ?? '').trim() : '');
    const lines = (name: WorkstreamColumn) => text(name).split(/\r?\n/).map((item) => item.trim()).filter(Boolean);
    const id = text('workstream');
    const rest = (['rag', 'status', 'highlights', 'risks'] as const).some((name) => text(name) !== '');
    if (!id) {
      if (rest) problems.push({ severity: 'error', code: 'missing-field', ...at(line, column.get('workstream')! + 1), message: 'A row has no workstream id', expected: 'an id such as practice', found: 'an empty cell' });
      return;
    }
    if (seen.has(id)) {
      problems.push({ severity: 'error', code: 'duplicate-id', ...at(line, column.get('workstream')! + 1), message: `Workstream ${id} has two rows`, expected: 'one row per workstream', found: `another row for ${id} (the first is row ${seen.get(id)})` });
      return;
    }
    seen.set(id, line);
    // A workstream listed by the template and left empty is simply not reported this month.
    if (!rest) return;
    const report: ReadWorkstreams['reports'][string] = { rag: text('rag').toLowerCase() };
    if (text('status')) report.status = text('status');
    if (lines('highlights').length) report.highlights = lines('highlights');
    if (lines('risks').length) report.risks = lines('risks');
    reports[id] = report;
  });
  return { reports, problems, cells: rowsById(sheet.sheet, grid, headerIndex, 'workstream') };
}

/** Compiler style, at the sheet's cell when there is one: `figures.xlsx:Figures!C7: error: ...`. */
export function formatSheetProblem(problem: SheetProblem, describe: (problem: Problem) => string): string {
  const where = problem.cell ? `${problem.file}:${problem.cell}` : `${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}`;
  return `${where}: ${problem.severity}: ${describe(problem)}`;
}

/**
 * `npm run import --force` with a workbook: after its figures are merged (csvMerge.ts), each
 * workstream it reports replaces that workstream's RAG, status, highlights and risks; what the
 * workbook cannot carry (the action plan and its counts) is kept. Workstreams it leaves empty keep
 * their reports.
 */
export function mergeWorkbookWorkstreams(snapshot: Snapshot, fromWorkbook: Snapshot): { snapshot: Snapshot; replaced: string[] } {
  const reports = Object.entries(fromWorkbook.workstreams ?? {});
  if (reports.length === 0) return { snapshot, replaced: [] };
  const workstreams = { ...snapshot.workstreams };
  for (const [id, report] of reports) {
    const old = workstreams[id];
    workstreams[id] = { ...report, ...(old?.actions ? { actions: old.actions } : {}), ...(old?.actionPlan ? { actionPlan: old.actionPlan } : {}) };
  }
  return { snapshot: { ...snapshot, workstreams }, replaced: [`the reports of ${reports.map(([id]) => id).join(', ')}`] };
}
