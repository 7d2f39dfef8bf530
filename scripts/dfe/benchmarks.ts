// Published comparators from the DfE's data files (shared/benchmarks/dfe): England, the council's
// region, the mean of its ten statistical neighbours and the council's own published figure, for
// each indicator that data/benchmark-mapping.json maps to a DfE measure; and, for
// data/comparators.json, the council's and each neighbour's own figure, so that the dashboard can
// rank the council among its neighbours. Pure functions: the input is CSV already parsed into
// rows of text; scripts/importBenchmarks.ts does the files.
//
// Rules kept here: a value that is not a number (x, c, z, u, k, -, .., empty) is missing and never
// 0; the DfE's "low" is a real figure that rounds to 0 (under 0.5), kept as "under 0.5" and ranked
// and averaged as such; "u" is a figure withheld as of low reliability; a derived measure is
// sum(numerator columns) / denominator column × scale, as the DfE defines it; the neighbour mean is
// over the neighbours that have a figure, says how many, and never counts a joint figure that
// includes the council itself (its own figure would be inside its comparator).
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { z } from 'zod';
import type { Benchmark, ComparatorMeasure, ComparatorsFile, ComparatorValue } from '../../src/domain/schema';
import { nearest, nearestMany } from '../../src/domain/contract/suggest';

export type CsvRow = Record<string, string>;

// ---------- cells ----------

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

// ---------- periods ----------

export const PERIOD_TYPES = ['year-to-31-march', 'at-30-september'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** The DfE's time_period as the dashboard writes it: 2018 → "2017-18" or "at 30 Sep 2018". */
export function periodLabel(year: number, type: PeriodType): string {
  if (type === 'at-30-september') return `at 30 Sep ${year}`;
  return `${year - 1}-${String(year % 100).padStart(2, '0')}`;
}

export const DEFAULT_FROM_YEAR: Readonly<Record<PeriodType, number>> = {
  'year-to-31-march': 2018,
  'at-30-september': 2017,
};

// ---------- the mapping file ----------

export const DEFAULT_NEIGHBOURS_FILE = 'sn_model_2025_wide.csv';
export const DEFAULT_SCALE = 100;
export const DEFAULT_DECIMALS = 1;

export const measureMappingSchema = z
  .strictObject({
    indicator: z.string().regex(/^[A-Za-z0-9-]+$/, { message: 'an indicator id of letters, digits and -' }),
    measure: z.string().optional(),
    file: z.string().min(1),
    column: z.string().min(1).optional(),
    numerator: z.array(z.string().min(1)).min(1).optional(),
    denominator: z.string().min(1).optional(),
    scale: z.number().positive().optional(),
    decimals: z.number().int().min(0).max(3).optional(),
    filter: z.record(z.string(), z.string()).optional(),
    period: z.enum(PERIOD_TYPES),
    fromYear: z.number().int().min(1990).max(2100).optional(),
    source: z.string().min(1),
  })
  .superRefine((mapping, context) => {
    const derived = mapping.numerator !== undefined || mapping.denominator !== undefined;
    if (mapping.column !== undefined && derived) {
      context.addIssue({ code: 'custom', message: 'give either "column" or "numerator" and "denominator", not both' });
    } else if (mapping.column === undefined && !derived) {
      context.addIssue({ code: 'custom', message: 'give "column", or "numerator" and "denominator"' });
    } else if (derived && (mapping.numerator === undefined || mapping.denominator === undefined)) {
      context.addIssue({ code: 'custom', message: 'a derived measure needs both "numerator" and "denominator"' });
    }
    if (mapping.column !== undefined && mapping.scale !== undefined) {
      context.addIssue({ code: 'custom', path: ['scale'], message: '"scale" applies only to a derived measure' });
    }
  });

export const benchmarkMappingFileSchema = z
  .strictObject({
    neighbours: z.string().min(1).optional(),
    mappings: z.array(measureMappingSchema),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.mappings.forEach((mapping, index) => {
      if (seen.has(mapping.indicator)) {
        context.addIssue({
          code: 'custom',
          path: ['mappings', index, 'indicator'],
          message: `"${mapping.indicator}" is mapped twice; one mapping per indicator`,
        });
      }
      seen.add(mapping.indicator);
    });
  });

export type MeasureMapping = z.infer<typeof measureMappingSchema>;
export type BenchmarkMappingFile = z.infer<typeof benchmarkMappingFileSchema>;

const MAPPING_KEYS = Object.keys(measureMappingSchema.shape);
const FILE_KEYS = Object.keys(benchmarkMappingFileSchema.shape);

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
  return text || '(top level)';
}

