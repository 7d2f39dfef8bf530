// scripts/importCsv.ts (`npm run import -- <file.csv> --month YYYY-MM`), run as a child process
// (`node --import tsx`, the same loader as npm's tsx without npx's start-up) against temporary
// copies of the sample data folder, never the repository's data/.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { monthFromFileName, snapshotText } from '../../../scripts/importCsv';
import { csvLocator } from '../../../src/domain/contract/csvLocate';
import { countProblems } from '../../../src/domain/contract/problems';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const script = join(root, 'scripts/importCsv.ts');
const work = mkdtempSync(join(tmpdir(), 'import-csv-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number;
  stdout: string[];
  stderr: string[];
}

const withoutDataDir = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DASHBOARD_DATA_DIR'));

function runImport(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env: withoutDataDir }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout: stdout.split('\n').filter(Boolean), stderr: stderr.split('\n').filter(Boolean) });
    });
  });
}

let cases = 0;
/** A fresh copy of the sample data folder and a CSV file beside it. */
function prepare(csv: string | Buffer, csvName = 'figures.csv') {
  const dir = join(work, `case-${++cases}`);
  const data = join(dir, 'data');
  cpSync(join(root, 'data'), data, { recursive: true });
  const file = join(dir, csvName);
  writeFileSync(file, csv);
  return { dir, data, file, snapshot: (month: string) => join(data, 'snapshots', `${month}.json`) };
}

/** Temporary files left anywhere in the copied folder: there must never be any. */
function leftovers(data: string): string[] {
  return readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp$/i.test(name));
}

const snapshotNames = (data: string) => readdirSync(join(data, 'snapshots')).sort();
const sampleSnapshots = readdirSync(join(root, 'data/snapshots')).sort();

/** The template with figures typed in, as an officer would. */
function filledTemplate(figures: Record<string, string>): string {
  const template = readFileSync(join(root, 'data/templates/monthly-figures.csv'), 'utf8');
  // Four figure columns (value, numerator, denominator, note), then five for quality and narrative, left empty.
  return template.replace(/^([A-Za-z0-9-]+),,,,,,,,,$/gm, (line, id: string) => (id in figures ? `${id},${figures[id]},,,,,` : line));
}

const GOOD = filledTemplate({
  CP5: '86%,44,51,',
  CP2: '96.2,330,343,',
  CIN1: '16.5%,58,351,',
  FD1: '94.5,1445,1529,',
  FD2: '"1,529",,,',
  AS1: '86,,,',
  SUP1: ',,,Not reportable from CRS this month',
  CL1: '14.1,,,',
  WF1: '19.8%,,,',
  RHI1: '85,,,',
});

describe('the template', () => {
  it('has the header and one empty row for every indicator in data/indicators.json', () => {
    const lines = readFileSync(join(root, 'data/templates/monthly-figures.csv'), 'utf8').trimEnd().split('\n');
    const ids = (JSON.parse(readFileSync(join(root, 'data/indicators.json'), 'utf8')) as { indicators: { id: string }[] }).indicators.map((i) => i.id);
    expect(lines[0]).toBe('id,value,numerator,denominator,note,quality,what_it_shows,why,what_we_are_doing,narrative_owner');
    expect(lines.slice(1)).toEqual(ids.map((id) => `${id},,,,,,,,,`));
  });
});

