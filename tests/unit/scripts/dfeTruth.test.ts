// The DfE import tells the truth: "low" is a figure under 0.5, "u" is low reliability, a joint
// figure is flagged and never counted inside the council's own neighbour mean, every "mean of N"
// has the true N, short names and successors are understood, and site.json can be told the council.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { missingReason, recordsFromCells } from '../../../scripts/dfe/cells';
import { NEIGHBOURS_LABEL } from '../../../scripts/dfe/comparators';
import { comparatorValue } from '../../../scripts/dfe/comparatorValue';
import { resolveCouncil, type Council } from '../../../scripts/dfe/councils';
import type { MeasureMapping } from '../../../scripts/dfe/mapping';
import { measureValue } from '../../../scripts/dfe/measureValue';
import { neighbourMean } from '../../../scripts/dfe/neighbourMean';
import { run, siteWithCouncil } from '../../../scripts/importBenchmarks';
import { rankCouncils } from '../../../src/domain/board/ranking';
import { comparatorFlag, comparatorNotes } from '../../../src/domain/present/comparatorNotes';
import Papa from 'papaparse';
import { figureText, neighbourMeanLabel, rankText } from '../../../src/domain/present/rankingWords';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dfe = path.join(repoRoot, 'tests/fixtures/dfe');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const column = (name: string): MeasureMapping =>
  ({ indicator: 'WF2', file: 'csww.csv', column: name, period: 'at-30-september', source: 'DfE' }) as MeasureMapping;
const percent = { unit: 'percent' as const, decimals: 1 };

describe('"low": a real figure under 0.5', () => {
  it('is read from the DfE’s own file as under 0.5, not as missing (Sunderland’s agency rate, 2025)', () => {
    const cells = Papa.parse<string[]>(readFileSync(path.join(dfe, 'csww_indicators_2017_to_2025.csv'), 'utf8'), { skipEmptyLines: 'greedy' }).data;
    const sunderland = recordsFromCells(cells).find((row) => row.la_name === 'Sunderland' && row.time_period === '2025')!;
    expect(sunderland.agency_rate_fte).toBe('low');
    expect(measureValue(sunderland, column('agency_rate_fte'))).toMatchObject({ value: null, symbol: 'low', below: 0.5, reason: 'under 0.5' });
  });

  it('is written to comparators.json as null with below 0.5, never 0', () => {
    expect(comparatorValue({ name: 'Sunderland', value: null, below: 0.5, reason: 'under 0.5', symbol: 'low' }, false)).toEqual({
      la: 'Sunderland', value: null, below: 0.5, note: 'under 0.5 (low)',
    });
  });

  it('is shown as “under 0.5%” and ranked best when lower is better, worst when higher is', () => {
    const values = [
      { la: 'Croydon', value: 3.2, council: true },
      { la: 'Sunderland', value: null, below: 0.5, note: 'under 0.5 (low)' },
      { la: 'Leeds', value: 0.5 },
      { la: 'Hackney', value: null, note: 'suppressed (c)' },
    ];
    const down = rankCouncils(values, 'down');
    expect(down.map((entry) => `${rankText(entry)} ${entry.la} ${figureText(entry, percent)}`)).toEqual([
      '1st Sunderland under 0.5%', '2nd Leeds 0.5%', '3rd Croydon 3.2%', 'Not ranked Hackney Not published (suppressed)',
    ]);
    expect(rankCouncils(values, 'up').map((entry) => entry.la)).toEqual(['Croydon', 'Leeds', 'Sunderland', 'Hackney']);
  });

  it('two “low” figures share a rank', () => {
    const ranked = rankCouncils([{ la: 'A', value: null, below: 0.5 }, { la: 'B', value: null, below: 0.5 }, { la: 'C', value: 2 }], 'down');
    expect(ranked.map(rankText)).toEqual(['Joint 1st', 'Joint 1st', '3rd']);
  });

  it('counts in the neighbour mean as 0.25, and the basis says so', () => {
    const mean = neighbourMean([
      { name: 'Sunderland', value: null, below: 0.5, reason: 'under 0.5', symbol: 'low' },
      { name: 'Leeds', value: 2 },
      { name: 'Hackney', value: null, reason: 'suppressed', symbol: 'c' },
    ]);
    expect(mean.value).toBe(1.1); // (0.25 + 2) / 2 = 1.125 → 1.1
    expect(mean.count).toBe(2);
    expect(mean.basis).toBe('mean of 2 of 3 statistical neighbours; 1 suppressed (Hackney); Sunderland published as under 0.5, counted as 0.25');
  });
});