export type MappingParse = { ok: true; mapping: BenchmarkMappingFile } | { ok: false; errors: string[] };

/** The mapping file checked, every problem as one line ("mappings[2].colum: unknown key ..."). */
export function parseMappingFile(json: unknown): MappingParse {
  const result = benchmarkMappingFileSchema.safeParse(json);
  if (result.success) return { ok: true, mapping: result.data };
  const errors = result.error.issues.map((issue) => {
    const where = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = issue.path.length === 0 ? FILE_KEYS : MAPPING_KEYS;
      return issue.keys
        .map((key) => {
          const suggestion = nearest(key, known);
          return `${where}: unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
        })
        .join('\n');
    }
    return `${where}: ${issue.message}`;
  });
  return { ok: false, errors };
}

/** The columns a mapping reads (filter columns included). */
export function columnsUsed(mapping: MeasureMapping): string[] {
  const columns = mapping.column !== undefined ? [mapping.column] : [...(mapping.numerator ?? []), mapping.denominator!];
  return [...columns, ...Object.keys(mapping.filter ?? {})];
}

export const ROW_COLUMNS = ['time_period', 'geographic_level', 'region_name', 'la_name', 'old_la_code'];

/** Columns the mapping needs that the file does not have, each with the nearest that it has. */
export function missingColumns(mapping: MeasureMapping, fields: readonly string[]): string[] {
  const have = new Set(fields);
  return [...ROW_COLUMNS, ...columnsUsed(mapping)]
    .filter((column) => !have.has(column))
    .map((column) => {
      // A column that contains what was typed ("vacancy_rate" → "vacancy_rate_fte") before the
      // nearest by edit distance.
      const containing = fields
        .filter((field) => field.toLowerCase().includes(column.toLowerCase()))
        .sort((a, b) => a.length - b.length);
      const suggestion = containing[0] ?? nearest(column, fields);
      return `no column "${column}" in ${mapping.file}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
    });
}

/** The formula of a derived measure in words, e.g. "100 × (A + B) / C". */
export function describeDerivation(mapping: MeasureMapping): string | undefined {
  if (mapping.numerator === undefined || mapping.denominator === undefined) return undefined;
  const scale = mapping.scale ?? DEFAULT_SCALE;
  const numerator = mapping.numerator.length > 1 ? `(${mapping.numerator.join(' + ')})` : mapping.numerator[0]!;
  return `${scale === 1 ? '' : `${scale} × `}${numerator} / ${mapping.denominator}`;
}

// ---------- a measure from one row ----------

export type MeasureValue =
  | { value: number }
  | { value: null; column: string; symbol: string; reason: string; /** "low": the figure is under this. */ below?: number };

/**
 * The mapped measure for one row. A published column as published; a derived ratio as
 * sum(numerator) / denominator × scale, rounded to `decimals` places as the DfE rounds. Missing
 * (never 0) if any cell it needs is missing, or the denominator is 0.
 */
export function measureValue(row: CsvRow, mapping: MeasureMapping): MeasureValue {
  const cell = (column: string): MeasureValue => {
    const parsed = parseValue(row[column]);
    return parsed.value === null
      ? { value: null, column, symbol: parsed.symbol, reason: missingReason(parsed.symbol) }
      : parsed;
  };
  if (mapping.column !== undefined) {
    const published = cell(mapping.column);
    return published.value === null && isLow(published.symbol) ? { ...published, below: LOW_BELOW } : published;
  }
  let sum = 0;
  for (const column of mapping.numerator ?? []) {
    const part = cell(column);
    if (part.value === null) return isLow(part.symbol) ? { ...part, reason: `not calculable (${column} is under ${LOW_BELOW})` } : part;
    sum += part.value;
  }
  const denominator = cell(mapping.denominator!);
  if (denominator.value === null) return denominator;
  if (denominator.value === 0) {
    return { value: null, column: mapping.denominator!, symbol: '0', reason: 'not applicable' };
  }
  const value = (sum / denominator.value) * (mapping.scale ?? DEFAULT_SCALE);
  return { value: roundHalfUp(value, mapping.decimals ?? DEFAULT_DECIMALS) };
}

// ---------- picking rows ----------

export interface RowIndex {
  /** Every time_period in the (filtered) file, ascending. */
  years: number[];
  national: Map<number, CsvRow[]>;
  /** Key `${year}|${region name in lower case}`. */
  regional: Map<string, CsvRow[]>;
  /** Key `${year}|${code}`; a joint row ("314 / 318") is filed under each of its codes. */
  local: Map<string, CsvRow[]>;
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
  const index: RowIndex = { years: [], national: new Map(), regional: new Map(), local: new Map() };
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
    else if (level === 'local authority') for (const code of rowCodes(row)) push(index.local, `${year}|${code}`, row);
  }
  index.years = [...years].sort((a, b) => a - b);
  return index;
}

/** Thrown when a file has more than one row where one is expected: the mapping needs a filter. */
export class AmbiguousRowsError extends Error {}

function onlyRow(rows: readonly CsvRow[] | undefined, what: string, mapping: MeasureMapping): CsvRow | undefined {
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

// ---------- councils and neighbours ----------

export interface Council {
  /** The DfE's three-digit LA number (old_la_code). */
  code: string;
  name: string;
  /** The latest time_period with a row for this council in the DfE files read. */
  lastYear?: number;
}

export interface NeighbourGroup {
  code: string;
  name: string;
  /** The ten neighbours' LA numbers, nearest first. */
  neighbours: string[];
}

/**
 * A statistical neighbour table, either layout: the 2025 model (old_la_code, la_name, SN_1 ..
 * SN_10) or the April 2021 groupings (LA number, LA Name, SN1 .. SN10). Rows without a code or
 * neighbours (the blank and "Old SNs:" lines) are skipped.
 */
export function readNeighbourTable(rows: readonly CsvRow[]): Map<string, NeighbourGroup> {
  const groups = new Map<string, NeighbourGroup>();
  for (const row of rows) {
    const code = (row.old_la_code ?? row['LA number'] ?? row['LA num'] ?? '').trim();
    const name = (row.la_name ?? row['LA Name'] ?? '').trim();
    const neighbours = Object.keys(row)
      .map((column) => ({ column, rank: /^SN_?(\d+)$/.exec(column)?.[1] }))
      .filter((entry) => entry.rank !== undefined)
      .sort((a, b) => Number(a.rank) - Number(b.rank))
      .map((entry) => (row[entry.column] ?? '').trim())
      .filter(Boolean);
    if (!/^\d+$/.test(code) || neighbours.length === 0) continue;
    if (!groups.has(code)) groups.set(code, { code, name, neighbours });
  }
  return groups;
}

/**
 * Every council named in the files: from the local authority rows of the DfE files (the name of
 * its latest row) and from the neighbour table. Joint rows ("314 / 318") are not councils.
 */
export function councilDirectory(
  tables: readonly (readonly CsvRow[])[],
  groups: ReadonlyMap<string, NeighbourGroup> = new Map(),
): Council[] {
  const byCode = new Map<string, Council>();
  for (const rows of tables) {
    for (const row of rows) {
      if ((row.geographic_level ?? '').trim().toLowerCase() !== 'local authority') continue;
      const codes = rowCodes(row);
      const year = Number(row.time_period);
      if (codes.length !== 1 || !Number.isInteger(year)) continue;
      const code = codes[0]!;
      const known = byCode.get(code);
      if (!known || (known.lastYear ?? 0) < year) byCode.set(code, { code, name: row.la_name!.trim(), lastYear: year });
    }
  }
  for (const group of groups.values()) {
    if (!byCode.has(group.code) && group.name) byCode.set(group.code, { code: group.code, name: group.name });
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const INPUT_PREFIXES = [
  'the ',
  'london borough of ',
  'royal borough of ',
  'metropolitan borough of ',
  'borough of ',
  'city of ',
  'county of ',
];
const SUFFIXES = [
  ' metropolitan borough council',
  ' metropolitan district council',
  ' county borough council',
  ' borough council',
  ' county council',
  ' city council',
  ' district council',
  ' council',
];

function baseKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/,\s*(city|county) of\s*$/, '')
    .replace(/[,\s]+/g, ' ')
    .trim();
}

/** A council name reduced for matching: lower case, "&" as "and", no "London Borough of" or
 * "Council", no ", City of" ("Bristol, City of" and "Bristol City Council" both give "bristol"). */
export function councilKey(name: string, { stripPrefixes = true } = {}): string {
  let key = baseKey(name);
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of stripPrefixes ? INPUT_PREFIXES : []) {
      if (key.startsWith(prefix) && key.length > prefix.length) {
        key = key.slice(prefix.length);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        key = key.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return key;
}

/**
 * Names officers use that the DfE spells otherwise (keys as councilKey gives them). "Kingston"
 * alone means Kingston upon Thames, the London borough: Hull is "Hull", as its council calls itself.
 */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  hull: 'Kingston upon Hull, City of',
  'kingston upon hull': 'Kingston upon Hull, City of',
  'hull city': 'Kingston upon Hull, City of',
  durham: 'County Durham',
  'durham county': 'County Durham',
  kingston: 'Kingston upon Thames',
  bcp: 'Bournemouth, Christchurch and Poole',
};

/**
 * Councils replaced by others since the DfE's series began, with their successors (keys as
 * councilKey gives them). Sources: the Northamptonshire (Structural Changes) Order 2020; the
 * Cumbria (Structural Changes) Order 2022; the Bournemouth, Dorset and Poole (Structural Changes)
 * Order 2018.
 */
export const SUCCESSORS: Readonly<Record<string, { name: string; successors: readonly string[]; from: string }>> = {
  northamptonshire: { name: 'Northamptonshire', successors: ['North Northamptonshire', 'West Northamptonshire'], from: 'April 2021' },
  cumbria: { name: 'Cumbria', successors: ['Cumberland', 'Westmorland and Furness'], from: 'April 2023' },
  poole: { name: 'Poole', successors: ['Bournemouth, Christchurch and Poole'], from: 'April 2019' },
  bournemouth: { name: 'Bournemouth', successors: ['Bournemouth, Christchurch and Poole'], from: 'April 2019' },
};

export type CouncilMatch =
  | { ok: true; council: Council; notice?: string }
  | { ok: false; message: string; suggestions: string[] };

function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * The council an officer named, case-insensitively, also as "London Borough of Croydon" or
 * "Croydon Council", or by a common short name ("Hull", "Durham", "Kingston"). When two councils
 * share a name (Dorset before and after 2019), the one with the latest figures. A council that
 * has been replaced by one council ("Poole") is read as that council, with a notice; one replaced
 * by two or more ("Northamptonshire") is refused, naming its successors; either way
 * `allowAbolished` imports the old council itself, with a notice. Otherwise the nearest names, for "Did you mean".
 */
export function resolveCouncil(
  input: string,
  councils: readonly Council[],
  suggestionCount = 3,
  options: { allowAbolished?: boolean } = {},
): CouncilMatch {
  const latest = (list: Council[]) => list.sort((a, b) => (b.lastYear ?? 0) - (a.lastYear ?? 0))[0];
  const wanted = councilKey(input);
  const replaced = SUCCESSORS[wanted];
  // One successor (Poole, Bournemouth): the officer means the council that took its place.
  const only = replaced && !options.allowAbolished && replaced.successors.length === 1 ? councils.filter((council) => council.name === replaced.successors[0]) : [];
  if (replaced && only.length) {
    return {
      ok: true,
      council: latest(only)!,
      notice: `"${input}" read as ${replaced.successors[0]}, which replaced ${replaced.name} in ${replaced.from}. For the old council's figures before then, add --abolished.`,
    };
  }
  if (replaced && !options.allowAbolished) {
    const which = replaced.successors.length > 1 ? `Give one of them: --la ${quotedList(replaced.successors)}` : `Give --la ${quotedList(replaced.successors)}`;
    return {
      ok: false,
      suggestions: [...replaced.successors],
      message: `${replaced.name} was replaced in ${replaced.from} by ${replaced.successors.join(' and ')}. ${which}; or, for the old council's figures before then, add --abolished.`,
    };
  }
  const notice = replaced ? `${replaced.name} was replaced in ${replaced.from} by ${replaced.successors.join(' and ')}: its figures stop then.` : undefined;
  const exact = councils.filter((council) => council.name.trim().toLowerCase() === input.trim().toLowerCase());
  if (exact.length) return { ok: true, council: latest(exact)!, ...(notice ? { notice } : {}) };
  const keyed = councils.filter((council) => councilKey(council.name, { stripPrefixes: false }) === wanted);
  if (keyed.length && wanted) return { ok: true, council: latest(keyed)!, ...(notice ? { notice } : {}) };
  const named = SHORT_NAMES[wanted];
  const aliased = named ? councils.filter((council) => council.name === named) : [];
  if (aliased.length) return { ok: true, council: latest(aliased)!, notice: `"${input}" read as ${named}.` };
  const names = [...new Set(councils.map((council) => council.name))];
  const suggestions = nearestMany(wanted || input, names, suggestionCount);
  return {
    ok: false,
    suggestions,
    message: `Unknown council "${input}".${suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`,
  };
}

// ---------- comparators ----------

/** One column on every page; the basis says how many neighbours the mean rests on, each period. */
export const NEIGHBOURS_LABEL = 'Statistical neighbours (mean)';

export interface NeighbourMean {
  value: number | null;
  /** How many neighbours had a figure. */
  count: number;
  /** How many neighbours the group has (10). */
  of: number;
  basis: string;
}

export interface NeighbourFigure {
  name: string;
  /** A number, or missing: `reason` is "suppressed", "not available", "not published", ... */
  value: number | null;
  reason?: string;
  /** The DfE's symbol in the file for a missing figure ("c", "x"); absent when there was no row. */
  symbol?: string;
  /** Set when the figure is a joint one, e.g. "Kingston upon Thames / Richmond upon Thames". */
  jointWith?: string;
  /** The joint figure includes the council itself: never in its own neighbour mean. */
  includesCouncil?: boolean;
  /** The DfE's "low": the figure is under this (0.5). */
  below?: number;
}

/**
 * The mean over the neighbours that have a figure, rounded to `decimals`, with a basis such as
 * "mean of 9 of 10 statistical neighbours; 1 suppressed (Hackney)". Null when none has one.
 * - A "low" figure (under 0.5) counts as 0.25, the middle of what it can be: the mean is then
 *   within 0.25 / N of the true one, under the rounding of the published figures. The basis says so.
 * - A joint figure that includes the council itself is left out: the council would be inside its
 *   own comparator. The basis names it.
 * - A joint figure shared by two neighbours (North and West Northamptonshire) is counted once.
 */
export function neighbourMean(figures: readonly NeighbourFigure[], decimals = DEFAULT_DECIMALS): NeighbourMean {
  const of = figures.length;
  const used: (NeighbourFigure & { counted: number })[] = [];
  const ownJoint: NeighbourFigure[] = [];
  const sharedJoint: NeighbourFigure[] = [];
  const seenJoint = new Set<string>();
  const missingByReason = new Map<string, string[]>();
  for (const figure of figures) {
    const counted = figure.value ?? (figure.below !== undefined ? figure.below / 2 : null);
    if (counted === null) {
      const reason = figure.reason ?? 'not available';
      missingByReason.set(reason, [...(missingByReason.get(reason) ?? []), figure.name]);
    } else if (figure.includesCouncil) ownJoint.push(figure);
    else if (figure.jointWith && seenJoint.has(figure.jointWith)) sharedJoint.push(figure);
    else {
      if (figure.jointWith) seenJoint.add(figure.jointWith);
      used.push({ ...figure, counted });
    }
  }
  const count = used.length;
  const value = count ? roundHalfUp(used.reduce((sum, figure) => sum + figure.counted, 0) / count, decimals) : null;
  const parts = [count === of ? `mean of ${of} statistical neighbours` : `mean of ${count} of ${of} statistical neighbours`];
  for (const [reason, names] of missingByReason) parts.push(`${names.length} ${reason} (${names.join(', ')})`);
  if (ownJoint.length) {
    parts.push(`left out: ${ownJoint.map((figure) => `${figure.name} (joint figure ${figure.jointWith}, which includes this council)`).join(', ')}`);
  }
  if (sharedJoint.length) {
    parts.push(`counted once: ${sharedJoint.map((figure) => `${figure.name} (joint figure ${figure.jointWith})`).join(', ')}`);
  }
  const low = used.filter((figure) => figure.value === null && figure.below !== undefined);
  if (low.length) {
    parts.push(`${low.map((figure) => figure.name).join(', ')} published as under ${LOW_BELOW}, counted as ${LOW_BELOW / 2}`);
  }
  const joint = used.filter((figure) => figure.jointWith);
  if (joint.length) {
    parts.push(`joint figure used for ${joint.map((figure) => `${figure.name} (${figure.jointWith})`).join(', ')}`);
  }
  return { value, count, of, basis: parts.join('; ') };
}

export interface MeasureInput {
  mapping: MeasureMapping;
  /** All rows of the mapping's file; the filter is applied here. */
  rows: readonly CsvRow[];
  council: Council;
  /** The council's neighbour group; absent when the model does not list the council. */
  group?: NeighbourGroup;
  /** LA number → name, for the basis of the neighbour mean. */
  names: ReadonlyMap<string, string>;
  /** The neighbour table's file name, for the source of the neighbour mean. */
  neighboursFile?: string;
}

export interface MeasureResult {
  indicator: string;
  benchmarks: Benchmark[];
  /** Years written (time_period). */
  years: number[];
  /** Figures that could not be written, and means resting on fewer than all neighbours. */
  notes: string[];
  /** For comparators.json: the council's and each neighbour's own figure, a period each (none
   * when the council has no neighbour group, or no one has a figure that year). */
  comparators: ComparatorMeasure[];
}

function entry(
  label: string,
  period: string,
  value: number,
  kind: Benchmark['kind'],
  source: string,
  basis?: string,
): Benchmark {
  const benchmark: Benchmark = { label, period, value, kind, source };
  if (basis) benchmark.basis = basis;
  return benchmark;
}

function missingNote(period: string, who: string, value: MeasureValue & { value: null }): string {
  return `${period}: no figure for ${who} (${value.column} is ${value.symbol === '' ? 'empty' : `"${value.symbol}"`}: ${value.reason})`;
}

/**
 * The comparators of one mapped indicator for every year in the file from `fromYear` on:
 * England, the council's region (its region_name as published, e.g. "Outer London"), the mean
 * of its statistical neighbours, and the council's own published figure. Period first, then in
 * that order. A missing figure is left out (and noted), never written as 0.
 */
export function benchmarksFor(input: MeasureInput): MeasureResult {
  const { mapping, council, group, names } = input;
  const index = indexRows(input.rows, mapping.filter);
  const fromYear = mapping.fromYear ?? DEFAULT_FROM_YEAR[mapping.period];
  // The formula itself is in the mapping; each entry says only that it was calculated.
  const derivedBasis = describeDerivation(mapping) ? 'calculated from published counts' : undefined;
  const decimals = mapping.decimals ?? DEFAULT_DECIMALS;
  const neighbourSource = `${mapping.source}; statistical neighbours: ${input.neighboursFile ?? DEFAULT_NEIGHBOURS_FILE}`;
  const result: MeasureResult = { indicator: mapping.indicator, benchmarks: [], years: [], notes: [], comparators: [] };

  // The council's region as its own rows give it (a London borough is in Inner or Outer London).
  const councilRow = (year: number) => onlyRow(index.local.get(`${year}|${council.code}`), `${council.name} in ${year}`, mapping);
  let region: string | undefined;
  for (const year of [...index.years].reverse()) {
    const row = councilRow(year);
    if (row?.region_name?.trim()) {
      region = row.region_name.trim();
      break;
    }
  }
  if (!region) result.notes.push(`${council.name} has no rows in ${mapping.file}: no region or council figure`);
  if (!group) result.notes.push(`${council.name} is not in the statistical neighbour table: no neighbour mean`);

  for (const year of index.years.filter((year) => year >= fromYear)) {
    const period = periodLabel(year, mapping.period);
    const before = result.benchmarks.length;

    const england = onlyRow(index.national.get(year), `England in ${year}`, mapping);
    const englandValue = england ? measureValue(england, mapping) : undefined;
    if (!englandValue) result.notes.push(`${period}: no England row`);
    else if (englandValue.value === null) result.notes.push(missingNote(period, 'England', englandValue));
    else result.benchmarks.push(entry('England', period, englandValue.value, 'england', mapping.source, derivedBasis));

    if (region) {
      const row = onlyRow(index.regional.get(`${year}|${region.toLowerCase()}`), `${region} in ${year}`, mapping);
      if (!row) result.notes.push(`${period}: no row for the region ${region}`);
      else {
        const value = measureValue(row, mapping);
        if (value.value === null) result.notes.push(missingNote(period, region, value));
        else result.benchmarks.push(entry(row.region_name!.trim(), period, value.value, 'region', mapping.source, derivedBasis));
      }
    }

    let figures: NeighbourFigure[] | undefined;
    let meanValue: number | null = null;
    let meanCount = 0;
    if (group) {
      figures = group.neighbours.map((code) => {
        const name = names.get(code) ?? code;
        const row = onlyRow(index.local.get(`${year}|${code}`), `${name} in ${year}`, mapping);
        if (!row) return { name, value: null, reason: 'not published' };
        const value = measureValue(row, mapping);
        const codes = rowCodes(row);
        const jointWith = codes.length > 1 ? row.la_name?.trim() : undefined;
        const joint = jointWith ? { jointWith, ...(codes.includes(council.code) ? { includesCouncil: true } : {}) } : {};
        if (value.value === null) {
          if (value.below !== undefined) return { name, value: null, below: value.below, reason: value.reason, symbol: value.symbol, ...joint };
          return { name, value: null, reason: value.reason, symbol: value.symbol };
        }
        // A derived figure is rounded as the DfE would publish it before the mean is taken.
        return { name, value: value.value, ...joint };
      });
      const mean = neighbourMean(figures, decimals);
      meanValue = mean.value;
      meanCount = mean.count;
      if (mean.value === null) result.notes.push(`${period}: no statistical neighbour has a figure`);
      else {
        if (mean.count < mean.of) result.notes.push(`${period}: neighbour ${mean.basis}`);
        result.benchmarks.push(entry(NEIGHBOURS_LABEL, period, mean.value, 'neighbours', neighbourSource, mean.basis));
      }
    }

    const own = councilRow(year);
    let ownFigure: NeighbourFigure = { name: council.name, value: null, reason: 'not published' };
    if (!own) result.notes.push(`${period}: no row for ${council.name}`);
    else {
      const value = measureValue(own, mapping);
      const jointWith = rowCodes(own).length > 1 ? own.la_name?.trim() : undefined;
      const joint = jointWith ? `joint figure published for ${jointWith}` : undefined;
      const basis = [derivedBasis, joint].filter(Boolean).join('; ') || undefined;
      if (value.value === null) {
        result.notes.push(missingNote(period, council.name, value));
        ownFigure = {
          name: council.name,
          value: null,
          reason: value.reason,
          symbol: value.symbol,
          ...(value.below !== undefined ? { below: value.below } : {}),
          ...(jointWith ? { jointWith } : {}),
        };
      } else {
        result.benchmarks.push(entry(`${council.name} (published)`, period, value.value, 'council', mapping.source, basis));
        ownFigure = { name: council.name, value: value.value, ...(jointWith ? { jointWith } : {}) };
      }
    }

    if (figures && [ownFigure, ...figures].some((figure) => figure.value !== null)) {
      result.comparators.push({
        indicator: mapping.indicator,
        period,
        ...(englandValue && englandValue.value !== null ? { england: englandValue.value } : {}),
        ...(meanValue !== null ? { neighbourMean: meanValue, neighbourCount: meanCount } : {}),
        source: mapping.source,
        values: [comparatorValue(ownFigure, true), ...figures.map((figure) => comparatorValue(figure, false))],
      });
    }

    if (result.benchmarks.length > before) result.years.push(year);
  }
  return result;
}

// ---------- comparators.json ----------

export const COMPARATORS_FILE = 'comparators.json';

/** Why a figure is missing, with the DfE's symbol: "suppressed (c)", "not available (x)", "not published". */
export function missingFigureNote(reason: string, symbol?: string): string {
  return symbol ? `${reason} (${symbol})` : reason;
}

/** One council's entry in comparators.json: its figure, or null with why (never 0). */
export function comparatorValue(figure: NeighbourFigure, council: boolean): ComparatorValue {
  const value: ComparatorValue = { la: figure.name, value: figure.value };
  if (council) value.council = true;
  if (figure.value === null && figure.below !== undefined) value.below = figure.below;
  const notes: string[] = [];
  if (figure.value === null) notes.push(missingFigureNote(figure.reason ?? 'not available', figure.symbol));
  if (figure.jointWith) {
    notes.push(`joint figure published for ${figure.jointWith}${figure.includesCouncil ? ', which includes this council: not in the neighbour mean' : ''}`);
  }
  if (notes.length) value.note = notes.join('; ');
  return value;
}

/**
 * comparators.json for a council: every mapped indicator's measures (one a period, oldest first,
 * in the mapping's order), its neighbours' names nearest first, and the publications used.
 */
export function comparatorsFileFor(input: {
  council: Council;
  neighbours: readonly string[];
  results: readonly MeasureResult[];
  sources: readonly string[];
  neighboursFile: string;
}): ComparatorsFile {
  return {
    $schema: './schema/comparators.schema.json',
    council: input.council.name,
    source: [...new Set(input.sources), `statistical neighbours: ${input.neighboursFile}`].join('; '),
    neighbours: [...input.neighbours],
    measures: input.results.flatMap((result) => result.comparators),
  };
}

/** comparators.json as text: a measure's fields on one line, then one council a line. */
export function formatComparatorsFile(file: ComparatorsFile, eol = '\n'): string {
  const { measures, ...head } = file;
  const fields = Object.entries(head)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text = Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(value);
      return `  ${JSON.stringify(key)}: ${text},${eol}`;
    });
  const blocks = measures.map(({ values, ...measure }) => {
    const rows = values.map((value) => `        ${formatOneLine(value)}`).join(`,${eol}`);
    return `    ${formatOneLine(measure).slice(0, -2)}, "values": [${eol}${rows}${eol}      ] }`;
  });
  const list = blocks.length ? `[${eol}${blocks.join(`,${eol}`)}${eol}  ]` : '[]';
  return `{${eol}${fields.join('')}  "measures": ${list}${eol}}${eol}`;
}

