// The benchmark rules (scripts/dfe/) against the DfE's real files in
// tests/fixtures/dfe (trimmed copies; see trim.ts there). Expected figures come from the files by a second, deliberately plain
// route: a tiny quote-aware line splitter below (not papaparse, not recordsFromCells), plain
// arithmetic, and a handful of figures checked by hand with grep, each with its row quoted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseValue, recordsFromCells, roundHalfUp, type CsvRow } from '../../../scripts/dfe/cells';
import { benchmarksFor, type MeasureResult } from '../../../scripts/dfe/comparators';
import { comparatorValue } from '../../../scripts/dfe/comparatorValue';
import { comparatorsFileFor, formatComparatorsFile } from '../../../scripts/dfe/comparatorsFile';
import { councilDirectory, councilKey, resolveCouncil } from '../../../scripts/dfe/councils';
import { formatBenchmark, mergeBenchmarks, replaceBenchmarksInText } from '../../../scripts/dfe/indicatorsFile';
import { missingColumns, parseMappingFile, type MeasureMapping } from '../../../scripts/dfe/mapping';
import { measureValue } from '../../../scripts/dfe/measureValue';
import { neighbourMean } from '../../../scripts/dfe/neighbourMean';
import { readNeighbourTable } from '../../../scripts/dfe/neighbourTable';
import { periodLabel } from '../../../scripts/dfe/periods';
import { AmbiguousRowsError, indexRows } from '../../../scripts/dfe/rows';
import { benchmarkSchema, comparatorsFileSchema, type Benchmark } from '../../../src/domain/schema';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dfe = path.join(repoRoot, 'tests/fixtures/dfe');
const FILES = {
  c1: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  c4: 'c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv',
  d3: 'd3_cpps_subsequent_plan_2013_to_2025.csv',
  csww: 'csww_indicators_2017_to_2025.csv',
  sn2025: 'sn_model_2025_wide.csv',
  sn2021: 'New_Statistical_Neighbour_Groupings_April_2021.csv',
} as const;
type FileKey = keyof typeof FILES;

// ---------- the route under test: papaparse + recordsFromCells, each file parsed once ----------
const parsed = new Map<FileKey, CsvRow[]>();
function rows(key: FileKey): CsvRow[] {
  let result = parsed.get(key);
  if (!result) {
    const cells = Papa.parse<string[]>(readFileSync(path.join(dfe, FILES[key]), 'utf8'), { skipEmptyLines: 'greedy' }).data;
    result = recordsFromCells(cells);
    parsed.set(key, result);
  }
  return result;
}

