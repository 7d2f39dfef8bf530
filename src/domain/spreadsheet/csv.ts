// A CSV file's text to rows as the workbook reader gives them, so a list may come as a sheet or as
// a CSV and be read by the same code. Every field is text, as written (a CSV has no types: "0.88"
// and "01/02/2024" are text, for the caller to read by its own rules); papaparse does the quoting
// and line ends.
import Papa from 'papaparse';
import type { Cell, SheetRow } from './cells';
import { EMPTY_CELL } from './cellValue';

/**
 * The header row's most frequent of comma, semicolon and tab (Excel writes semicolons in locales
 * where the comma is the decimal mark). The same rule as the Figures import's (contract/csvImport.ts).
 */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

/**
 * The rows of a CSV file (already decoded to text; a byte-order mark is dropped). Row numbers are
 * the records' numbers as a spreadsheet shows the file, 1-based, header included: a quoted field
 * that runs over several lines is one row, as Excel opens it, so the rows after it are numbered
 * as in Excel, not as in a text editor. As from a sheet, a row with no value at all (a blank line,
 * or only commas) is left out, and the rows after it keep their numbers.
 */
export function rowsFromCsv(text: string): SheetRow[] {
  const content = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(content, { skipEmptyLines: false, delimiter: guessDelimiter(content) });
  const rows: SheetRow[] = [];
  parsed.data.forEach((fields, index) => {
    if (fields.every((field) => field === '')) return;
    const cells = fields.map((field): Cell => (field === '' ? EMPTY_CELL : { kind: 'text', text: field }));
    rows.push({ row: index + 1, cells });
  });
  return rows;
}
