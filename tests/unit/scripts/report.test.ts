// npm run report: the month view as JSON on standard output, for other council systems.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { monthView } from '../../../src/domain/board/monthView';
import { changesBetween } from '../../../src/domain/board/changes';
import { monthReport } from '../../../src/domain/present/monthReport';
import { npmBanner } from '../../../scripts/reportOutput';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/report.ts'), ...args], { cwd: root, encoding: 'utf8' });
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('npm run report', () => {
  it('prints the latest month of ./data by default, every indicator of the catalogue', () => {
    const result = run();
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    const { dataset } = checkFolder(join(root, 'data'));
    expect(report.month).toBe(dataset.snapshots.at(-1)!.month);
    expect(report.indicators.map((entry: { id: string }) => entry.id)).toEqual(dataset.indicators.map((indicator) => indicator.id));
  });

  it('prints the figure in the file for the month asked for', () => {
    const { dataset } = checkFolder(join(root, 'data'));
    const month = dataset.snapshots[0]!.month;
    const result = run('--data', join(root, 'data'), '--month', month);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    const snapshot = dataset.snapshots[0]!;
    for (const entry of report.indicators as { id: string; value: number | null }[]) {
      const raw = snapshot.values[entry.id];
      const value = raw === undefined ? null : typeof raw === 'object' && raw !== null ? raw.value : raw;
      expect(entry.value, entry.id).toBe(value);
    }
  });

  it('exits 1 naming the folder when the data has errors', () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-'));
    folders.push(folder);
    cpSync(join(root, 'data'), folder, { recursive: true });
    writeFileSync(join(folder, 'snapshots', '2018-01.json'), '{ "month": "2018-01", "values": { ');
    const result = run('--data', folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(folder);
    expect(result.stderr).toMatch(/error/);
  });

  it('exits 1 for a month with no snapshot, or not written YYYY-MM', () => {
    expect(run('--month', '1999-01').stderr).toMatch(/no snapshot for 1999-01/);
    const bad = run('--month', 'March');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/YYYY-MM/);
  });
});

describe('npm run report -- --from', () => {
  it('lists exactly the indicators whose RAG differs between the two months, and the exceptions', () => {
    const { dataset } = checkFolder(join(root, 'data'));
    const months = dataset.snapshots.map((snapshot) => snapshot.month);
    const [from, month] = [months.at(-4)!, months.at(-1)!];
    const result = run('--month', month, '--from', from);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.changes.from).toBe(from);
    // Each month's RAG as the report of that month alone gives it (worked out in this process).
    const ragIn = (m: string) => new Map(monthReport(monthView(dataset, m)).indicators.map((entry) => [entry.id, entry.rag]));
    const [before, after] = [ragIn(from), ragIn(month)];
    const differ = dataset.indicators.map((indicator) => indicator.id).filter((id) => before.get(id) !== after.get(id));
    expect(report.changes.rag.map((change: { indicator: string }) => change.indicator)).toEqual(differ);
    for (const change of report.changes.rag) {
      expect(change.from).toBe(before.get(change.indicator));
      expect(change.to).toBe(after.get(change.indicator));
    }
    expect(Array.isArray(report.exceptions)).toBe(true);
    // The plan's actions newly overdue and completed, as the board's rule gives them.
    const actions = changesBetween(dataset, from, month).actions;
    expect(report.changes.actions.newlyOverdue.map((entry: { action: string }) => entry.action)).toEqual(actions.newlyOverdue.map((entry) => entry.action.action));
    expect(report.changes.actions.completed.map((entry: { action: string }) => entry.action)).toEqual(actions.completed.map((entry) => entry.action.action));
  });

  it('refuses a --from that is not before the month', () => {
    const result = run('--month', '2018-01', '--from', '2018-02');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/must be before/);
  });
});

describe('npm run report writes clean JSON however it is called', () => {
  const shell = (command: string) => spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: undefined, npm_lifecycle_event: undefined, npm_lifecycle_script: undefined } });
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'report-out-'));
    folders.push(made);
    return made;
  };

  it('npm run report > month.json: the file is the JSON alone, npm’s banner taken out', () => {
    const file = join(folder(), 'month.json');
    const result = shell(`npm run report -- --month 2019-02 > '${file}'`);
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('{')).toBe(true);
    expect(JSON.parse(text).month).toBe('2019-02');
  }, 120_000);

  it('npm run report -- --out FILE writes the file; npm run --silent report > FILE too', () => {
    const out = join(folder(), 'nested', 'month.json');
    expect(shell(`npm run report -- --out '${out}'`).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).month).toBe(checkFolder(join(root, 'data')).dataset.snapshots.at(-1)!.month);
    const silent = join(folder(), 'silent.json');
    expect(shell(`npm run --silent report > '${silent}'`).status).toBe(0);
    expect(() => JSON.parse(readFileSync(silent, 'utf8'))).not.toThrow();
  }, 120_000);

  it('appending to a file that holds something else leaves it alone, and says how to get clean JSON', () => {
    const file = join(folder(), 'log.txt');
    writeFileSync(file, 'earlier lines\n');
    const result = shell(`npm run report >> '${file}'`);
    expect(result.status).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('earlier lines\n')).toBe(true);
    expect(result.stderr).toMatch(/--out month\.json, or npm run --silent report/);
  }, 120_000);

  it('npmBanner is npm’s banner as written, and none under --silent or outside npm', () => {
    const env = { npm_lifecycle_event: 'report', npm_lifecycle_script: 'node scripts/run.mjs report', npm_package_name: 'dash', npm_package_version: '0.1.0' };
    expect(npmBanner(env, ['--month', '2019-02'])).toBe('\n> dash@0.1.0 report\n> node scripts/run.mjs report --month 2019-02\n\n');
    expect(npmBanner({ ...env, npm_config_loglevel: 'silent' }, [])).toBeUndefined();
    expect(npmBanner({}, [])).toBeUndefined();
  });
});