// ---------- the independent route: split lines by hand ----------
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
const plain = new Map<FileKey, { header: string[]; lines: string[][] }>();
function plainTable(key: FileKey) {
  let table = plain.get(key);
  if (!table) {
    const lines = readFileSync(path.join(dfe, FILES[key]), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
    table = { header: splitLine(lines[0]!), lines: lines.slice(1).map(splitLine) };
    plain.set(key, table);
  }
  return table;
}
/** The cell of `column` in the one line for this year and place ("England", a region or an LA). */
function cellOf(key: FileKey, year: number, place: string, column: string): string | undefined {
  const { header, lines } = plainTable(key);
  const at = (name: string) => header.indexOf(name);
  const matches = lines.filter((line) => {
    if (line[at('time_period')] !== String(year)) return false;
    const level = line[at('geographic_level')];
    if (place === 'England') return level === 'National';
    if (level === 'Regional') return line[at('region_name')] === place;
    return level === 'Local authority' && line[at('la_name')] === place;
  });
  if (matches.length > 1) throw new Error(`test lookup: ${matches.length} lines for ${place} ${year}`);
  return matches[0]?.[at(column)];
}
function numberOf(key: FileKey, year: number, place: string, column: string): number | null {
  const text = cellOf(key, year, place, column);
  return text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}
/** ICPCs within 15 working days, exactly (unrounded), from the counts: null if any is missing. */
function exactIcpc(year: number, place: string): number | null {
  const early = numberOf('c4', year, place, 'Duration_0-10_days');
  const middle = numberOf('c4', year, place, 'Duration_11-15_days');
  const all = numberOf('c4', year, place, 'ICPC');
  return early === null || middle === null || !all ? null : (100 * (early + middle)) / all;
}
/** A council's neighbours' names from the 2025 model, by hand. */
function plainNeighbours(council: string): string[] {
  const { header, lines } = plainTable('sn2025');
  const nameOf = new Map(lines.map((line) => [line[0]!, line[1]!]));
  const line = lines.find((cells) => cells[header.indexOf('la_name')] === council)!;
  return Array.from({ length: 10 }, (_, index) => nameOf.get(line[header.indexOf(`SN_${index + 1}`)]!.trim())!);
}
/** Data files spell a few names differently from the 2025 model. */
const DATA_NAME: Record<string, string> = { 'St Helens': 'St. Helens' };

// ---------- mappings as in data/benchmark-mapping.json ----------
const mappingFile = JSON.parse(readFileSync(path.join(repoRoot, 'data/benchmark-mapping.json'), 'utf8'));
const shipped = parseMappingFile(mappingFile);
if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
const mappingOf = (id: string): MeasureMapping => shipped.mapping.mappings.find((entry) => entry.indicator === id)!;
const fileKeyOf = (mapping: MeasureMapping): FileKey =>
  (Object.keys(FILES) as FileKey[]).find((key) => FILES[key] === mapping.file)!;

const groups = readNeighbourTable(rows('sn2025'));
const councils = councilDirectory([rows('c1'), rows('c4'), rows('d3'), rows('csww')], groups);
const names = new Map(councils.map((council) => [council.code, council.name]));

function importFor(councilName: string, id: string): MeasureResult {
  const match = resolveCouncil(councilName, councils);
  if (!match.ok) throw new Error(match.message);
  const mapping = mappingOf(id);
  return benchmarksFor({
    mapping,
    rows: rows(fileKeyOf(mapping)),
    council: match.council,
    group: groups.get(match.council.code),
    names,
    neighboursFile: FILES.sn2025,
  });
}
const find = (result: MeasureResult, kind: Benchmark['kind'], period: string) =>
  result.benchmarks.find((benchmark) => benchmark.kind === kind && benchmark.period === period);

describe('parseValue', () => {
  it('reads numbers, including 0 and decimals', () => {
    expect(parseValue('76.9')).toEqual({ value: 76.9 });
    expect(parseValue(' 12 ')).toEqual({ value: 12 });
    expect(parseValue('0')).toEqual({ value: 0 });
    expect(parseValue('1,234')).toEqual({ value: 1234 });
  });

  it.each(['x', 'c', 'z', '-', '..', 'k', 'u', 'low', '', ':', 'X', 'n/a', '12a'])('"%s" is missing, never 0', (symbol) => {
    const result = parseValue(symbol);
    expect(result.value).toBeNull();
    expect(result.value).not.toBe(0);
  });

  it('treats an absent cell as missing', () => {
    expect(parseValue(undefined).value).toBeNull();
  });
});

describe('periods and rounding', () => {
  it('writes a children-in-need year as the year to 31 March, a workforce year at 30 September', () => {
    expect(periodLabel(2018, 'year-to-31-march')).toBe('2017-18');
    expect(periodLabel(2000, 'year-to-31-march')).toBe('1999-00');
    expect(periodLabel(2017, 'at-30-september')).toBe('at 30 Sep 2017');
  });

  it('rounds halves up without binary artefacts', () => {
    expect(roundHalfUp(26.25, 1)).toBe(26.3);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp((100 * 61150) / 79470, 1)).toBe(76.9);
  });
});

describe('the shipped mapping file', () => {
  it('maps every dashboard indicator that has a DfE measure, and only those', () => {
    expect(shipped.mapping.mappings.map((entry) => entry.indicator).sort()).toEqual(
      ['CIN1', 'CL1', 'CP3', 'CP5', 'WF1', 'WF2', 'WF3'].sort(),
    );
  });

  it('names only columns that its files have', () => {
    for (const mapping of shipped.mapping.mappings) {
      const fields = Object.keys(rows(fileKeyOf(mapping))[0]!);
      expect(missingColumns(mapping, fields), mapping.indicator).toEqual([]);
    }
  });

  it('reports an unknown key with the nearest known one, and a measure given twice', () => {
    const bad = parseMappingFile({
      mappings: [
        { indicator: 'CIN1', file: 'c1.csv', colum: 'rereferral_percent', period: 'year-to-31-march', source: 'DfE' },
        { indicator: 'CP5', file: 'c4.csv', column: 'ICPC', numerator: ['a'], denominator: 'b', period: 'year-to-31-march', source: 'DfE' },
      ],
    });
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    expect(errors.join('\n')).toContain('mappings[0]: unknown key "colum"; did you mean "column"?');
    expect(errors.join('\n')).toContain('not both');
  });

  it('reports a missing column with the nearest the file has', () => {
    const mapping = { ...mappingOf('CIN1'), column: 'rereferal_percent' };
    expect(missingColumns(mapping, Object.keys(rows('c1')[0]!))).toEqual([
      `no column "rereferal_percent" in ${FILES.c1}; did you mean "rereferral_percent"?`,
    ]);
  });
});