describe('"u": low reliability', () => {
  it('is missing for the reason the DfE gives, not “not available”', () => {
    expect(missingReason('u')).toBe('low reliability');
    expect(comparatorValue({ name: 'Sunderland', value: null, reason: missingReason('u'), symbol: 'u' }, false).note).toBe('low reliability (u)');
    expect(figureText({ value: null, note: 'low reliability (u)' }, percent)).toBe('Not published (low reliability)');
  });
});

describe('joint figures', () => {
  const kingstonRichmond = 'Kingston upon Thames / Richmond upon Thames';

  it('are never counted inside the council’s own neighbour mean', () => {
    const mean = neighbourMean([
      { name: 'Richmond upon Thames', value: 10, jointWith: kingstonRichmond, includesCouncil: true },
      { name: 'Sutton', value: 20 },
      { name: 'Merton', value: 30 },
    ]);
    expect(mean).toMatchObject({ value: 25, count: 2, of: 3 });
    expect(mean.basis).toBe(`mean of 2 of 3 statistical neighbours; left out: Richmond upon Thames (joint figure ${kingstonRichmond}, which includes this council)`);
  });

  it('shared by two neighbours count once', () => {
    const joint = 'North Northamptonshire / West Northamptonshire';
    const mean = neighbourMean([
      { name: 'North Northamptonshire', value: 10, jointWith: joint },
      { name: 'West Northamptonshire', value: 10, jointWith: joint },
      { name: 'Bedford', value: 40 },
    ]);
    expect(mean).toMatchObject({ value: 25, count: 2 });
    expect(mean.basis).toContain(`counted once: West Northamptonshire (joint figure ${joint})`);
  });

  it('are flagged in comparators.json and on the Indicator page’s table', () => {
    expect(comparatorValue({ name: 'Richmond upon Thames', value: 10, jointWith: kingstonRichmond, includesCouncil: true }, false).note).toBe(
      `joint figure published for ${kingstonRichmond}, which includes this council: not in the neighbour mean`,
    );
    const own = { label: 'Kingston upon Thames (published)', period: 'at 30 Sep 2025', value: 12, kind: 'council' as const, basis: `joint figure published for ${kingstonRichmond}` };
    expect(comparatorFlag(own)).toBe('joint figure');
    expect(comparatorNotes([own, { label: NEIGHBOURS_LABEL, period: 'at 30 Sep 2025', value: 9, kind: 'neighbours', basis: 'mean of 10 statistical neighbours' }])).toEqual([
      `Kingston upon Thames (published), at 30 Sep 2025: joint figure published for ${kingstonRichmond}.`,
    ]);
  });
});

describe('the true count in every “mean of N”', () => {
  it('labels the column without a count, and says the count each period', () => {
    expect(NEIGHBOURS_LABEL).toBe('Statistical neighbours (mean)');
    expect(neighbourMeanLabel({ neighbourCount: 8 })).toBe('Statistical neighbours (mean of 8)');
    expect(neighbourMeanLabel({})).toBe('Statistical neighbours (mean)');
  });
});

