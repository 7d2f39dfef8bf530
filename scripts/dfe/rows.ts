// Picking rows from a DfE file: England's, a region's and a council's row for a year, with the
// mapping's filter applied; a joint row ("314 / 318") stands for each of its councils.
import { parseValue, type CsvRow } from './cells';
import type { MeasureMapping } from './mapping';

export interface RowIndex {
  /** Every time_period in the (filtered) file, ascending. */
  years: number[];
  national: Map<number, CsvRow[]>;
  /** Key `${year}|${region name in lower case}`. */
  regional: Map<string, CsvRow[]>;
  /** Key `${year}|${code}`; a joint row ("314 / 318") is filed under each of its codes. */
  local: Map<string, CsvRow[]>;
  /** Every local authority row of each year, once: a joint row is one row (the national field). */
  localByYear: Map<number, CsvRow[]>;
}

function push<K>(map: Map<K, CsvRow[]>, key: K, row: CsvRow): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** The codes a row's old_la_code stands for: "306" → ["306"], "314 / 318" → ["314", "318"]. */
export function rowCodes(row: CsvRow): string[] {
  return (row.old_la_code ?? '')
    .split('/')
    .map((code) => code.trim())
    .filter(Boolean);
}

/** True when the row matches every column = value of the filter (case and spaces ignored). */
export function matchesFilter(row: CsvRow, filter: Readonly<Record<string, string>> | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(
    ([column, value]) => (row[column] ?? '').trim().toLowerCase() === value.trim().toLowerCase(),
  );
}

export function indexRows(rows: readonly CsvRow[], filter?: Readonly<Record<string, string>>): RowIndex {
  const index: RowIndex = { years: [], national: new Map(), regional: new Map(), local: new Map(), localByYear: new Map() };
  const years = new Set<number>();
  for (const row of rows) {
    if (!matchesFilter(row, filter)) continue;
    const period = (row.time_period ?? '').trim();
    if (!/^\d{4}$/.test(period)) continue;
    const year = Number(period);
    years.add(year);
    const level = (row.geographic_level ?? '').trim().toLowerCase();
    if (level === 'national') push(index.national, year, row);
    else if (level === 'regional') push(index.regional, `${year}|${(row.region_name ?? '').trim().toLowerCase()}`, row);
    else if (level === 'local authority') {
      push(index.localByYear, year, row);
      for (const code of rowCodes(row)) push(index.local, `${year}|${code}`, row);
    }
  }
  index.years = [...years].sort((a, b) => a - b);
  return index;
}

/** Thrown when a file has more than one row where one is expected: the mapping needs a filter. */
export class AmbiguousRowsError extends Error {}

export function onlyRow(rows: readonly CsvRow[] | undefined, what: string, mapping: MeasureMapping): CsvRow | undefined {
  if (!rows || rows.length === 0) return undefined;
  if (rows.length === 1) return rows[0];
  const first = rows[0]!;
  const differing = Object.keys(first).filter(
    (column) => rows.some((row) => row[column] !== first[column]) && rows.every((row) => parseValue(row[column]).value === null),
  );
  const hint = differing.length
    ? `; the rows differ in ${differing.map((column) => `"${column}"`).join(', ')}: add a "filter" to the mapping, e.g. "filter": { "${differing[0]}": "${first[differing[0]!]}" }`
    : '; add a "filter" to the mapping to pick one';
  throw new AmbiguousRowsError(`${mapping.indicator}: ${rows.length} rows for ${what} in ${mapping.file}${hint}`);
}