describe('derived measures agree with the DfE', () => {
  it('ICPCs within 15 working days = (0-10 days + 11-15 days) / ICPCs, for England', () => {
    const index = indexRows(rows('c4'));
    const england = (year: number) => measureValue(index.national.get(year)![0]!, mappingOf('CP5')).value;
    // 2018,...,National,...,ICPC 79470, ICPC_child 78490, Duration_0-10_days 12130, Duration_11-15_days 49020
    expect(england(2018)).toBe(76.9);
    // 2025,...,National,...,ICPC 72100, ..., Duration_0-10_days 6240, Duration_11-15_days 52430
    expect(england(2025)).toBe(81.4);
    for (const year of index.years) {
      expect(Math.abs(england(year)! - exactIcpc(year, 'England')!), String(year)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  // The C4 file publishes the counts but no percentage column, so the derivation is checked two
  // ways: against the counts directly (above and below), and, on the two files that publish both
  // counts and a percentage, the same ratio rule must reproduce the DfE's own percentage.
  const asDerived = (numerator: string, denominator: string, base: MeasureMapping): MeasureMapping => {
    const { column: _column, ...rest } = base;
    return { ...rest, numerator: [numerator], denominator };
  };
  const cases = [
    { key: 'c1' as const, derived: asDerived('rereferral_count', 'referral_count', mappingOf('CIN1')), published: 'rereferral_percent' },
    { key: 'd3' as const, derived: asDerived('CPP_subsequent', 'CPP_start', mappingOf('CP3')), published: 'CPP_subsequent_percent' },
  ];

  it.each(cases)('a ratio of $derived.numerator / $derived.denominator reproduces $published', ({ key, derived, published }) => {
    let compared = 0;
    for (const row of rows(key)) {
      const mine = measureValue(row, derived).value;
      const theirs = parseValue(row[published]).value;
      if (mine === null || theirs === null) continue;
      compared++;
      if (row.geographic_level === 'Local authority') {
        // Council counts are exact: the percentage must match to the last digit.
        expect(mine, `${row.time_period} ${row.la_name}`).toBe(theirs);
      } else if (row.geographic_level === 'National') {
        // England's counts are rounded to the nearest 10, so the last digit may move by 0.1.
        expect(Math.abs(mine - theirs), `${row.time_period} England`).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }
    // The trimmed fixture (tests/fixtures/dfe) keeps about 46 councils over 8 years.
    expect(compared).toBeGreaterThan(300);
  });

  it('derived ICPC percentages of several councils match their counts', () => {
    for (const council of ['Croydon', 'Leeds', 'Kensington and Chelsea', 'Birmingham', 'Cornwall']) {
      const result = importFor(council, 'CP5');
      for (let year = 2018; year <= 2025; year++) {
        const exact = exactIcpc(year, council);
        const written = find(result, 'council', periodLabel(year, 'year-to-31-march'));
        if (exact === null) expect(written, `${council} ${year}`).toBeUndefined();
        else expect(Math.abs(written!.value - exact), `${council} ${year}`).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    }
  });

  it('a derived measure with a missing part, or a zero denominator, is missing', () => {
    const mapping = mappingOf('CP5');
    const row = { ICPC: '67', 'Duration_0-10_days': 'c', 'Duration_11-15_days': '34' };
    expect(measureValue(row, mapping)).toMatchObject({ value: null, column: 'Duration_0-10_days', symbol: 'c', reason: 'suppressed' });
    expect(measureValue({ ...row, 'Duration_0-10_days': '0', ICPC: '0' }, mapping).value).toBeNull();
    expect(measureValue({ ...row, 'Duration_0-10_days': '0' }, mapping).value).toBe(50.7);
  });
});

describe('Croydon', () => {
  const cp5 = importFor('Croydon', 'CP5');

  it('gets England, Outer London, its neighbours and its own figure for every year from 2017-18', () => {
    expect(cp5.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(cp5.benchmarks).toHaveLength(32);
    expect(new Set(cp5.benchmarks.map((benchmark) => benchmark.label))).toEqual(
      new Set(['England', 'Outer London', 'Statistical neighbours (mean)', 'Croydon (published)']),
    );
    for (const benchmark of cp5.benchmarks) expect(benchmarkSchema.safeParse(benchmark).success).toBe(true);
  });

  it('writes the figures in the files', () => {
    // 2018,...,Regional,...,Outer London,...,ICPC 7530, ..., 0-10 1350, 11-15 4520 → 5870 / 7530 = 77.95%
    expect(find(cp5, 'region', '2017-18')).toMatchObject({ label: 'Outer London', value: 78 });
    // 2018,...,Croydon,...,ICPC 854, ..., 0-10 34, 11-15 410 → 444 / 854 = 51.99%
    expect(find(cp5, 'council', '2017-18')).toMatchObject({ label: 'Croydon (published)', value: 52 });
    // 2025,...,Croydon,...,ICPC 697, ..., 0-10 43, 11-15 445 → 488 / 697 = 70.01%
    expect(find(cp5, 'council', '2024-25')?.value).toBe(70);
    expect(find(cp5, 'england', '2017-18')).toMatchObject({
      value: 76.9,
      source: 'DfE, Characteristics of children in need (table C4)',
      basis: 'calculated from published counts',
    });
    for (let year = 2018; year <= 2025; year++) {
      const period = periodLabel(year, 'year-to-31-march');
      for (const [kind, place] of [['england', 'England'], ['region', 'Outer London'], ['council', 'Croydon']] as const) {
        expect(Math.abs(find(cp5, kind, period)!.value - exactIcpc(year, place)!), `${place} ${period}`).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    }
  });

  it('takes published columns as published', () => {
    const cin1 = importFor('Croydon', 'CIN1');
    // 2018,...,Croydon,Referrals and Re-referrals,7090,1415,20,...  (rereferral_percent = 20)
    expect(find(cin1, 'council', '2017-18')?.value).toBe(20);
    // 2018,...,National,...,655630,143810,21.9,...
    expect(find(cin1, 'england', '2017-18')?.value).toBe(21.9);
    expect(find(cin1, 'england', '2017-18')?.basis).toBeUndefined();
    const cp3 = importFor('Croydon', 'CP3');
    // 2018,...,Croydon,Child Protection Plans which are a second or subsequent plan,694,116,16.7
    expect(find(cp3, 'council', '2017-18')?.value).toBe(16.7);
    // 2017,...,Croydon,204,207,30.4,31,23.8,25,11.6,12.1,106.2,126,34.2,37.8,67.2,63.3,68,25,98.9,175.1,3206,18.3,...
    // (turnover_rate_fte 11.6, agency_rate_fte 34.2, vacancy_rate_fte 25, caseload_fte 18.3)
    // 2017,...,National,...: vacancy_rate_fte 17, agency_rate_fte 15.8, turnover_rate_fte 13.4, caseload_fte 17.7
    const expected = { WF1: [25, 17], WF2: [34.2, 15.8], WF3: [11.6, 13.4], CL1: [18.3, 17.7] };
    for (const [id, [own, england]] of Object.entries(expected)) {
      const result = importFor('Croydon', id);
      expect(find(result, 'council', 'at 30 Sep 2017')?.value, id).toBe(own);
      expect(find(result, 'england', 'at 30 Sep 2017')?.value, id).toBe(england);
      expect(find(result, 'region', 'at 30 Sep 2017')?.label, id).toBe('Outer London');
    }
  });

  it('averages its ten 2025-model neighbours, recomputed here from the files', () => {
    const neighbours = plainNeighbours('Croydon');
    expect(neighbours).toEqual([
      'Lewisham', 'Waltham Forest', 'Leeds', 'Reading', 'Milton Keynes',
      'Southend-on-Sea', 'Barnet', 'Southampton', 'Salford', 'Greenwich',
    ]);
    for (let year = 2018; year <= 2025; year++) {
      const period = periodLabel(year, 'year-to-31-march');
      // Each neighbour's percentage rounded to 1 place as the DfE would publish it, then the mean.
      const values = neighbours
        .map((name) => exactIcpc(year, name))
        .filter((value): value is number => value !== null)
        .map((value) => Math.round(value * 10) / 10);
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const written = find(cp5, 'neighbours', period)!;
      expect(Math.abs(written.value - mean), period).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(written.basis, period).toMatch(
        values.length === 10 ? /^mean of 10 statistical neighbours$/ : new RegExp(`^mean of ${values.length} of 10 statistical neighbours; `),
      );
    }
    // 2024,...,Southend-on-Sea,...,451,397,113,111,c,82,c,22,... : 0-10 days suppressed.
    expect(find(cp5, 'neighbours', '2023-24')?.basis).toBe('mean of 9 of 10 statistical neighbours; 1 suppressed (Southend-on-Sea)');
  });

  it('averages a published column over the neighbours, recomputed here', () => {
    const cin1 = importFor('Croydon', 'CIN1');
    for (let year = 2018; year <= 2025; year++) {
      const values = plainNeighbours('Croydon')
        .map((name) => numberOf('c1', year, DATA_NAME[name] ?? name, 'rereferral_percent'))
        .filter((value): value is number => value !== null);
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      expect(Math.abs(find(cin1, 'neighbours', periodLabel(year, 'year-to-31-march'))!.value - mean)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });
});

describe('suppressed and missing values', () => {
  it('Kensington and Chelsea: no council figure where a count is suppressed, never 0', () => {
    const cp5 = importFor('Kensington and Chelsea', 'CP5');
    // 2019,...,Kensington and Chelsea,...,316,292,62,62,32,c,c,19,... (11-15 days "c"), likewise 2020 and 2021;
    // 2023,...,Kensington and Chelsea,...,231,226,67,67,c,34,0,c,... (0-10 days "c").
    for (const period of ['2018-19', '2019-20', '2020-21', '2022-23']) {
      expect(find(cp5, 'council', period), period).toBeUndefined();
      expect(cp5.notes.some((note) => note.startsWith(`${period}: no figure for Kensington and Chelsea`))).toBe(true);
    }
    expect(cp5.notes).toContain('2018-19: no figure for Kensington and Chelsea (Duration_11-15_days is "c": suppressed)');
    // 2018,...,Kensington and Chelsea,...,377,340,115,115,43,26,... → 69 / 115 = 60.0%
    expect(find(cp5, 'council', '2017-18')?.value).toBe(60);
    expect(find(cp5, 'region', '2017-18')?.label).toBe('Inner London');
  });

  it('no written value is 0 where the file has a symbol', () => {
    for (const council of ['Kensington and Chelsea', 'Westminster', 'Hackney', 'Isles of Scilly', 'City of London']) {
      for (const id of ['CP5', 'CIN1', 'CP3', 'WF1', 'WF2', 'WF3', 'CL1']) {
        const mapping = mappingOf(id);
        const result = importFor(council, id);
        for (const benchmark of result.benchmarks.filter((entry) => entry.kind === 'council')) {
          expect(benchmark.value, `${council} ${id} ${benchmark.period}`).not.toBeNaN();
        }
        const index = indexRows(rows(fileKeyOf(mapping)));
        const code = resolveCouncil(council, councils);
        if (!code.ok) throw new Error(code.message);
        for (const year of index.years.filter((year) => year >= 2017)) {
          const row = index.local.get(`${year}|${code.council.code}`)?.[0];
          if (!row || measureValue(row, mapping).value !== null) continue;
          const period = periodLabel(year, mapping.period);
          expect(find(result, 'council', period), `${council} ${id} ${period}`).toBeUndefined();
        }
      }
    }
  });

  it('Kensington and Chelsea workforce 2025 is all "x": no council figures, neighbour mean of 9', () => {
    const wf1 = importFor('Kensington and Chelsea', 'WF1');
    expect(find(wf1, 'council', 'at 30 Sep 2025')).toBeUndefined();
    // Westminster's 2025 workforce row is also "x" throughout.
    const mean = find(wf1, 'neighbours', 'at 30 Sep 2025')!;
    expect(mean.basis).toBe('mean of 9 of 10 statistical neighbours; 1 not available (Westminster)');
    const values = plainNeighbours('Kensington and Chelsea')
      .map((name) => numberOf('csww', 2025, name, 'vacancy_rate_fte'))
      .filter((value): value is number => value !== null);
    expect(values).toHaveLength(9);
    expect(mean.value).toBe(roundHalfUp(values.reduce((sum, value) => sum + value, 0) / 9, 1));
  });

  it('Westminster: Hackney\'s unpublished years leave a mean of 9, and the basis says so', () => {
    const cin1 = importFor('Westminster', 'CIN1');
    // 2021,...,Hackney,Referrals and Re-referrals,x,x,x,... and the same in 2022.
    for (const [year, period] of [[2021, '2020-21'], [2022, '2021-22']] as const) {
      const values = plainNeighbours('Westminster')
        .map((name) => numberOf('c1', year, name, 'rereferral_percent'))
        .filter((value): value is number => value !== null);
      expect(values).toHaveLength(9);
      const written = find(cin1, 'neighbours', period)!;
      expect(written.basis).toBe('mean of 9 of 10 statistical neighbours; 1 not available (Hackney)');
      expect(written.value).toBe(roundHalfUp(values.reduce((sum, value) => sum + value, 0) / 9, 1));
    }
  });

  it('Leeds: a neighbour formed in 2019 has no rows before it, and is said to be not published', () => {
    const cin1 = importFor('Leeds', 'CIN1');
    expect(find(cin1, 'region', '2017-18')?.label).toBe('Yorkshire and The Humber');
    // 2025,...,Yorkshire and The Humber,...,63590,13790,21.7  /  2025,...,Leeds,...,10304,2494,24.2
    expect(find(cin1, 'region', '2024-25')?.value).toBe(21.7);
    expect(find(cin1, 'council', '2024-25')?.value).toBe(24.2);
    expect(find(cin1, 'neighbours', '2017-18')?.basis).toBe(
      'mean of 9 of 10 statistical neighbours; 1 not published (Bournemouth, Christchurch and Poole)',
    );
    // 2020,...,"Bournemouth, Christchurch and Poole",Referrals and Re-referrals,3416,x,x,...
    expect(find(cin1, 'neighbours', '2019-20')?.basis).toBe(
      'mean of 9 of 10 statistical neighbours; 1 not available (Bournemouth, Christchurch and Poole)',
    );
    for (let year = 2018; year <= 2025; year++) {
      const values = plainNeighbours('Leeds')
        .map((name) => numberOf('c1', year, name, 'rereferral_percent'))
        .filter((value): value is number => value !== null);
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      expect(find(cin1, 'neighbours', periodLabel(year, 'year-to-31-march'))!.value).toBe(roundHalfUp(mean, 1));
    }
  });

  it('the mean is over the neighbours with a figure; none gives no mean', () => {
    expect(
      neighbourMean([
        { name: 'A', value: 10 },
        { name: 'B', value: null, reason: 'suppressed' },
        { name: 'C', value: 21 },
      ]),
    ).toEqual({ value: 15.5, count: 2, of: 3, basis: 'mean of 2 of 3 statistical neighbours; 1 suppressed (B)' });
    expect(neighbourMean([{ name: 'A', value: null, reason: 'not published' }]).value).toBeNull();
  });
});

describe('joint workforce figures', () => {
  it('Kingston upon Thames gets the joint Kingston / Richmond figure, and says so', () => {
    const wf1 = importFor('Kingston upon Thames', 'WF1');
    const joint = numberOf('csww', 2025, 'Kingston upon Thames / Richmond upon Thames', 'vacancy_rate_fte');
    expect(find(wf1, 'council', 'at 30 Sep 2025')).toMatchObject({
      label: 'Kingston upon Thames (published)',
      value: joint,
      basis: 'joint figure published for Kingston upon Thames / Richmond upon Thames',
    });
    // Richmond upon Thames is one of Kingston's neighbours, but its figure is the joint one, which
    // includes Kingston itself: it is left out of Kingston's neighbour mean, and the basis says so.
    const mean = find(wf1, 'neighbours', 'at 30 Sep 2025')!;
    expect(mean.basis).toMatch(/^mean of \d+ of 10 statistical neighbours; /);
    expect(mean.basis).toContain(
      'left out: Richmond upon Thames (joint figure Kingston upon Thames / Richmond upon Thames, which includes this council)',
    );
    expect(mean.basis).not.toContain('joint figure used for Richmond');
  });
});

describe('councils', () => {
  it.each([
    ['Croydon', 'Croydon'],
    ['croydon', 'Croydon'],
    ['  CROYDON ', 'Croydon'],
    ['London Borough of Croydon', 'Croydon'],
    ['Croydon Council', 'Croydon'],
    ['Royal Borough of Kensington & Chelsea', 'Kensington and Chelsea'],
    ['Bristol City Council', 'Bristol, City of'],
    ['City of Bristol', 'Bristol, City of'],
    ['St Helens', 'St. Helens'],
    ['Herefordshire', 'Herefordshire, County of'],
    ['City of London', 'City of London'],
    ['Leeds City Council', 'Leeds'],
  ])('"%s" is %s', (input, name) => {
    const match = resolveCouncil(input, councils);
    expect(match.ok && match.council.name).toBe(name);
  });

  it('Dorset is the council formed in 2019 (838), not the one it replaced (835)', () => {
    const match = resolveCouncil('Dorset', councils);
    expect(match.ok && match.council.code).toBe('838');
  });

  it('an unknown name gets the nearest names', () => {
    const match = resolveCouncil('Croyden', councils);
    expect(match.ok).toBe(false);
    if (match.ok) return;
    expect(match.suggestions[0]).toBe('Croydon');
    expect(match.message).toMatch(/^Unknown council "Croyden"\. Did you mean: Croydon, .+\?$/);
    const prefixed = resolveCouncil('London Borough of Croyden', councils);
    expect(!prefixed.ok && prefixed.suggestions[0]).toBe('Croydon');
    // "London" is a region, not the City of London.
    expect(resolveCouncil('London', councils).ok).toBe(false);
  });

  it('keys names for matching', () => {
    expect(councilKey('Kingston upon Hull, City of', { stripPrefixes: false })).toBe('kingston upon hull');
    expect(councilKey('The Royal Borough of Windsor & Maidenhead')).toBe('windsor and maidenhead');
  });
});

describe('statistical neighbour tables', () => {
  it('reads the 2025 model', () => {
    expect(groups.size).toBe(153);
    expect(groups.get('306')).toEqual({
      code: '306',
      name: 'Croydon',
      neighbours: ['209', '320', '383', '870', '826', '882', '302', '852', '355', '203'],
    });
  });

  it('reads the April 2021 groupings too, skipping the blank and "Old SNs:" lines', () => {
    const old = readNeighbourTable(rows('sn2021'));
    // 306,Croydon,306,3,London (Outer),308,Close,320,Close,209,Close,309,...,304,...,203,...,208,...,330,...,315,...,307,...
    expect(old.get('306')?.neighbours).toEqual(['308', '320', '209', '309', '304', '203', '208', '330', '315', '307']);
    expect(old.get('928')?.name).toBe('Northamptonshire');
    // 152 councils of 2021 and the 4 "Old SNs" (Dorset, Poole, Bournemouth before 2019; Northamptonshire).
    expect(old.size).toBe(156);
  });
});

describe('rows', () => {
  const mapping: MeasureMapping = { ...mappingOf('WF1'), filter: undefined };
  const base = { time_period: '2020', geographic_level: 'National', region_name: '', la_name: '', old_la_code: '' };
  const duplicated: CsvRow[] = [
    { ...base, characteristic: 'Total', vacancy_rate_fte: '16.1' },
    { ...base, characteristic: 'Female', vacancy_rate_fte: '15' },
  ];

  it('refuses two rows where one is expected, and says which column tells them apart', () => {
    const council = { code: '306', name: 'Croydon' };
    expect(() => benchmarksFor({ mapping, rows: duplicated, council, names })).toThrow(AmbiguousRowsError);
    expect(() => benchmarksFor({ mapping, rows: duplicated, council, names })).toThrow(/"filter": \{ "characteristic": "Total" \}/);
    const filtered = benchmarksFor({ mapping: { ...mapping, filter: { characteristic: 'total' } }, rows: duplicated, council, names });
    expect(filtered.benchmarks).toEqual([
      { label: 'England', period: 'at 30 Sep 2020', value: 16.1, kind: 'england', source: mapping.source },
    ]);
  });

  it('a repeated header keeps its first column; blank lines are dropped', () => {
    expect(recordsFromCells([['\uFEFFa', 'SNP', 'SNP'], ['1', '2', '3'], ['', '', '']])).toEqual([{ a: '1', SNP: '2' }]);
  });
});

describe('indicators.json', () => {
  const existing: Benchmark[] = [
    { label: 'England', period: '2016-17', value: 77 },
    { label: 'England', period: '2017-18', value: 70, kind: 'england' },
    { label: 'Ofsted', period: '2018', value: 50, kind: 'other' },
  ];
  const imported: Benchmark[] = [{ label: 'England', period: '2017-18', value: 76.9, kind: 'england', source: 'DfE' }];

  it('keeps hand-written benchmarks (no kind, or "other") and replaces imported ones', () => {
    const merged = mergeBenchmarks(existing, imported);
    expect(merged.benchmarks).toEqual([existing[0], existing[2], imported[0]]);
    expect(merged).toMatchObject({ kept: 2, replaced: 1, clashes: [] });
    expect(mergeBenchmarks([{ label: 'england', period: '2017-18', value: 1 }], imported).clashes).toEqual(['"england" 2017-18']);
  });

  const text = [
    '{',
    '  "$schema": "schema/indicators.schema.json",',
    '  "indicators": [',
    '    { "id": "CP5", "name": "ICPC", "area": "CP", "unit": "percent", "polarity": "up",',
    '      "targets": [ { "from": "2017-10", "target": 60 } ],',
    '      "benchmarks": [ { "label": "England", "period": "2016-17", "value": 77 } ],',
    '      "definition": "Text." },',
    '    {',
    '      "id": "WF1",',
    '      "name": "Vacancy",',
    '      "area": "Workforce",',
    '      "unit": "percent",',
    '      "polarity": "down"',
    '    },',
    '    { "id": "SV1", "name": "Other", "area": "X", "unit": "count", "polarity": "up" }',
    '  ]',
    '}',
    '',
  ].join('\n');

  it('replaces only the benchmark lists, one benchmark a line, leaving every other character', () => {
    const out = replaceBenchmarksInText(text, new Map([['CP5', [...existing.slice(0, 1), ...imported]]]));
    expect(out).toBe(
      text.replace(
        '"benchmarks": [ { "label": "England", "period": "2016-17", "value": 77 } ]',
        [
          '"benchmarks": [',
          '        { "label": "England", "period": "2016-17", "value": 77 },',
          '        { "label": "England", "period": "2017-18", "value": 76.9, "kind": "england", "source": "DfE" }',
          '      ]',
        ].join('\n'),
      ),
    );
  });

  it('adds a list to an indicator without one, after its last field', () => {
    const out = replaceBenchmarksInText(text, new Map([['WF1', imported]]));
    const parsedOut = JSON.parse(out);
    expect(parsedOut.indicators[1]).toEqual({ ...JSON.parse(text).indicators[1], benchmarks: imported });
    expect(Object.keys(parsedOut.indicators[1]).at(-1)).toBe('benchmarks');
    expect(out.startsWith(text.slice(0, text.indexOf('"polarity": "down"')))).toBe(true);
    expect(out.endsWith(text.slice(text.indexOf('    },\n    { "id": "SV1"')))).toBe(true);
  });

  it('keeps Windows line endings, and writes an empty list as []', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const out = replaceBenchmarksInText(crlf, new Map([['CP5', imported], ['SV1', []]]));
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(JSON.parse(out).indicators[2].benchmarks).toEqual([]);
  });

  it('refuses an indicator that is not there', () => {
    expect(() => replaceBenchmarksInText(text, new Map([['CP9', imported]]))).toThrow('no indicator "CP9"');
  });

  it('formats one benchmark as one line of JSON', () => {
    expect(formatBenchmark({ label: 'A "quoted" name', period: '2017-18', value: 1.5, basis: 'x' })).toBe(
      '{ "label": "A \\"quoted\\" name", "period": "2017-18", "value": 1.5, "basis": "x" }',
    );
  });
});

describe('comparators.json: each neighbour’s own figure', () => {
  const cp5 = importFor('Croydon', 'CP5');
  const measure = (result: MeasureResult, period: string) => result.comparators.find((entry) => entry.period === period)!;

  it('Croydon first, marked as the council, then its ten neighbours nearest first, for every period', () => {
    expect(cp5.comparators.map((entry) => entry.period)).toEqual(cp5.years.map((year) => periodLabel(year, 'year-to-31-march')));
    const first = measure(cp5, '2017-18');
    expect(first.values.map((entry) => entry.la)).toEqual(['Croydon', ...plainNeighbours('Croydon')]);
    expect(first.values[0]).toEqual({ la: 'Croydon', value: 52, council: true });
    expect(first.values.slice(1).every((entry) => entry.council === undefined)).toBe(true);
    // The same England figure and neighbour mean as the benchmarks in indicators.json.
    expect(first.england).toBe(find(cp5, 'england', '2017-18')!.value);
    expect(first.neighbourMean).toBe(find(cp5, 'neighbours', '2017-18')!.value);
    expect(first.source).toBe('DfE, Characteristics of children in need (table C4)');
  });

  it('CP5 2017-18: each neighbour’s figure is its own counts from the file, rounded to 1 place', () => {
    // 2018,...,Lewisham,...,ICPC 521, ..., 0-10 days 64, 11-15 days 290 → 354 / 521 = 67.9%
    // 2018,...,Milton Keynes,...,ICPC 175, ..., 0-10 days 54, 11-15 days 112 → 166 / 175 = 94.9%
    const values = measure(cp5, '2017-18').values;
    expect(values.find((entry) => entry.la === 'Lewisham')?.value).toBe(67.9);
    expect(values.find((entry) => entry.la === 'Milton Keynes')?.value).toBe(94.9);
    for (let year = 2018; year <= 2025; year++) {
      const period = periodLabel(year, 'year-to-31-march');
      for (const entry of measure(cp5, period).values) {
        const exact = exactIcpc(year, entry.la);
        if (exact === null) expect(entry.value, `${entry.la} ${period}`).toBeNull();
        else expect(entry.value, `${entry.la} ${period}`).toBe(roundHalfUp(exact, 1));
      }
    }
  });

  it('a suppressed neighbour is null with the reason and the DfE’s symbol, never 0', () => {
    // 2024,...,Southend-on-Sea,...,451,397,113,111,c,82,c,22,... : 0-10 days "c".
    expect(measure(cp5, '2023-24').values.find((entry) => entry.la === 'Southend-on-Sea')).toEqual({
      la: 'Southend-on-Sea',
      value: null,
      note: 'suppressed (c)',
    });
    for (const id of ['CP5', 'CIN1', 'CP3', 'WF1', 'WF2', 'WF3', 'CL1']) {
      for (const entry of importFor('Kensington and Chelsea', id).comparators.flatMap((item) => item.values)) {
        if (entry.value === null) expect(entry.note, `${id} ${entry.la}`).toMatch(/^(suppressed|not available|not applicable|not published)/);
        else expect(Number.isFinite(entry.value)).toBe(true);
      }
    }
  });

  it('a published column as published: Croydon’s neighbours’ vacancy rates, recomputed here', () => {
    const wf1 = importFor('Croydon', 'WF1');
    for (let year = 2017; year <= 2025; year++) {
      const period = periodLabel(year, 'at-30-september');
      for (const entry of measure(wf1, period).values) {
        expect(entry.value, `${entry.la} ${period}`).toBe(numberOf('csww', year, DATA_NAME[entry.la] ?? entry.la, 'vacancy_rate_fte'));
      }
    }
  });

  it('a council missing from the neighbour model gets no comparators', () => {
    const council = { code: '999', name: 'Nowhere' };
    const mapping = mappingOf('CP5');
    expect(benchmarksFor({ mapping, rows: rows('c4'), council, names }).comparators).toEqual([]);
  });

  it('notes say why a figure is missing, and name a joint figure', () => {
    expect(comparatorValue({ name: 'A', value: null, reason: 'suppressed', symbol: 'c' }, false)).toEqual({ la: 'A', value: null, note: 'suppressed (c)' });
    expect(comparatorValue({ name: 'A', value: null, reason: 'not published' }, true)).toEqual({ la: 'A', value: null, council: true, note: 'not published' });
    expect(comparatorValue({ name: 'A', value: 3, jointWith: 'A / B' }, false)).toEqual({ la: 'A', value: 3, note: 'joint figure published for A / B' });
  });

  it('the file meets the contract and its text reads back as the same value', () => {
    const croydon = resolveCouncil('Croydon', councils);
    if (!croydon.ok) throw new Error(croydon.message);
    const file = comparatorsFileFor({
      council: croydon.council,
      neighbours: plainNeighbours('Croydon'),
      results: [cp5, importFor('Croydon', 'WF1')],
      sources: [mappingOf('CP5').source, mappingOf('WF1').source],
      neighboursFile: FILES.sn2025,
    });
    expect(comparatorsFileSchema.safeParse(file).success).toBe(true);
    expect(file.measures).toHaveLength(8 + 9);
    const text = formatComparatorsFile(file);
    expect(JSON.parse(text)).toEqual(file);
    expect(text).toContain('\n        { "la": "Croydon", "value": 52, "council": true },\n');
    expect(formatComparatorsFile({ ...file, measures: [] })).toContain('"measures": []');
  });
});
