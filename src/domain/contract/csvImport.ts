// A spreadsheet export to a monthly snapshot. One row per indicator: id, value, numerator,
// denominator, note, and optionally quality and the narrative (csvPlanColumns.ts) (a header row naming them is expected; columns may come in any order).
// Tolerates what Excel does to a CSV: a byte-order mark, semicolons instead of commas, "43%",
// "1,204", blank rows. papaparse does the CSV parsing (quotes, line endings, delimiters).
import Papa from 'papaparse';
import { decodeSpreadsheetText } from './decodeText';
import type { Problem } from './problems';
import type { Indicator, Snapshot, ValueEntry, ValueObject } from '../schema';
import { PLAN_COLUMNS, planCells } from './csvPlanColumns';

export const CSV_COLUMNS = ['id', 'value', 'numerator', 'denominator', 'note', ...PLAN_COLUMNS] as const;
type Column = (typeof CSV_COLUMNS)[number];

/**
 * The most characters a cell may hold: Excel's own limit for a cell ("Excel specifications and
 * limits": 32,767 characters). A longer one was not typed in a spreadsheet, and a month's note
 * that unpacks to 100 MB must never become a 100 MB month file.
 */
export const MAX_CELL_CHARS = 32_767;

export type CsvResult = { ok: true; snapshot: Snapshot; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Columns with an empty heading in row `headerIndex` but something below it, with the first row that has. */
export function columnsWithoutHeading(rows: readonly (readonly string[])[], headerIndex: number): { column: number; below: number }[] {
  const header = rows[headerIndex] ?? [];
  const found: { column: number; below: number }[] = [];
  header.forEach((heading, column) => {
    if (heading.trim() !== '') return;
    const below = rows.findIndex((row, index) => index > headerIndex && (row[column] ?? '').trim() !== '');
    if (below >= 0) found.push({ column, below });
  });
  return found;
}

/** "43%", " 1,204 ", "21.4" to a number; "" to null; anything else to undefined (an error). */
export function parseSpreadsheetNumber(text: string): number | null | undefined {
  let cleaned = text.trim().replace(/%$/, '').trim();
  if (cleaned === '') return null;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** Excel writes semicolons in some locales: the header row's most frequent of , ; and tab. */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

/**
 * The CSV as a snapshot of `month`. With the catalogue, a "%" on a figure of an indicator that is
 * not a percent is a warning: "12%" of agency staff is probably the wrong column or indicator.
 */
export function snapshotFromCsv(content: Uint8Array | string, month: string, fileName: string, indicators: readonly Pick<Indicator, 'id' | 'unit'>[] = []): CsvResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const unitOf = new Map(indicators.map((indicator) => [indicator.id, indicator.unit]));
  const fail = (message: string, line = 1, column = 1, expected?: string, found?: string): CsvResult => ({
    ok: false,
    problems: [...problems, { severity: 'error', code: 'invalid-value', file: fileName, line, column, message, expected, found }],
  });
  let text: string;
  if (typeof content === 'string') text = content.replace(/^\uFEFF/, '');
  else {
    const decoded = decodeSpreadsheetText(content);
    if (!decoded.ok) return fail(`The CSV file is unreadable: ${decoded.detail}`);
    text = decoded.text;
    if (decoded.note) warnings.push({ severity: 'warning', code: 'not-utf8', file: fileName, line: decoded.line ?? 1, column: decoded.column ?? 1, message: `The CSV file was ${decoded.note}` });
  }
  // Blank rows are kept here and skipped below, so that row numbers stay the file's line numbers.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const blank = (row: string[]) => row.every((cell) => cell.trim() === '');
  const firstRow = parsed.data.findIndex((row) => !blank(row));
  const rows = firstRow < 0 ? [] : parsed.data.slice(firstRow);
  const lineOffset = firstRow + 1;
  if (rows.length === 0) return fail('The CSV file has no rows', 1, 1, 'a header row and one row per indicator', 'no rows');
  const header = rows[0]!.map((cell) => cell.trim().toLowerCase());
  if (!header.includes('id') || !header.includes('value')) {
    return fail('The first row must name the columns', 1, 1, `a header row: ${CSV_COLUMNS.join(', ')}`, `"${rows[0]!.join(',')}"`);
  }
  const columnIndex = new Map<Column, number>();
  for (const column of CSV_COLUMNS) {
    const index = header.indexOf(column);
    if (index >= 0) columnIndex.set(column, index);
  }
  const unknown = header.filter((name) => name !== '' && !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length) {
    return fail(`Unknown column "${unknown[0]}"`, lineOffset, header.indexOf(unknown[0]!) + 1, `columns ${CSV_COLUMNS.join(', ')}`, `"${unknown[0]}"`);
  }
  // A column with figures below an empty heading (a blank or merged heading cell): they would be lost.
  const [unnamed] = columnsWithoutHeading(rows, 0);
  if (unnamed) {
    return fail(`Column ${unnamed.column + 1} holds figures but has no heading`, lineOffset, unnamed.column + 1, `a heading for it: one of ${CSV_COLUMNS.join(', ')}`, `an empty heading above "${rows[unnamed.below]![unnamed.column]!.trim().slice(0, 40)}" (line ${unnamed.below + lineOffset})`);
  }
  // A column named twice: which one holds the figures would be a guess, and the other is lost.
  const twice = header.findIndex((name, index) => name !== '' && header.indexOf(name) !== index);
  if (twice >= 0) {
    return fail(`The column "${header[twice]}" is named twice`, lineOffset, twice + 1, 'each column once', `"${header[twice]}" again (first in column ${header.indexOf(header[twice]!) + 1})`);
  }

  const values: Record<string, ValueEntry> = {};
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, rowIndex) => {
    const line = rowIndex + 1 + lineOffset;
    const cell = (column: Column) => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    if (row.every((value) => value.trim() === '')) return;
    const long = row.findIndex((value) => value.length > MAX_CELL_CHARS);
    if (long >= 0) {
      problems.push({ severity: 'error', code: 'too-large', file: fileName, line, column: long + 1, message: 'A cell holds more text than any spreadsheet cell can', expected: `at most ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters (a note is a sentence or two)`, found: `${row[long]!.length.toLocaleString('en-GB')} characters` });
      return;
    }
    // A cell beyond the header's columns belongs to no column: its figure would be lost.
    const extra = row.findIndex((value, index) => index >= header.length && value.trim() !== '');
    if (extra >= 0) {
      problems.push({ severity: 'error', code: 'invalid-value', file: fileName, line, column: extra + 1, message: 'A row has more cells than the header has columns', expected: `at most ${header.length} cells (${header.filter(Boolean).join(', ')})`, found: `"${row[extra]!.trim()}" in column ${extra + 1}` });
      return;
    }
    const id = cell('id');
    if (!id) {
      problems.push({ severity: 'error', code: 'missing-field', file: fileName, line, column: (columnIndex.get('id') ?? 0) + 1, message: 'A row has no indicator id', expected: 'an id such as CP5', found: 'an empty cell' });
      return;
    }
    if (seen.has(id)) {
      problems.push({ severity: 'error', code: 'duplicate-id', file: fileName, line, column: (columnIndex.get('id') ?? 0) + 1, message: `Indicator ${id} has two rows`, expected: 'one row per indicator', found: `another row for ${id} (the first is line ${seen.get(id)})` });
      return;
    }
    seen.set(id, line);
    const numbers: Partial<Record<'value' | 'numerator' | 'denominator', number | null>> = {};
    for (const column of ['value', 'numerator', 'denominator'] as const) {
      const raw = cell(column);
      const number = parseSpreadsheetNumber(raw);
      if (number === undefined) {
        problems.push({ severity: 'error', code: 'wrong-type', file: fileName, line, column: (columnIndex.get(column) ?? 0) + 1, message: `The ${column} of ${id} is not a number`, expected: 'a number such as 43, 43%, 21.4 or 1,204', found: `"${raw}"` });
        return;
      }
      numbers[column] = number;
      const unit = unitOf.get(id);
      if (column === 'value' && unit !== undefined && unit !== 'percent' && /%\s*$/.test(raw)) {
        warnings.push({ severity: 'warning', code: 'percent-sign', file: fileName, line, column: (columnIndex.get(column) ?? 0) + 1, message: `${id} is a ${unit}, not a percent, but its value has a %`, expected: `a ${unit} without %`, found: `"${raw}"` });
      }
    }
    const plan = planCells(cell);
    if (!plan.ok) {
      problems.push({ severity: 'error', code: 'invalid-value', file: fileName, line, column: (columnIndex.get('quality') ?? 0) + 1, message: `The quality of ${id} is not one of the words`, expected: 'good, caution or poor (or empty)', found: `"${plan.found}"` });
      return;
    }
    const note = cell('note');
    const entry: ValueObject = { value: numbers.value ?? null, ...plan.fields };
    if (typeof numbers.numerator === 'number') entry.numerator = numbers.numerator;
    if (typeof numbers.denominator === 'number') entry.denominator = numbers.denominator;
    if (note) entry.note = note;
    values[id] = Object.keys(entry).length === 1 ? entry.value : entry;
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, snapshot: { month, status: 'final', values }, warnings };
}