// ---------- indicators.json ----------

/** Whether a benchmark was written by hand (kept by the importer): no kind, or kind "other". */
export function isHandWritten(benchmark: Benchmark): boolean {
  return benchmark.kind === undefined || benchmark.kind === 'other';
}

export interface MergedBenchmarks {
  benchmarks: Benchmark[];
  kept: number;
  replaced: number;
  /** Hand-written entries with the label and period of an imported one: the officer should pick. */
  clashes: string[];
}

/** Hand-written benchmarks first, as they were; then the imported ones, replacing any imported before. */
export function mergeBenchmarks(existing: readonly Benchmark[] | undefined, imported: readonly Benchmark[]): MergedBenchmarks {
  const kept = (existing ?? []).filter(isHandWritten);
  const importedKeys = new Set(imported.map((benchmark) => `${benchmark.label.toLowerCase()}|${benchmark.period}`));
  const clashes = kept
    .filter((benchmark) => importedKeys.has(`${benchmark.label.toLowerCase()}|${benchmark.period}`))
    .map((benchmark) => `"${benchmark.label}" ${benchmark.period}`);
  return {
    benchmarks: [...kept, ...imported],
    kept: kept.length,
    replaced: (existing ?? []).length - kept.length,
    clashes,
  };
}

/** An object on one line, fields left out when undefined: `{ "a": 1, "b": "x" }`. */
function formatOneLine(value: object): string {
  const fields = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .map(([key, field]) => `${JSON.stringify(key)}: ${JSON.stringify(field)}`);
  return `{ ${fields.join(', ')} }`;
}

