// npm run report: the month view as JSON on standard output, for other council systems.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { monthView } from '../../../src/domain/board/monthView';
import { changesBetween } from '../../../src/domain/board/changes';
import { monthReport } from '../../../src/domain/present/monthReport';

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
