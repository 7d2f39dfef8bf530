// An Excel workbook (the template in data/templates/monthly-figures.xlsx) to a monthly snapshot.
// The "Figures" sheet has the CSV's columns (id, value, numerator, denominator, note, and a "name"
// column for people, ignored here); it is handed to the CSV path (csvImport.ts) as the same rows,
// so both read figures by one set of rules, and each problem's line and column become the sheet's
// cell ("Figures!C7"). The "Workstreams" sheet (optional) gives each workstream's RAG, status,
// highlights and risks, one highlight or risk per line of a cell (Alt+Enter in Excel).
// The workbook itself is unzipped by workbookFile.ts; this module is pure.
import Papa from 'papaparse';
import { MAX_CELL_CHARS, snapshotFromCsv } from './csvImport';
import type { Problem } from './problems';
import type { Indicator, Snapshot } from '../schema';

export type CellValue = string | number | boolean | Date | null;
export interface WorkbookSheet {
  sheet: string;
  data: CellValue[][];
}

/** A problem of the workbook, at the sheet's cell when there is one. */
export type SheetProblem = Problem & { cell?: string };

export type WorkbookResult =
  | { ok: true; snapshot: Snapshot; warnings: SheetProblem[]; locate: (problem: Problem) => string | undefined }
  | { ok: false; problems: SheetProblem[] };

export const FIGURES_SHEET = 'Figures';
export const WORKSTREAMS_SHEET = 'Workstreams';
/** Columns of the Figures sheet that are there for people and are not read. */
export const FIGURES_IGNORED_COLUMNS = ['name'];
export const WORKSTREAM_COLUMNS = ['workstream', 'name', 'rag', 'status', 'highlights', 'risks'] as const;
type WorkstreamColumn = (typeof WORKSTREAM_COLUMNS)[number];

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

const pad = (number: number) => String(number).padStart(2, '0');

/** A cell as the text a CSV would hold. Dates (read in UTC by the reader) as YYYY-MM-DD. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function findSheet(sheets: readonly WorkbookSheet[], name: string): WorkbookSheet | undefined {
  return sheets.find((sheet) => sheet.sheet.trim().toLowerCase() === name.toLowerCase());
}

const isBlank = (row: readonly CellValue[] | undefined) => !row || row.every((cell) => cellText(cell).trim() === '');

export function snapshotFromWorkbook(sheets: readonly WorkbookSheet[], month: string, fileName: string, indicators: readonly Pick<Indicator, 'id' | 'unit'>[] = []): WorkbookResult {
  const figures = findSheet(sheets, FIGURES_SHEET) ?? sheets[0];
  if (!figures) {
    return { ok: false, problems: [{ severity: 'error', code: 'missing-field', file: fileName, line: 1, column: 1, message: 'The workbook has no sheets', expected: `a sheet called ${FIGURES_SHEET}`, found: 'no sheets' }] };
  }
  const atCell = (sheet: string) => (problem: Problem): SheetProblem => ({ ...problem, file: fileName, cell: cellName(sheet, problem.line ?? 1, problem.column ?? 1) });

  // The Figures sheet as the CSV it would have been, row for row and column for column.
  const rows = figures.data.map((row) => row.map(cellText));
  const headerIndex = rows.findIndex((row) => !row.every((cell) => cell.trim() === ''));
  if (headerIndex >= 0) {
    rows[headerIndex] = rows[headerIndex]!.map((cell) => (FIGURES_IGNORED_COLUMNS.includes(cell.trim().toLowerCase()) ? '' : cell));
  }
  const csv = Papa.unparse(rows, { newline: '\n' });
  const converted = snapshotFromCsv(csv, month, fileName, indicators);
  const problems: SheetProblem[] = converted.ok ? [] : converted.problems.map(atCell(figures.sheet));
  const warnings: SheetProblem[] = converted.ok ? converted.warnings.map(atCell(figures.sheet)) : [];

  const workstreamsSheet = findSheet(sheets, WORKSTREAMS_SHEET);
  const read = workstreamsSheet ? readWorkstreams(workstreamsSheet, fileName) : { reports: {}, problems: [], cellOf: () => undefined };
  problems.push(...read.problems);
  if (!converted.ok || problems.length) return { ok: false, problems };

  const snapshot: Snapshot = { ...converted.snapshot };
  if (Object.keys(read.reports).length) snapshot.workstreams = read.reports as Snapshot['workstreams'];
  const figureCell = figuresLocator(figures, headerIndex);
  const locate = (problem: Problem) => {
    const [top] = problem.path ?? [];
    if (top === 'values') return figureCell(problem);
    if (top === 'workstreams') return read.cellOf(problem);
    return undefined;
  };
  return { ok: true, snapshot, warnings, locate };
}

/** Where a problem of the snapshot at `$.values.CP5.numerator` is on the Figures sheet. */
function figuresLocator(sheet: WorkbookSheet, headerIndex: number): (problem: Problem) => string | undefined {
  if (headerIndex < 0) return () => undefined;
  const header = sheet.data[headerIndex]!.map((cell) => cellText(cell).trim().toLowerCase());
  const idColumn = header.indexOf('id');
  const rowOf = new Map<string, number>();
  sheet.data.forEach((row, index) => {
    const id = cellText(row[idColumn]).trim();
    if (index > headerIndex && id && !rowOf.has(id)) rowOf.set(id, index + 1);
  });
  return (problem) => {
    const [, id, field] = problem.path ?? [];
    const line = typeof id === 'string' ? rowOf.get(id) : undefined;
    if (line === undefined) return undefined;
    const named = typeof field === 'string' && field !== 'id' && field !== 'name' ? header.indexOf(field) : -1;
    const column = named >= 0 ? named : problem.code === 'unknown-indicator' ? idColumn : Math.max(header.indexOf('value'), 0);
    return cellName(sheet.sheet, line, column + 1);
  };
}