/** One benchmark on one line: `{ "label": "England", "period": "2017-18", "value": 76.9, ... }`. */
export function formatBenchmark(benchmark: Benchmark): string {
  return formatOneLine(benchmark);
}

export function formatBenchmarkArray(benchmarks: readonly Benchmark[], indent: string, eol = '\n'): string {
  if (benchmarks.length === 0) return '[]';
  const lines = benchmarks.map((benchmark) => `${indent}  ${formatBenchmark(benchmark)}`);
  return `[${eol}${lines.join(`,${eol}`)}${eol}${indent}]`;
}

interface LocatedIndicator {
  position: number;
  benchmarks?: JsonNode;
}

function locateIndicators(text: string): Map<string, LocatedIndicator> {
  const root = parseTree(text);
  const list = root && findNodeAtLocation(root, ['indicators']);
  if (!list || list.type !== 'array') throw new Error('indicators.json has no "indicators" list');
  const located = new Map<string, LocatedIndicator>();
  (list.children ?? []).forEach((node, position) => {
    const id = findNodeAtLocation(node, ['id'])?.value;
    if (typeof id !== 'string') return;
    if (located.has(id)) throw new Error(`indicators.json has two indicators with the id "${id}"`);
    located.set(id, { position, benchmarks: findNodeAtLocation(node, ['benchmarks']) });
  });
  return located;
}