describe('the pure parts', () => {
  it('takes the month from a YYYY-MM in the file name', () => {
    expect(monthFromFileName('exports/figures-2019-04.csv')).toBe('2019-04');
    expect(monthFromFileName('2019-12 KPIs.csv')).toBe('2019-12');
    expect(monthFromFileName('figures-2019-13.csv')).toBeUndefined();
    expect(monthFromFileName('figures.csv')).toBeUndefined();
  });

  it('writes $schema first, then month, status, values', () => {
    const text = snapshotText({ month: '2019-04', values: { WF1: 19.8 } });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['$schema', 'month', 'status', 'values']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('finds the CSV line and column of a problem at $.values.ID', () => {
    const locate = csvLocator('\n\nid;note;value\nCP5;;86\n\nWF1;;19\n');
    expect(locate({ severity: 'error', code: 'unknown-indicator', file: 'x', message: '', path: ['values', 'WF1'] })).toEqual({ line: 6, column: 1 });
    expect(locate({ severity: 'error', code: 'percent-out-of-range', file: 'x', message: '', path: ['values', 'CP5', 'value'] })).toEqual({ line: 4, column: 3 });
    expect(locate({ severity: 'error', code: 'wrong-type', file: 'x', message: '', path: ['values', 'CP5', 'note'] })).toEqual({ line: 4, column: 2 });
    expect(locate({ severity: 'warning', code: 'priority-no-value', file: 'x', message: '', path: ['values', 'SUP1'] })).toBeUndefined();
  });
});

describe('npm run import', () => {
  it('turns a good CSV into snapshots/YYYY-MM.json that passes check-data', async () => {
    const c = prepare(GOOD);
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${c.data}/snapshots/2019-04.json from ${c.file}: 2019-04, final.`);
    expect(run.stdout.some((line) => /^16 indicators: 9 values, 7 not available \(null\), 4 with numerator and denominator; \d+ warnings?\.$/.test(line))).toBe(true);
    // SUP1 is a priority indicator with no value: a warning, shown at its row in the CSV.
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^${c.file}:9:2: warning: Priority indicator SUP1 has no value`)));
    expect(run.stdout.some((line) => line.includes('editing'))).toBe(true);

    const text = readFileSync(c.snapshot('2019-04'), 'utf8');
    const written = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(['$schema', 'month', 'status', 'values']);
    expect(written.$schema).toBe('../schema/snapshot.schema.json');
    expect(written.month).toBe('2019-04');
    expect(written.status).toBe('final');
    const values = written.values as Record<string, unknown>;
    expect(values.CP5).toEqual({ value: 86, numerator: 44, denominator: 51 });
    expect(values.CIN1).toEqual({ value: 16.5, numerator: 58, denominator: 351 });
    expect(values.FD2).toBe(1529);
    expect(values.WF1).toBe(19.8);
    expect(values.SUP1).toEqual({ value: null, note: 'Not reportable from CRS this month' });
    expect(values.SV1).toBeNull();
    expect(text).not.toContain('%');

    const { dataset } = checkFolder(c.data);
    expect(dataset.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(dataset.snapshots.map((snapshot) => snapshot.month)).toContain('2019-04');
    expect(leftovers(c.data)).toEqual([]);
  });

  it('reads a byte-order mark, semicolons, thousands separators and blank rows; the month from the file name; --status', async () => {
    const csv = '\uFEFFid;value;numerator;denominator;note\r\n\r\nFD1;94.5%;1,445;1,529;\r\n;;;;\r\nFD2;1,529;;;"Contacts; all routes"\r\nWF1;19.8;;;\r\n';
    const c = prepare(Buffer.from(csv, 'utf8'), 'figures 2019-05.csv');
    const run = await runImport([c.file, '--data', c.data, '--status', 'provisional']);
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(c.snapshot('2019-05'), 'utf8')) as { month: string; status: string; values: Record<string, unknown> };
    expect(written.month).toBe('2019-05');
    expect(written.status).toBe('provisional');
    expect(written.values).toEqual({
      FD1: { value: 94.5, numerator: 1445, denominator: 1529 },
      FD2: { value: 1529, note: 'Contacts; all routes' },
      WF1: 19.8,
    });
    // 2019-04 is missing between 2019-03 and the new month: a warning the import caused, not an error.
    expect(run.stdout).toContainEqual(expect.stringMatching(/snapshots\/2019-04\.json:1:1: warning: No snapshot for 2019-04/));
    expect(leftovers(c.data)).toEqual([]);
  });

  it('refuses a month that exists without --force, and replaces its figures (by rename) with --force, keeping the rest', async () => {
    const c = prepare(GOOD);
    const target = c.snapshot('2019-03');
    const before = readFileSync(target);
    const inode = statSync(target).ino;

    const refused = await runImport([c.file, '--month', '2019-03', '--data', c.data]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.join('\n')).toContain(`${c.data}/snapshots/2019-03.json already exists`);
    expect(refused.stderr.join('\n')).toContain('--force');
    expect(readFileSync(target).equals(before)).toBe(true);

    const forced = await runImport([c.file, '--month', '2019-03', '--data', c.data, '--force']);
    expect(forced.stderr).toEqual([]);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain(`Replaced the figures in ${c.data}/snapshots/2019-03.json from ${c.file}: 2019-03, final.`);
    const old = JSON.parse(before.toString('utf8')) as Record<string, unknown> & { values: Record<string, { breakdown?: unknown; quality?: unknown; narrative?: unknown }> };
    const written = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown> & { month: string; values: Record<string, unknown> };
    expect(written.month).toBe('2019-03');
    // The sample's quality and narrative on a figure are kept too: this CSV has no such columns.
    expect(written.values.CP5).toEqual({ value: 86, numerator: 44, denominator: 51, quality: old.values.CP5!.quality, narrative: old.values.CP5!.narrative });
    // What the CSV cannot carry is kept, and the officer is told so.
    for (const key of ['commentary', 'workstreams', 'produced']) expect(written[key], key).toEqual(old[key]);
    expect(written.values.CL1).toEqual({ value: 14.1, breakdown: old.values.CL1!.breakdown, quality: old.values.CL1!.quality });
    const kept = forced.stdout.find((line) => line.startsWith('Kept from the file: '))!;
    expect(kept).toContain('commentary');
    expect(kept).toContain('workstream reports');
    expect(kept).toContain('the breakdown of CL1');
    expect(kept).toContain('the quality of CP5');
    expect(kept).toContain('the produced date');
    expect(forced.stdout).toContainEqual(expect.stringMatching(/^Replaced: the figures of CP5, /));
    expect(statSync(target).ino, 'a new file renamed into place, not the old one rewritten').not.toBe(inode);
    expect(snapshotNames(c.data)).toEqual(sampleSnapshots);
    expect(leftovers(c.data)).toEqual([]);
  });

  it('an unknown id "cp5": exit 1, the CSV line named, CP5 suggested, nothing written', async () => {
    const c = prepare(GOOD.replace(/^CP5,/m, 'cp5,'));
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.status).toBe(1);
    const line = run.stdout.find((text) => text.includes('"cp5"'));
    expect(line).toBe(`${c.file}:2:1: error: No indicator "cp5" in indicators.json ("cp5" in April 2019): expected an id from indicators.json, found "cp5". Did you mean "CP5"?`);
    expect(run.stdout[run.stdout.length - 1]).toMatch(/^1 error, \d+ warnings?; .*2019-04\.json not written\.$/);
    expect(existsSync(c.snapshot('2019-04'))).toBe(false);
    expect(snapshotNames(c.data)).toEqual(sampleSnapshots);
    expect(leftovers(c.data)).toEqual([]);
  });

  it('a percentage of 132: exit 1 at its cell, nothing written', async () => {
    const c = prepare(GOOD.replace(/^AS1,86,/m, 'AS1,132%,'));
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContainEqual(
      expect.stringMatching(new RegExp(`^${c.file}:8:2: error: AS1 is a percentage outside 0 to 100 .*found 132$`)),
    );
    expect(existsSync(c.snapshot('2019-04'))).toBe(false);
    expect(leftovers(c.data)).toEqual([]);
  });

  it('a cell that is not a number: the CSV line and column, nothing written; no month: an error', async () => {
    const c = prepare(GOOD.replace(/^CL1,14\.1,/m, 'CL1,n/a,'));
    const [bad, noMonth] = await Promise.all([
      runImport([c.file, '--month', '2019-04', '--data', c.data]),
      runImport([c.file, '--data', c.data]),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stdout[0]).toBe(`${c.file}:10:2: error: The value of CL1 is not a number: expected a number such as 43, 43%, 21.4 or 1,204, found "n/a"`);
    expect(noMonth.status).toBe(1);
    expect(noMonth.stderr[0]).toContain('--month');
    expect(snapshotNames(c.data)).toEqual(sampleSnapshots);
    expect(leftovers(c.data)).toEqual([]);
    expect(countProblems(checkFolder(c.data).dataset.problems).errors).toBe(0);
  });

  it('a note longer than any spreadsheet cell: exit 1 at its cell, nothing written', async () => {
    const c = prepare(GOOD.replace(/^AS1,86,,,/m, `AS1,86,,,${'x'.repeat(40_000)}`));
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.status).toBe(1);
    expect(run.stdout[0]).toBe(`${c.file}:8:5: error: A cell holds more text than any spreadsheet cell can: expected at most 32,767 characters (a note is a sentence or two), found 40,000 characters`);
    expect(snapshotNames(c.data)).toEqual(sampleSnapshots);
  });

  it('a month file larger than a data file may be is never written: the longest text named at its cell', async () => {
    // Each of these characters is six bytes in JSON (\u0001): a 2.5 MB CSV would write a 14 MB file. The
    // first row is plain text, so the CSV reads as text (its first kilobytes are what say so).
    const filler = '\u0001'.repeat(32_000);
    const [first, ...ids] = (JSON.parse(readFileSync(join(root, 'data/indicators.json'), 'utf8')) as { indicators: { id: string }[] }).indicators.map((i) => i.id);
    const rows = [`${first},1,,,${'x'.repeat(5000)},,,,,`, ...ids.map((id) => `${id},1,,,${filler},,${filler},${filler},${filler},${filler}`)];
    const c = prepare(['id,value,numerator,denominator,note,quality,what_it_shows,why,what_we_are_doing,narrative_owner', ...rows].join('\n'));
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.status).toBe(1);
    expect(run.stdout[0]).toMatch(new RegExp(`^${c.file}:3:7: error: The month's file would be \\d+\\.\\d MB, more than a data file may be \\("what it shows" in the narrative of .* \\(${ids[0]}\\) in April 2019\\): expected at most 5 MB, found a text of 32,000 characters, the longest$`));
    expect(snapshotNames(c.data)).toEqual(sampleSnapshots);
    expect(leftovers(c.data)).toEqual([]);
  }, 60_000);

  it('--replace-whole-file replaces all of an existing month, and says so', async () => {
    const c = prepare(GOOD);
    const run = await runImport([c.file, '--month', '2019-03', '--data', c.data, '--replace-whole-file']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Replaced the whole of ${c.data}/snapshots/2019-03.json from ${c.file}: 2019-03, final.`);
    const written = JSON.parse(readFileSync(c.snapshot('2019-03'), 'utf8')) as Record<string, unknown>;
    expect(written.commentary).toBeUndefined();
    expect(written.workstreams).toBeUndefined();
  });

  it('a month in the file name that disagrees with --month: exit 1, nothing written', async () => {
    const c = prepare(GOOD, 'figures-2019-04.csv');
    const run = await runImport([c.file, '--month', '2019-05', '--data', c.data]);
    expect(run.status).toBe(1);
    expect(run.stderr.join('\n')).toContain('is named for 2019-04 but --month says 2019-05');
    expect(existsSync(c.snapshot('2019-05'))).toBe(false);
    expect(existsSync(c.snapshot('2019-04'))).toBe(false);
  });

  it('a column named twice: exit 1 at the header line and the second column, nothing written', async () => {
    const c = prepare('id,value,value,note\nCP5,86,87,\n');
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^${c.file.replace(/[.]/g, '\\.')}:1:3: error: The column "value" is named twice`)));
    expect(existsSync(c.snapshot('2019-04'))).toBe(false);
  });

  it('a row with more cells than the header: exit 1 at its line and the extra cell', async () => {
    const c = prepare('id,value,numerator,denominator,note\nCP5,86,44,51,,\nWF1,19.8,,,note,extra\n');
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContainEqual(expect.stringContaining(`${c.file}:3:6: error: A row has more cells than the header has columns`));
    expect(existsSync(c.snapshot('2019-04'))).toBe(false);
  });

  it('a % on a figure of an indicator that is not a percent is a warning at its cell', async () => {
    const c = prepare(GOOD.replace(/^CL1,14\.1,/m, 'CL1,14.1%,'));
    const run = await runImport([c.file, '--month', '2019-04', '--data', c.data]);
    expect(run.status).toBe(0);
    const line = run.stdout.find((text) => text.includes('CL1 is a number, not a percent'));
    expect(line).toMatch(new RegExp(`^${c.file.replace(/[.]/g, '\\.')}:\\d+:2: warning: `));
  });
});
