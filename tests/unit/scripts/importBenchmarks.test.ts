// scripts/importBenchmarks.ts against a temporary data folder (never the repository's data/),
// reading trimmed copies of the DfE's real files from tests/fixtures/dfe. Most runs call
// the script's run() in this process; one runs the command itself, to check the exit code.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/importBenchmarks';
import { checkDataset } from '../../../src/domain/contract/dataset';
import { readDataFile } from '../../../src/domain/contract/readFile';
import { indicatorsFileSchema, type Benchmark, type ComparatorsFile } from '../../../src/domain/schema';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dfe = path.join(repoRoot, 'tests/fixtures/dfe');
const script = path.join(repoRoot, 'scripts/importBenchmarks.ts');

// A small catalogue in the layouts officers write: one indicator compact, one a field a line, one
// on a single line, one with hand-written benchmarks to keep, one the DfE does not publish.
const INDICATORS = `{
  "$schema": "schema/indicators.schema.json",
  "indicators": [
    { "id": "CP5",
      "name": "Initial child protection conferences held within 15 working days of the strategy discussion",
      "shortName": "ICPC timeliness",
      "area": "Child protection",
      "unit": "percent",
      "polarity": "up",
      "priority": true,
      "targets": [ { "from": "2017-10", "target": 60, "amber": 50 },
                   { "from": "2018-04", "target": 85, "amber": 75 } ],
      "benchmarks": [ { "label": "England", "period": "2016-17", "value": 77 } ],
      "definition": "Free text: how the figure is counted, and from which system." },
    {
      "id": "CIN1",
      "name": "Re-referrals within 12 months",
      "area": "Front door",
      "unit": "percent",
      "polarity": "down"
    },
    { "id": "CP3", "name": "Second or subsequent plans", "area": "Child protection", "unit": "percent", "polarity": "down" },
    { "id": "WF1", "name": "Social worker vacancy rate", "area": "Workforce", "unit": "percent", "polarity": "down" },
    { "id": "WF2", "name": "Agency worker rate", "area": "Workforce", "unit": "percent", "polarity": "down" },
    { "id": "WF3", "name": "Turnover rate", "area": "Workforce", "unit": "percent", "polarity": "down" },
    { "id": "CL1", "name": "Average caseload", "area": "Workforce", "unit": "number", "polarity": "down",
      "benchmarks": [ { "label": "England", "period": "at 30 Sep 2016", "value": 16.1, "kind": "england" },
                      { "label": "Local target", "period": "2018", "value": 15, "kind": "other" } ] },
    { "id": "SV1", "name": "Supervision in timescale", "area": "Practice", "unit": "percent", "polarity": "up" }
  ]
}
`;

const folders: string[] = [];
let data = '';
let indicatorsFile = '';

function makeDataFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'import-benchmarks-'));
  folders.push(root);
  const folder = path.join(root, 'data');
  mkdirSync(folder);
  copyFileSync(path.join(repoRoot, 'data/benchmark-mapping.json'), path.join(folder, 'benchmark-mapping.json'));
  writeFileSync(path.join(folder, 'indicators.json'), INDICATORS);
  return folder;
}

