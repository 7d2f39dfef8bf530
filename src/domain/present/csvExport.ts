// Tables out to CSV for Excel. A byte-order mark makes Excel read UTF-8; CRLF line ends; cells
// quoted when they hold a comma, quote or line break. Text beginning with = + - or @ would run as
// a formula in Excel (CSV injection, OWASP): such text cells get a leading apostrophe. Numbers
// are written as they are, negative numbers included.
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