function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/**
 * indicators.json with the `benchmarks` list of each indicator in `replacements` replaced, and
 * every other character of the file as it was (key order, layout, line endings). An indicator
 * without a list gets one after its last field. Checked: the result parses to the same value
 * as the original apart from those lists.
 */
export function replaceBenchmarksInText(text: string, replacements: ReadonlyMap<string, readonly Benchmark[]>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let current = text;
  for (const id of replacements.keys()) {
    const found = locateIndicators(current).get(id);
    if (!found) throw new Error(`indicators.json has no indicator "${id}"`);
    if (!found.benchmarks) {
      const edits = modify(current, ['indicators', found.position, 'benchmarks'], [], {
        formattingOptions: { insertSpaces: true, tabSize: 2, eol },
      });
      current = applyEdits(current, edits);
    }
  }
  const located = locateIndicators(current);
  const targets = [...replacements].map(([id, benchmarks]) => ({ node: located.get(id)!.benchmarks!, benchmarks }));
  targets.sort((a, b) => b.node.offset - a.node.offset);
  for (const { node, benchmarks } of targets) {
    const indent = indentOfLine(current, node.parent?.offset ?? node.offset);
    current =
      current.slice(0, node.offset) + formatBenchmarkArray(benchmarks, indent, eol) + current.slice(node.offset + node.length);
  }

  const before = JSON.parse(text) as { indicators: Record<string, unknown>[] };
  const after = JSON.parse(current) as { indicators: Record<string, unknown>[] };
  const expected = {
    ...before,
    indicators: before.indicators.map((indicator) =>
      typeof indicator.id === 'string' && replacements.has(indicator.id)
        ? { ...indicator, benchmarks: replacements.get(indicator.id) }
        : indicator,
    ),
  };
  if (JSON.stringify(after) !== JSON.stringify(expected)) {
    throw new Error('internal error: rewriting indicators.json would change more than the benchmark lists');
  }
  return current;
}