function importBenchmarks(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(['--from', dfe, '--data', data, ...args], {
    cwd: path.dirname(data),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const written = () => JSON.parse(readFileSync(indicatorsFile, 'utf8')) as { indicators: { id: string; benchmarks?: Benchmark[] }[] };
const benchmarksOf = (id: string) => written().indicators.find((indicator) => indicator.id === id)!.benchmarks!;
const one = (id: string, label: string, period: string) =>
  benchmarksOf(id).find((benchmark) => benchmark.label === label && benchmark.period === period);

beforeEach(() => {
  data = makeDataFolder();
  indicatorsFile = path.join(data, 'indicators.json');
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('import-benchmarks --la "Croydon"', () => {
  it('writes England, Outer London, the neighbour mean and Croydon for every mapped indicator and year', () => {
    const result = importBenchmarks('--la', 'Croydon');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Wrote');

    // 2018,...,National,...,ICPC 79470, ..., 0-10 days 12130, 11-15 days 49020 → 61150 / 79470 = 76.9%
    expect(one('CP5', 'England', '2017-18')).toEqual({
      label: 'England', period: '2017-18', value: 76.9, kind: 'england',
      source: 'DfE, Characteristics of children in need (table C4)', basis: 'calculated from published counts',
    });
    // 2018,...,Regional,...,Outer London,...,ICPC 7530, ..., 1350, 4520 → 78.0%
    expect(one('CP5', 'Outer London', '2017-18')?.value).toBe(78);
    // 2018,...,Croydon,...,ICPC 854, ..., 34, 410 → 52.0%
    expect(one('CP5', 'Croydon (published)', '2017-18')).toMatchObject({ value: 52, kind: 'council' });
    expect(one('CP5', 'Statistical neighbours (mean)', '2017-18')).toMatchObject({
      kind: 'neighbours',
      basis: 'mean of 10 statistical neighbours',
    });
    // 2024,...,Southend-on-Sea,...,451,397,113,111,c,82,... : one neighbour's count suppressed.
    expect(one('CP5', 'Statistical neighbours (mean)', '2023-24')?.basis).toBe(
      'mean of 9 of 10 statistical neighbours; 1 suppressed (Southend-on-Sea)',
    );
    // 2025,...,National,...,Referrals and Re-referrals,632830,142900,22.6,...
    expect(one('CIN1', 'England', '2024-25')?.value).toBe(22.6);
    // 2018,...,Croydon,Child Protection Plans which are a second or subsequent plan,694,116,16.7
    expect(one('CP3', 'Croydon (published)', '2017-18')?.value).toBe(16.7);
    // 2017,...,Croydon,204,207,30.4,31,23.8,25,11.6,12.1,106.2,126,34.2,37.8,67.2,63.3,68,25,98.9,175.1,3206,18.3,...
    expect(one('WF1', 'Croydon (published)', 'at 30 Sep 2017')?.value).toBe(25);
    expect(one('WF2', 'Croydon (published)', 'at 30 Sep 2017')?.value).toBe(34.2);
    expect(one('WF3', 'Croydon (published)', 'at 30 Sep 2017')?.value).toBe(11.6);
    expect(one('CL1', 'Croydon (published)', 'at 30 Sep 2017')?.value).toBe(18.3);
    // 2025,...,National,...: caseload_fte 15.2
    expect(one('CL1', 'England', 'at 30 Sep 2025')?.value).toBe(15.2);

    const cp5Periods = [...new Set(benchmarksOf('CP5').filter((b) => b.kind).map((b) => b.period))];
    expect(cp5Periods).toEqual(['2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25']);
    const wf1Periods = [...new Set(benchmarksOf('WF1').map((b) => b.period))];
    expect(wf1Periods).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => `at 30 Sep ${year}`));
    for (const id of ['CP5', 'CIN1', 'CP3', 'WF1', 'WF2', 'WF3', 'CL1']) {
      expect(benchmarksOf(id).filter((benchmark) => benchmark.kind && benchmark.kind !== 'other').length, id).toBeGreaterThanOrEqual(32);
    }
  });

  it('keeps hand-written benchmarks and replaces earlier imported ones', () => {
    importBenchmarks('--la', 'Croydon');
    expect(benchmarksOf('CP5')[0]).toEqual({ label: 'England', period: '2016-17', value: 77 });
    expect(benchmarksOf('CL1')[0]).toEqual({ label: 'Local target', period: '2018', value: 15, kind: 'other' });
    expect(one('CL1', 'England', 'at 30 Sep 2016')).toBeUndefined();
  });

  it('changes nothing but the mapped benchmark lists, and the result still meets the contract', () => {
    importBenchmarks('--la', 'Croydon');
    const after = readFileSync(indicatorsFile, 'utf8');
    const before = JSON.parse(INDICATORS);
    const parsed = JSON.parse(after);
    const strip = (file: { indicators: Record<string, unknown>[] }) =>
      JSON.stringify({ ...file, indicators: file.indicators.map(({ benchmarks: _benchmarks, ...rest }) => rest) });
    expect(strip(parsed)).toBe(strip(before));
    expect(indicatorsFileSchema.safeParse(parsed).success).toBe(true);
    // Text outside the lists is as it was: the head of the file, and the untouched indicator.
    expect(after.startsWith(INDICATORS.slice(0, INDICATORS.indexOf('"benchmarks"')))).toBe(true);
    expect(after).toContain('    { "id": "SV1", "name": "Supervision in timescale", "area": "Practice", "unit": "percent", "polarity": "up" }\n  ]\n}\n');
    expect(parsed.indicators.find((indicator: { id: string }) => indicator.id === 'SV1').benchmarks).toBeUndefined();
    // One benchmark a line, indented two spaces inside its list.
    expect(after).toContain('      "benchmarks": [\n        { "label": "England", "period": "2016-17", "value": 77 },\n        { "label": "England", "period": "2017-18", "value": 76.9,');
    // Written by rename: no temporary file left behind.
    expect(readdirSync(data).sort()).toEqual(['benchmark-mapping.json', 'comparators.json', 'indicators.json']);
  });

  it('gives the same file when run again', () => {
    importBenchmarks('--la', 'Croydon');
    const first = readFileSync(indicatorsFile, 'utf8');
    const again = importBenchmarks('--la', 'croydon');
    expect(again.code).toBe(0);
    expect(again.out).toContain('already up to date');
    expect(readFileSync(indicatorsFile, 'utf8')).toBe(first);
  });

  it('--dry-run reports and writes nothing', () => {
    const result = importBenchmarks('--la', 'London Borough of Croydon', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Benchmarks for Croydon (LA 306)');
    expect(result.out).toContain('CP5   2017-18 to 2024-25: 32 benchmarks; 1 hand-written kept');
    expect(result.out).toContain('Dry run');
    expect(result.out).toContain('Dry run: data/comparators.json not changed (60 measures');
    expect(readFileSync(indicatorsFile, 'utf8')).toBe(INDICATORS);
    expect(readdirSync(data)).not.toContain('comparators.json');
  });
});

describe('comparators.json', () => {
  const comparatorsFile = () => path.join(data, 'comparators.json');
  const readComparators = () => JSON.parse(readFileSync(comparatorsFile(), 'utf8')) as ComparatorsFile;
  const measureOf = (file: ComparatorsFile, indicator: string, period: string) =>
    file.measures.find((measure) => measure.indicator === indicator && measure.period === period)!;

  it('holds Croydon’s and each neighbour’s own figure for every mapped indicator and period, under 300 KB', () => {
    const result = importBenchmarks('--la', 'Croydon');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Wrote data\/comparators\.json \(60 measures, \d+\.\d KB\)\./);
    const file = readComparators();
    expect(file.$schema).toBe('./schema/comparators.schema.json');
    expect(file.council).toBe('Croydon');
    expect(file.neighbours).toEqual(['Lewisham', 'Waltham Forest', 'Leeds', 'Reading', 'Milton Keynes', 'Southend-on-Sea', 'Barnet', 'Southampton', 'Salford', 'Greenwich']);
    // Every mapped indicator, every period from its fromYear: 3 × 8 financial years + 4 × 9 workforce years.
    expect(file.measures).toHaveLength(60);
    expect([...new Set(file.measures.map((measure) => measure.indicator))]).toEqual(['CP5', 'CIN1', 'CP3', 'WF1', 'WF2', 'WF3', 'CL1']);
    expect(readFileSync(comparatorsFile()).byteLength).toBeLessThan(300 * 1024);
    for (const measure of file.measures) expect(measure.values).toHaveLength(11);
  });

  it('CP5 2017-18: Croydon’s and its neighbours’ figures as the CSV gives them', () => {
    importBenchmarks('--la', 'Croydon');
    const cp5 = measureOf(readComparators(), 'CP5', '2017-18');
    // 2018,...,Croydon,...,ICPC 854, ..., 0-10 days 34, 11-15 days 410 → 444 / 854 = 52.0%
    // 2018,...,Lewisham,...,ICPC 521, ..., 0-10 days 64, 11-15 days 290 → 354 / 521 = 67.9%
    // 2018,...,Milton Keynes,...,ICPC 175, ..., 0-10 days 54, 11-15 days 112 → 166 / 175 = 94.9%
    expect(cp5.values.slice(0, 2)).toEqual([
      { la: 'Croydon', value: 52, council: true },
      { la: 'Lewisham', value: 67.9 },
    ]);
    expect(cp5.values.find((entry) => entry.la === 'Milton Keynes')?.value).toBe(94.9);
    expect(cp5.england).toBe(one('CP5', 'England', '2017-18')?.value);
    expect(cp5.neighbourMean).toBe(one('CP5', 'Statistical neighbours (mean)', '2017-18')?.value);
  });

  it('a suppressed neighbour is null with a note, never 0', () => {
    importBenchmarks('--la', 'Croydon');
    // 2024,...,Southend-on-Sea,...,451,397,113,111,c,82,... : 0-10 days "c".
    expect(measureOf(readComparators(), 'CP5', '2023-24').values.find((entry) => entry.la === 'Southend-on-Sea')).toEqual({
      la: 'Southend-on-Sea',
      value: null,
      note: 'suppressed (c)',
    });
    expect(readFileSync(comparatorsFile(), 'utf8')).toContain('{ "la": "Southend-on-Sea", "value": null, "note": "suppressed (c)" }');
  });

  it('is written by rename, and the same on a second run', () => {
    importBenchmarks('--la', 'Croydon');
    const first = readFileSync(comparatorsFile(), 'utf8');
    const again = importBenchmarks('--la', 'Croydon');
    expect(again.out).toContain('data/comparators.json already up to date.');
    expect(readFileSync(comparatorsFile(), 'utf8')).toBe(first);
    expect(readdirSync(data).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('meets the data contract beside the catalogue it was made for; a measure of an unknown indicator is an error', () => {
    importBenchmarks('--la', 'Croydon');
    const read = (name: string, content: string) => readDataFile(name, content);
    const catalogue = read('indicators.json', readFileSync(indicatorsFile, 'utf8'));
    const written = read('comparators.json', readFileSync(comparatorsFile(), 'utf8'));
    expect(written.problems).toEqual([]);
    const clean = checkDataset([catalogue, written]);
    expect(clean.problems.filter((problem) => problem.file === 'comparators.json')).toEqual([]);
    expect(clean.comparators?.measures).toHaveLength(60);

    const typo = readFileSync(comparatorsFile(), 'utf8').replace('"indicator": "WF3"', '"indicator": "WF33"');
    const checked = checkDataset([catalogue, read('comparators.json', typo)]);
    const problem = checked.problems.find((entry) => entry.file === 'comparators.json');
    // WF3's first measure follows 3 × 8 children-in-need and 2 × 9 workforce measures: index 42.
    expect(problem).toMatchObject({ severity: 'error', code: 'unknown-indicator', suggestion: '"WF3"', path: ['measures', 42, 'indicator'] });
    expect(problem?.line).toBeGreaterThan(1);
    expect(checked.comparators).toBeUndefined();
  });
});

describe('other councils', () => {
  it('Kensington and Chelsea: suppressed figures are left out, never written as 0', () => {
    const result = importBenchmarks('--la', 'Royal Borough of Kensington and Chelsea');
    expect(result.code).toBe(0);
    // 2020,...,Kensington and Chelsea,...,254,239,80,80,47,c,c,20,... : 11-15 days "c".
    expect(one('CP5', 'Kensington and Chelsea (published)', '2019-20')).toBeUndefined();
    expect(result.out).toContain('2019-20: no figure for Kensington and Chelsea (Duration_11-15_days is "c": suppressed)');
    // 2025 workforce row: x throughout.
    expect(one('WF1', 'Kensington and Chelsea (published)', 'at 30 Sep 2025')).toBeUndefined();
    expect(one('WF1', 'Inner London', 'at 30 Sep 2025')?.value).toBe(18);
    for (const id of ['CP5', 'CIN1', 'CP3', 'WF1', 'WF2', 'WF3', 'CL1']) {
      for (const benchmark of benchmarksOf(id)) expect(typeof benchmark.value).toBe('number');
    }
  });

  it('Leeds: its region is Yorkshire and The Humber', () => {
    expect(importBenchmarks('--la', 'Leeds City Council').code).toBe(0);
    // 2025,...,Yorkshire and The Humber,...,63590,13790,21.7  /  2025,...,Leeds,...,10304,2494,24.2
    expect(one('CIN1', 'Yorkshire and The Humber', '2024-25')).toMatchObject({ value: 21.7, kind: 'region' });
    expect(one('CIN1', 'Leeds (published)', '2024-25')).toMatchObject({ value: 24.2, kind: 'council' });
  });
});

describe('refusals', () => {
  it('an unknown council: exit 1, the nearest names, the file untouched (run as a command)', () => {
    const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
    const child = spawnSync(tsx, [script, '--la', 'Croyden', '--from', dfe, '--data', data], {
      cwd: path.dirname(data),
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/Unknown council "Croyden"\. Did you mean: Croydon, .+\?/);
    expect(readFileSync(indicatorsFile, 'utf8')).toBe(INDICATORS);
  });

  it('a mapped indicator missing from the catalogue: exit 1 with the nearest id', () => {
    const mappingFile = path.join(data, 'benchmark-mapping.json');
    writeFileSync(mappingFile, readFileSync(mappingFile, 'utf8').replace('"indicator": "WF3"', '"indicator": "WF33"'));
    const result = importBenchmarks('--la', 'Croydon');
    expect(result.code).toBe(1);
    expect(result.err).toContain('indicator "WF33" is not in data/indicators.json; did you mean "WF3"?');
    expect(readFileSync(indicatorsFile, 'utf8')).toBe(INDICATORS);
  });

  it('a column the file does not have: exit 1 with the nearest column', () => {
    const mappingFile = path.join(data, 'benchmark-mapping.json');
    writeFileSync(mappingFile, readFileSync(mappingFile, 'utf8').replace('"vacancy_rate_fte"', '"vacancy_rate"'));
    const result = importBenchmarks('--la', 'Croydon');
    expect(result.code).toBe(1);
    expect(result.err).toContain('WF1: no column "vacancy_rate" in csww_indicators_2017_to_2025.csv; did you mean "vacancy_rate_fte"?');
  });

  it('no --la, or an unknown option: exit 1 with the usage', () => {
    const none = importBenchmarks();
    expect(none.code).toBe(1);
    expect(none.err).toContain('Usage:');
    expect(importBenchmarks('--la', 'Croydon', '--dryrun').code).toBe(1);
  });

  it('a DfE folder that is not there: exit 1', () => {
    const result = run(['--la', 'Croydon', '--data', data, '--from', path.join(data, 'nowhere')], {
      cwd: path.dirname(data),
      out: () => {},
      err: () => {},
    });
    expect(result).toBe(1);
  });
});