describe('short names and successors', () => {
  const councils: Council[] = [
    { code: '810', name: 'Kingston upon Hull, City of', lastYear: 2025 },
    { code: '840', name: 'County Durham', lastYear: 2025 },
    { code: '314', name: 'Kingston upon Thames', lastYear: 2025 },
    { code: '928', name: 'Northamptonshire', lastYear: 2020 },
    { code: '940', name: 'North Northamptonshire', lastYear: 2025 },
    { code: '941', name: 'West Northamptonshire', lastYear: 2025 },
    { code: '836', name: 'Poole', lastYear: 2018 },
    { code: '839', name: 'Bournemouth, Christchurch and Poole', lastYear: 2025 },
    { code: '909', name: 'Cumbria', lastYear: 2022 },
  ];
  const resolved = (name: string) => {
    const match = resolveCouncil(name, councils);
    return match.ok ? match.council.name : match.message;
  };

  it('reads Hull, Durham and Kingston as the DfE names them', () => {
    expect(resolved('Hull')).toBe('Kingston upon Hull, City of');
    expect(resolved('Hull City Council')).toBe('Kingston upon Hull, City of');
    expect(resolved('Durham')).toBe('County Durham');
    expect(resolved('Durham County Council')).toBe('County Durham');
    expect(resolved('Kingston')).toBe('Kingston upon Thames');
    expect(resolveCouncil('Hull', councils)).toMatchObject({ ok: true, notice: '"Hull" read as Kingston upon Hull, City of.' });
  });

  it('refuses a replaced council, naming its successors', () => {
    expect(resolved('Northamptonshire')).toBe(
      'Northamptonshire was replaced in April 2021 by North Northamptonshire and West Northamptonshire. Give one of them: --la "North Northamptonshire" or "West Northamptonshire"; or, for the old council\'s figures before then, add --abolished.',
    );
    expect(resolved('Cumbria')).toMatch(/^Cumbria was replaced in April 2023 by Cumberland and Westmorland and Furness\./);
  });

  it('reads a council replaced by one other as its successor, saying so', () => {
    expect(resolveCouncil('Poole', councils)).toMatchObject({
      ok: true,
      council: { code: '839' },
      notice: '"Poole" read as Bournemouth, Christchurch and Poole, which replaced Poole in April 2019. For the old council\'s figures before then, add --abolished.',
    });
    expect(resolved('Bournemouth Borough Council')).toBe('Bournemouth, Christchurch and Poole');
    expect(resolveCouncil('Poole', councils, 3, { allowAbolished: true })).toMatchObject({ ok: true, council: { code: '836' } });
  });

  it('imports the old council with --abolished, and says its figures stop', () => {
    expect(resolveCouncil('Northamptonshire', councils, 3, { allowAbolished: true })).toMatchObject({
      ok: true,
      council: { code: '928' },
      notice: 'Northamptonshire was replaced in April 2021 by North Northamptonshire and West Northamptonshire: its figures stop then.',
    });
  });
});

describe('site.json', () => {
  const site = '{\n  "$schema": "./schema/site.schema.json",\n  "organisation": "London Borough of Croydon",\n  "title": "Dashboard",\n  "board": "Board",\n  "sampleData": true\n}\n';

  it('is left alone when it names the council already', () => {
    expect(siteWithCouncil(site, 'Croydon')).toEqual({ text: site, changed: false, before: 'London Borough of Croydon' });
  });

  it('gets the council’s name, every other field and the layout kept', () => {
    const result = siteWithCouncil(site, 'Leeds');
    expect(result.changed).toBe(true);
    expect(result.text).toBe(site.replace('London Borough of Croydon', 'Leeds'));
  });

  function dataFolder(siteText: string) {
    const root = mkdtempSync(path.join(tmpdir(), 'dfe-truth-'));
    folders.push(root);
    const data = path.join(root, 'data');
    mkdirSync(data);
    copyFileSync(path.join(repoRoot, 'data/benchmark-mapping.json'), path.join(data, 'benchmark-mapping.json'));
    const ids = ['CP5', 'CIN1', 'CP3', 'WF1', 'WF2', 'WF3', 'CL1'];
    const indicators = ids.map((id) => ({ id, name: id, area: 'A', unit: id === 'CL1' ? 'number' : 'percent', polarity: 'down' }));
    writeFileSync(path.join(data, 'indicators.json'), JSON.stringify({ indicators }, null, 2));
    writeFileSync(path.join(data, 'site.json'), siteText);
    return data;
  }
  const importInto = (data: string, ...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = run(['--from', dfe, '--data', data, ...args], { cwd: path.dirname(data), out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('import --site writes the council there; without --site a different council is a warning', () => {
    const data = dataFolder(site);
    const warned = importInto(data, '--la', 'Leeds');
    expect(warned.code).toBe(0);
    expect(warned.out).toContain('warning: data/site.json names London Borough of Croydon, not Leeds; add --site to write Leeds there.');
    expect(readFileSync(path.join(data, 'site.json'), 'utf8')).toBe(site);
    const written = importInto(data, '--la', 'Leeds', '--site');
    expect(written.out).toContain('Wrote data/site.json (organisation: Leeds, was London Borough of Croydon).');
    expect(JSON.parse(readFileSync(path.join(data, 'site.json'), 'utf8'))).toEqual({ ...JSON.parse(site), organisation: 'Leeds' });
  });

  it('import --la Hull finds Kingston upon Hull; --la Northamptonshire is refused, naming its successors', () => {
    const data = dataFolder(site);
    const hull = importInto(data, '--la', 'Hull', '--dry-run');
    expect(hull.code).toBe(0);
    expect(hull.out).toContain('Benchmarks for Kingston upon Hull, City of (LA 810)');
    const northants = importInto(data, '--la', 'Northamptonshire');
    expect(northants.code).toBe(1);
    expect(northants.err).toContain('North Northamptonshire and West Northamptonshire');
  });
});
