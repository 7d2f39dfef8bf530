// A cell of a DfE data file: a number, or missing with the DfE's symbol, never 0 for a symbol or an
// empty cell. The DfE's "low" is a real figure that rounds to 0 (under 0.5), not missing; "u" is a
// figure withheld as of low reliability. Also: rows of cells as records keyed by header, and the
// DfE's rounding (half away from zero).

export type CsvRow = Record<string, string>;

/** The DfE's symbols for a figure that is not published, and what each means. */
export const MISSING_SYMBOLS: Readonly<Record<string, string>> = {
  c: 'suppressed',
  k: 'suppressed',
  x: 'not available',
  // The DfE's symbols guide: "u" marks a figure of low reliability, withheld.
  u: 'low reliability',
  z: 'not applicable',
  '-': 'not available',
  '..': 'not available',
  ':': 'not available',
  '': 'not available',
};

export type CellValue = { value: number } | { value: null; symbol: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A cell as a number, or missing with the symbol found. Never 0 for a symbol or an empty cell. */
export function parseValue(raw: string | null | undefined): CellValue {
  const text = (raw ?? '').trim();
  if (NUMBER.test(text)) return { value: Number(text) };
  if (GROUPED_NUMBER.test(text)) return { value: Number(text.replace(/,/g, '')) };
  return { value: null, symbol: text };
}

/**
 * The DfE's "low": a positive figure that rounds to 0 at the published precision, i.e. under 0.5
 * (DfE, "Symbols used in our statistics": "low – rounds to 0, but not zero"). Not missing.
 */
export const LOW_SYMBOL = 'low';
export const LOW_BELOW = 0.5;

/** True for the DfE's "low" (any case, spaces ignored). */
export function isLow(symbol: string | undefined): boolean {
  return (symbol ?? '').trim().toLowerCase() === LOW_SYMBOL;
}

/** What a missing cell's symbol means: "suppressed", "not available", "not applicable". */
export function missingReason(symbol: string): string {
  if (isLow(symbol)) return `under ${LOW_BELOW}`;
  return MISSING_SYMBOLS[symbol.toLowerCase()] ?? 'not available';
}

/** Rows of cells (the header first) as records keyed by header. A header that repeats keeps its
 * first column; rows with no text at all are dropped; the byte-order mark is removed. */
export function recordsFromCells(cells: readonly (readonly string[])[]): CsvRow[] {
  const [header, ...body] = cells;
  if (!header) return [];
  const names = header.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
  const rows: CsvRow[] = [];
  for (const line of body) {
    if (line.every((cell) => cell.trim() === '')) continue;
    const row: CsvRow = {};
    names.forEach((name, index) => {
      if (name !== '' && !(name in row)) row[name] = (line[index] ?? '').trim();
    });
    rows.push(row);
  }
  return rows;
}

/** Half away from zero at `decimals` places, without binary artefacts (26.25 → 26.3). */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}