interface ReadWorkstreams {
  reports: Record<string, { rag: string; status?: string; highlights?: string[]; risks?: string[] }>;
  problems: SheetProblem[];
  cellOf: (problem: Problem) => string | undefined;
}

function readWorkstreams(sheet: WorkbookSheet, fileName: string): ReadWorkstreams {
  const problems: SheetProblem[] = [];
  const reports: ReadWorkstreams['reports'] = {};
  const at = (line: number, column: number) => ({ file: fileName, line, column, cell: cellName(sheet.sheet, line, column) });
  const headerIndex = sheet.data.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return { reports, problems, cellOf: () => undefined };
  const header = sheet.data[headerIndex]!.map((cell) => cellText(cell).trim().toLowerCase());
  const column = new Map<WorkstreamColumn, number>();
  for (const name of WORKSTREAM_COLUMNS) if (header.includes(name)) column.set(name, header.indexOf(name));
  const unknown = header.findIndex((name) => name !== '' && !(WORKSTREAM_COLUMNS as readonly string[]).includes(name));
  if (unknown >= 0) {
    problems.push({ severity: 'error', code: 'unknown-key', ...at(headerIndex + 1, unknown + 1), message: `Unknown column "${header[unknown]}" on the ${sheet.sheet} sheet`, expected: `columns ${WORKSTREAM_COLUMNS.join(', ')}`, found: `"${header[unknown]}"` });
  }
  for (const required of ['workstream', 'rag'] as const) {
    if (!column.has(required)) problems.push({ severity: 'error', code: 'missing-field', ...at(headerIndex + 1, 1), message: `The ${sheet.sheet} sheet has no "${required}" column`, expected: `a header row: ${WORKSTREAM_COLUMNS.join(', ')}`, found: `"${header.join(', ')}"` });
  }
  if (problems.length) return { reports, problems, cellOf: () => undefined };
  const rowOf = new Map<string, number>();
  sheet.data.forEach((row, index) => {
    if (index <= headerIndex || isBlank(row)) return;
    const line = index + 1;
    const long = row.findIndex((cell) => cellText(cell).length > MAX_CELL_CHARS);
    if (long >= 0) {
      problems.push({ severity: 'error', code: 'too-large', ...at(line, long + 1), message: 'A cell holds more text than any spreadsheet cell can', expected: `at most ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters`, found: `${cellText(row[long]).length.toLocaleString('en-GB')} characters` });
      return;
    }
    const text = (name: WorkstreamColumn) => (column.has(name) ? cellText(row[column.get(name)!]).trim() : '');
    const lines = (name: WorkstreamColumn) => text(name).split(/\r?\n/).map((item) => item.trim()).filter(Boolean);
    const id = text('workstream');
    const rest = (['rag', 'status', 'highlights', 'risks'] as const).some((name) => text(name) !== '');
    if (!id) {
      if (rest) problems.push({ severity: 'error', code: 'missing-field', ...at(line, column.get('workstream')! + 1), message: 'A row has no workstream id', expected: 'an id such as practice', found: 'an empty cell' });
      return;
    }
    if (rowOf.has(id)) {
      problems.push({ severity: 'error', code: 'duplicate-id', ...at(line, column.get('workstream')! + 1), message: `Workstream ${id} has two rows`, expected: 'one row per workstream', found: `another row for ${id} (the first is row ${rowOf.get(id)})` });
      return;
    }
    rowOf.set(id, line);
    // A workstream listed by the template and left empty is simply not reported this month.
    if (!rest) return;
    const report: ReadWorkstreams['reports'][string] = { rag: text('rag').toLowerCase() };
    if (text('status')) report.status = text('status');
    if (lines('highlights').length) report.highlights = lines('highlights');
    if (lines('risks').length) report.risks = lines('risks');
    reports[id] = report;
  });
  const cellOf = (problem: Problem) => {
    const [, id, field] = problem.path ?? [];
    const line = typeof id === 'string' ? rowOf.get(id) : undefined;
    if (line === undefined) return undefined;
    const named = typeof field === 'string' ? column.get(field as WorkstreamColumn) : undefined;
    return cellName(sheet.sheet, line, (named ?? (problem.code === 'unknown-workstream' ? column.get('workstream')! : column.get('rag')!)) + 1);
  };
  return { reports, problems, cellOf };
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
