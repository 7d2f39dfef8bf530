// npm run build-month: the sample extract counted, printed as JSON (nothing written), merged into a
// copy of the sample data folder (checked, only aggregates, every other field kept, a figure typed
// by hand kept unless --replace), a folder of CSVs counted as the workbook is, and every file it
// cannot read named, with exit 1.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../../scripts/buildMonth';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { openWorkbook } from '../../../src/domain/spreadsheet/xlsx';
import type { Cell } from '../../../src/domain/spreadsheet/cells';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SAMPLE = 'docs/annex-a-sample/annex-a-2019-04.xlsx';
const STAFF = 'docs/annex-a-sample/staff-2019-04.csv';
const work = mkdtempSync(join(tmpdir(), 'build-month-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildMonth(args: string[]): { status: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { cwd: root, env: {}, out: (line) => out.push(line), err: (line) => err.push(line) };
  return { status: run(args, io), out, err };
}

let copies = 0;
function dataCopy(): string {
  const folder = join(work, `data-${(copies += 1)}`);
  cpSync(join(root, 'data'), folder, { recursive: true });
  return folder;
}

/** Every file under a folder with its size and content, to prove that nothing was written. */
function snapshotOf(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path.slice(folder.length)] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return files;
}

const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/annex-a/sample-expected.json'), 'utf8')) as {
  months: Record<string, { measures: Record<string, { counted: boolean; value: number | null; numerator?: number; denominator?: number }> }>;
};

describe('build-month --json', () => {
  it('prints the month, every measure and every problem, and writes nothing', () => {
    const data = dataCopy();
    const before = snapshotOf(data);
    const result = buildMonth(['--annex-a', SAMPLE, '--staff', STAFF, '--month', '2019-04', '--data', data, '--json']);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.out.join('\n')) as { month: string; measures: Record<string, unknown>; problems: { list: unknown; row: unknown; child: unknown; column: unknown; found: unknown; expected: unknown; effect: unknown }[] };
    expect(printed.month).toBe('2019-04');
    // The data folder's calendar.json is the fixture's, so the figures are the reference's.
    expect(printed.measures).toEqual(expected.months['2019-04']!.measures);
    expect(Object.keys(printed.problems[0]!)).toEqual(['list', 'row', 'child', 'column', 'found', 'expected', 'effect']);
    expect(snapshotOf(data)).toEqual(before);
  });

  it('a folder of CSV files, one per list, counts as the workbook does', () => {
    const folder = join(work, 'csv');
    mkdirSync(folder, { recursive: true });
    const opened = openWorkbook(new Uint8Array(readFileSync(join(root, SAMPLE))));
    if (!opened.ok) throw new Error(opened.detail);
    const text = (cell: Cell) => (cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.value) : cell.kind === 'date' ? cell.date : cell.kind === 'error' ? cell.error : '');
    const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    for (const sheet of opened.workbook.sheets) {
      const lines: string[] = [];
      opened.workbook.readSheet(sheet.name, (row) => lines.push(row.cells.map((cell) => quoted(text(cell))).join(',')));
      writeFileSync(join(folder, `${sheet.name.toLowerCase().replace(' ', '-')}.csv`), `${lines.join('\n')}\n`);
    }
    const fromCsv = buildMonth(['--annex-a', folder, '--staff', STAFF, '--month', '2019-04', '--data', join(work, 'none'), '--calendar', 'tests/fixtures/annex-a/sample-calendar.json', '--json']);
    expect(fromCsv.status).toBe(0);
    expect((JSON.parse(fromCsv.out.join('\n')) as { measures: unknown }).measures).toEqual(expected.months['2019-04']!.measures);
  });
});

