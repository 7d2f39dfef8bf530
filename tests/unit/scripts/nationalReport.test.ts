// `npm run report`'s `national` field for every mapped indicator, for the sample council and two
// others, each imported with the importer (scripts/importBenchmarks.ts) into a copy of the sample
// folder from the trimmed DfE files in tests/fixtures/dfe. The expected rank, field and band come
// by a separate route: the fixture's lines split here, the measure worked out with plain
// arithmetic, and LAIT's rank and band as tests/unit/laitOracle.ts states them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run as importBenchmarks } from '../../../scripts/importBenchmarks';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { monthView } from '../../../src/domain/board/monthView';
import { monthReport, type IndicatorReport } from '../../../src/domain/present/monthReport';
import { laitBand, rankBySorting } from '../laitOracle';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const dfe = join(root, 'tests/fixtures/dfe');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

interface Mapping {
  indicator: string;
  file: string;
  column?: string;
  numerator?: string[];
  denominator?: string;
  period: 'year-to-31-march' | 'at-30-september';
}
const mappings = (JSON.parse(readFileSync(join(root, 'data/benchmark-mapping.json'), 'utf8')) as { mappings: Mapping[] }).mappings;
const polarity = new Map(
  (JSON.parse(readFileSync(join(root, 'data/indicators.json'), 'utf8')) as { indicators: { id: string; polarity: string }[] }).indicators.map((entry) => [entry.id, entry.polarity]),
);

/** The fixture's local authority rows of one year, split plainly: cells by header. */
function localRows(file: string, year: number): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(dfe, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const split = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1]!.replace(/^"|"$/g, '')).slice(0, -1);
  const names = split(header!);
  return lines
    .map((line) => Object.fromEntries(split(line).map((cell, index) => [names[index]!, cell])))
    .filter((row) => row.time_period === String(year) && row.geographic_level === 'Local authority');
}

/** The measure as shown: a published number, or (0-10 + 11-15 days) / ICPC to one decimal; null otherwise. */
function shown(row: Record<string, string>, mapping: Mapping): number | null {
  const number = (cell: string | undefined) => (cell !== undefined && /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : null);
  if (mapping.column) return number(row[mapping.column]);
  const parts = mapping.numerator!.map((column) => number(row[column]));
  const all = number(row[mapping.denominator!]);
  if (parts.some((part) => part === null) || !all) return null;
  return Math.round((1000 * parts.reduce((sum, part) => sum! + part!, 0)!) / all) / 10;
}

/** What the report must say at March 2019: children-in-need 2018-19 (time_period 2019), workforce at 30 Sep 2018. */
function expected(mapping: Mapping, councilCode: string): IndicatorReport['national'] {
  const year = mapping.period === 'year-to-31-march' ? 2019 : 2018;
  const rows = localRows(mapping.file, year);
  const field = rows.map((row) => shown(row, mapping)).filter((value): value is number => value !== null);
  const own = rows.find((row) => (row.old_la_code ?? '').split('/').map((code) => code.trim()).includes(councilCode));
  const value = own ? shown(own, mapping) : null;
  const period = mapping.period === 'year-to-31-march' ? '2018-19' : 'at 30 Sep 2018';
  const direction = polarity.get(mapping.indicator);
  if (value === null || direction === 'neutral') return { period, value, rank: null, of: field.length, band: null };
  const way = direction as 'up' | 'down';
  return { period, value, rank: rankBySorting(field, value, way), of: field.length, band: laitBand(value, field, way) as 'A' | 'B' | 'C' | 'D' };
}

/** The sample folder copied, with the council's benchmarks imported into it. */
function importedFolder(council: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'national-report-'));
  folders.push(folder);
  cpSync(join(root, 'data'), folder, { recursive: true });
  const code = importBenchmarks(['--la', council, '--from', dfe, '--data', folder], { cwd: root, out: () => {}, err: () => {} });
  expect(code).toBe(0);
  return folder;
}

const reportOf = (folder: string, month: string) => {
  const { dataset } = checkFolder(folder);
  return monthReport(monthView(dataset, month), undefined, dataset.comparators);
};

describe('npm run report: national rank and band for every mapped indicator', () => {
  it.each([
    ['Croydon', '306'],
    ['Sandwell', '333'],
    ['Hull', '810'],
  ])('%s, March 2019: each mapped indicator’s period in force, figure, rank, field and band', (council, code) => {
    const report = reportOf(importedFolder(council), '2019-03');
    expect(mappings).toHaveLength(7);
    for (const mapping of mappings) {
      const entry = report.indicators.find((indicator) => indicator.id === mapping.indicator)!;
      expect(entry.national, `${council} ${mapping.indicator}`).toEqual(expected(mapping, code));
    }
    // An indicator with no DfE measure: null.
    expect(report.indicators.find((indicator) => indicator.id === 'SUP1')?.national).toBeNull();
  });

  it('Croydon’s ICPC timeliness in 2018-19 as counted by hand from the full file: band D, 128th of 144, 65.3%', () => {
    const cp5 = reportOf(importedFolder('Croydon'), '2019-03').indicators.find((indicator) => indicator.id === 'CP5')!;
    expect(cp5.national).toEqual({ period: '2018-19', value: 65.3, rank: 128, of: 144, band: 'D' });
    expect(cp5.words.national).toBe('Band D, 128th of 144 in 2018-19');
  });

  it('the period follows the month: in June 2018 the workforce figures are those at 30 Sep 2017', () => {
    const wf1 = reportOf(importedFolder('Croydon'), '2018-06').indicators.find((indicator) => indicator.id === 'WF1')!;
    expect(wf1.national?.period).toBe('at 30 Sep 2017');
  });

  it('the command prints it for the repository’s own sample (data/comparators.json as committed)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/report.ts'), '--month', '2019-03'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as { indicators: IndicatorReport[] };
    for (const mapping of mappings) {
      expect(printed.indicators.find((indicator) => indicator.id === mapping.indicator)?.national, mapping.indicator).toEqual(expected(mapping, '306'));
    }
  });
});