describe('build-month into the data folder', () => {
  it('writes the month for every indicator counted from Annex A: checked, aggregates only', () => {
    const data = dataCopy();
    const result = buildMonth(['--annex-a', SAMPLE, '--staff', STAFF, '--month', '2019-04', '--data', data]);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out[0]).toMatch(/^Counted 2019-04 from docs\/annex-a-sample\/annex-a-2019-04\.xlsx with docs\/annex-a-sample\/staff-2019-04\.csv and .*calendar\.json in \d+\.\d s: 13 of 13 measures; \d+ problems\.$/);
    const written = JSON.parse(readFileSync(join(data, 'snapshots/2019-04.json'), 'utf8')) as { values: Record<string, { value: number | null; numerator?: number; denominator?: number; breakdown?: Record<string, unknown> }> };
    expect(Object.keys(written.values).sort()).toEqual(['AS1', 'CIN1', 'CL1', 'CP2', 'CP3', 'CP5', 'LAC1']);
    const reference = expected.months['2019-04']!.measures;
    expect(written.values.CP5).toMatchObject({ value: reference.icpcIn15!.value, numerator: reference.icpcIn15!.numerator, denominator: reference.icpcIn15!.denominator });
    expect(written.values.CL1!.value).toBe(reference.caseload!.value);
    expect(checkFolder(data).dataset.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('keeps everything else in the month’s file, and a figure typed by hand unless --replace', () => {
    const data = dataCopy();
    const month = { month: '2019-04', status: 'provisional', commentary: 'Typed by the officer.', values: { CP5: { value: 12.5, numerator: 1, denominator: 8, quality: 'caution', note: 'Checked by hand' }, WF1: 19.8 }, workstreams: { practice: { rag: 'green' } } };
    writeFileSync(join(data, 'snapshots/2019-04.json'), JSON.stringify(month, null, 2));
    const kept = buildMonth(['--annex-a', SAMPLE, '--staff', STAFF, '--month', '2019-04', '--data', data]);
    expect(kept.status).toBe(0);
    expect(kept.out).toContain('Kept as they are in the file (the extract would change them; run again with --replace to use the extract’s):');
    expect(kept.out.find((line) => line.includes('CP5 (icpcIn15): the file has 12.5 (1/8)'))).toBeDefined();
    const afterKeep = JSON.parse(readFileSync(join(data, 'snapshots/2019-04.json'), 'utf8')) as typeof month & { values: Record<string, unknown> };
    expect(afterKeep).toMatchObject({ status: 'provisional', commentary: 'Typed by the officer.', workstreams: { practice: { rag: 'green' } } });
    expect(afterKeep.values.CP5).toEqual(month.values.CP5);
    expect(afterKeep.values.WF1).toBe(19.8);
    expect(afterKeep.values.AS1).toBeDefined();

    const replaced = buildMonth(['--annex-a', SAMPLE, '--staff', STAFF, '--month', '2019-04', '--data', data, '--replace']);
    expect(replaced.status).toBe(0);
    const afterReplace = JSON.parse(readFileSync(join(data, 'snapshots/2019-04.json'), 'utf8')) as { values: Record<string, Record<string, unknown>> };
    expect(afterReplace.values.CP5).toMatchObject({ value: expected.months['2019-04']!.measures.icpcIn15!.value, quality: 'caution', note: 'Checked by hand' });
    expect(afterReplace.values.CP5!.numerator).toBe(expected.months['2019-04']!.measures.icpcIn15!.numerator);
  });

  it('never writes the problems into the data folder, nor into dist/ or public/', () => {
    const data = dataCopy();
    for (const file of [join(data, 'problems.csv'), 'dist/problems.csv', 'public/problems.csv']) {
      const result = buildMonth(['--annex-a', SAMPLE, '--month', '2019-04', '--data', data, '--problems', file]);
      expect(result.status).toBe(1);
      expect(result.err[0]).toContain('the problems name children by ID and never go there');
    }
    expect(existsSync(join(data, 'problems.csv'))).toBe(false);
    expect(existsSync(join(data, 'snapshots/2019-04.json'))).toBe(false);
    const elsewhere = join(work, 'mine/problems.csv');
    expect(buildMonth(['--annex-a', SAMPLE, '--month', '2019-04', '--data', data, '--json', '--problems', elsewhere]).status).toBe(0);
    expect(readFileSync(elsewhere, 'utf8')).toMatch(/^\uFEFFList,Row,Child ID,Column,Found,Expected,Effect\r\n/);
  });
});

describe('build-month refuses, naming the file', () => {
  const refused = (args: string[]) => {
    const result = buildMonth(['--month', '2019-04', '--data', join(work, 'none'), '--json', ...args]);
    expect(result.status).toBe(1);
    return result.err.join('\n');
  };

  it('an extract that is not a workbook, an old .xls, or no file at all', () => {
    const notWorkbook = join(work, 'extract.xlsx');
    writeFileSync(notWorkbook, 'Child Unique ID,Date of Contact\n');
    expect(refused(['--annex-a', notWorkbook])).toMatch(/extract\.xlsx cannot be read: not an Excel workbook/);
    const xls = join(work, 'extract.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 600 }, () => 0)]));
    expect(refused(['--annex-a', xls])).toMatch(/extract\.xls cannot be read: .*save it as an Excel Workbook \(\.xlsx\)/);
    expect(refused(['--annex-a', 'no-such.xlsx'])).toBe('build-month: No file or folder no-such.xlsx');
  });

  it('a staff list that cannot be read, a calendar with an error, a month the calendar does not cover', () => {
    const badStaff = join(work, 'staff.xlsx');
    writeFileSync(badStaff, 'not a workbook');
    expect(refused(['--annex-a', SAMPLE, '--staff', badStaff])).toContain('staff.xlsx cannot be read');
    const badCalendar = join(work, 'calendar.json');
    writeFileSync(badCalendar, '{ "closures": [ { "date": "2019-04-31" } ] }');
    expect(refused(['--annex-a', SAMPLE, '--calendar', badCalendar])).toContain(`${badCalendar} has 1 error; nothing counted`);
    expect(buildMonth(['--annex-a', SAMPLE, '--month', '2019-04', '--json', '--calendar', badCalendar]).out).toEqual([expect.stringMatching(new RegExp(`^${badCalendar}:1:\\d+: error: A date that is not a day of the calendar`))]);
    expect(buildMonth(['--annex-a', SAMPLE, '--month', '2031-01', '--json']).err[0]).toContain('the working-day calendar covers 2010 to 2030');
  });

  it('a catalogue with no indicator counted from Annex A: nothing to write', () => {
    const data = dataCopy();
    const catalogue = JSON.parse(readFileSync(join(data, 'indicators.json'), 'utf8')) as { indicators: { source?: unknown }[] };
    for (const indicator of catalogue.indicators) delete indicator.source;
    writeFileSync(join(data, 'indicators.json'), JSON.stringify(catalogue));
    const result = buildMonth(['--annex-a', SAMPLE, '--month', '2019-04', '--data', data]);
    expect(result.status).toBe(1);
    expect(result.err[0]).toContain('no indicator in');
    expect(existsSync(join(data, 'snapshots/2019-04.json'))).toBe(false);
  });
});

describe('npm run build-month, compiled', () => {
  it('prints the same JSON as the TypeScript run', async () => {
    const args = ['--annex-a', SAMPLE, '--staff', STAFF, '--month', '2019-04', '--json'];
    const spawned = await new Promise<{ status: number; stdout: string }>((done) => {
      execFile(process.execPath, ['scripts/run.mjs', 'buildMonth', ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => done({ status: error ? 1 : 0, stdout }));
    });
    expect(spawned.status).toBe(0);
    expect(spawned.stdout).toBe(`${buildMonth(args).out.join('\n')}\n`);
  }, 60_000);
});
