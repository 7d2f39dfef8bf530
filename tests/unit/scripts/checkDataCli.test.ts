// The command line (`npm run check-data -- <folder>`) over the bad-input corpus in tests/corpus/.
//
// Every case runs through the CLI script itself, in this process (a fresh copy of the module per
// run, with process.argv and console.log swapped): that is fast. The same script is then run as a
// real child process (`npx tsx scripts/checkData.ts <folder>`) on the sample data folder and a
// sample of cases (with `node --import tsx`), two at a time, and must print exactly what the
// in-process run printed.
// CORPUS_SPAWN_ALL=1 spawns it for every case (slow: about a second a case).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { loadCases, prepareCase, sampleCases, TEN_MEGABYTES, validFolder, type CorpusCase } from '../../corpus/cases';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const cliScript = join(root, 'scripts/checkData.ts');
const cases = loadCases();

interface CliRun {
  status: number;
  stdout: string[];
  stderr: string[];
}

const runs = { count: 0 };

/** Run scripts/checkData.ts in this process, as `tsx scripts/checkData.ts <folder>` would. */
async function runInProcess(folder: string): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const argv = process.argv;
  const exitCode = process.exitCode;
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')));
  let status: number;
  try {
    process.argv = [argv[0]!, cliScript, folder];
    process.exitCode = 0;
    // A new query string makes a new instance of the script module, so its top level runs again.
    runs.count += 1;
    await import(/* @vite-ignore */ `${cliScript}?run=${runs.count}`);
    status = Number(process.exitCode ?? 0);
  } finally {
    process.argv = argv;
    process.exitCode = exitCode;
    log.mockRestore();
    error.mockRestore();
  }
  return { status, stdout, stderr };
}

/**
 * Run the CLI as a child process with tsx: `npx tsx scripts/checkData.ts <folder>` as an officer
 * would, or (`viaNpx` false) `node --import tsx scripts/checkData.ts <folder>`, the same loader
 * without npx's second or so of start-up.
 */
function spawnCli(folder: string, viaNpx = true): Promise<CliRun> {
  const [command, args] = viaNpx ? ['npx', ['tsx']] : [process.execPath, ['--import', 'tsx']];
  return new Promise((done) => {
    execFile(command, [...args, 'scripts/checkData.ts', folder], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout: stdout.split('\n').filter(Boolean), stderr: stderr.split('\n').filter((line) => line && !line.startsWith('npm warn')) });
    });
  });
}

/** Run `task` over `items`, `limit` at a time. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = Array.from({ length: items.length });
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The contract files in a folder, counted here without the product's code. */
function countDataFiles(folder: string): number {
  const top = readdirSync(folder).filter((name) => ['site.json', 'indicators.json', 'workstreams.json', 'events.json', 'comparators.json', 'calendar.json'].includes(name));
  // A hidden file (a Mac's ._2017-12.json) is never a month.
  const snapshots = existsSync(join(folder, 'snapshots')) ? readdirSync(join(folder, 'snapshots')).filter((name) => /\.json$/i.test(name) && !name.startsWith('.')) : [];
  return top.length + snapshots.length;
}

const PROBLEM_LINE = /^(.+?):(\d+):(\d+): (error|warning): (.+)$/;
/** A problem alike in more files than are listed: `<file>: note: the same error in 3 more files: ...` */
const NOTE_LINE = /^(.+?): note: the same (error|warning) in (\d+) more files?: .+$/;
const SUMMARY = /^(\d+) files? checked: (\d+) errors?, (\d+) warnings?\.$/;

/** The problem lines and the summary, checked for form. */
function readOutput(run: CliRun) {
  const summary = run.stdout[run.stdout.length - 1] ?? '';
  const notes = run.stdout.slice(0, -1).filter((line) => NOTE_LINE.test(line));
  const lines = run.stdout.slice(0, -1).filter((line) => !NOTE_LINE.test(line));
  const foldedOf = (severity: string) => notes.reduce((sum, line) => sum + (NOTE_LINE.exec(line)![2] === severity ? Number(NOTE_LINE.exec(line)![3]) : 0), 0);
  const match = SUMMARY.exec(summary);
  return {
    summary,
    lines,
    files: match ? Number(match[1]) : NaN,
    errors: match ? Number(match[2]) : NaN,
    warnings: match ? Number(match[3]) : NaN,
    errorLines: lines.filter((line) => PROBLEM_LINE.exec(line)?.[4] === 'error').length + foldedOf('error'),
    warningLines: lines.filter((line) => PROBLEM_LINE.exec(line)?.[4] === 'warning').length + foldedOf('warning'),
    notes,
    malformed: lines.filter((line) => !PROBLEM_LINE.test(line)),
  };
}

const workDir = mkdtempSync(join(tmpdir(), 'check-data-cli-'));
const folders = new Map<string, string>();
const inProcess = new Map<string, CliRun>();
const spawned = new Map<string, CliRun>();
const spawnAll = process.env.CORPUS_SPAWN_ALL === '1';
const spawnSample = spawnAll ? cases : sampleCases(4, cases);

beforeAll(async () => {
  for (const corpusCase of cases) folders.set(corpusCase.name, prepareCase(corpusCase, workDir));
  for (const corpusCase of cases) inProcess.set(corpusCase.name, await runInProcess(folders.get(corpusCase.name)!));
  const spawnRuns: [string, string, boolean][] = [
    ['data', join(root, 'data'), true],
    ['_valid', validFolder, true],
    ...spawnSample.map((c): [string, string, boolean] => [c.name, folders.get(c.name)!, false]),
  ];
  const results = await pool(spawnRuns, 2, ([, folder, viaNpx]) => spawnCli(folder, viaNpx));
  spawnRuns.forEach(([name], index) => spawned.set(name, results[index]!));
}, 240_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the corpus', () => {
  it('has at least 40 distinct cases, each a folder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const c of cases) expect(existsSync(join(root, 'tests/corpus', c.name, 'snapshots')), c.name).toBe(true);
  });

  it('covers every problem code the checks of a folder can raise', () => {
    const covered = new Set(cases.map((c) => c.code));
    for (const code of [
      'too-large', 'not-utf8', 'empty-file', 'too-deep', 'invalid-json', 'byte-order-mark', 'duplicate-key',
      'wrong-type', 'missing-field', 'unknown-key', 'invalid-value', 'bad-file-name', 'month-mismatch',
      'duplicate-month', 'duplicate-id', 'unknown-indicator', 'unknown-workstream', 'percent-out-of-range', 'negative-value',
      'fractional-count', 'numerator-mismatch', 'survey-counts', 'target-conflict', 'event-order', 'missing-file',
      'missing-month', 'priority-no-value', 'percent-fractions', 'future-month', 'stale-provisional', 'threshold-order',
      'unreadable-file', 'impossible-date', 'year-out-of-range', 'duplicate-target-month', 'empty-name', 'action-counts',
      'empty-catalogue', 'unread-file', 'out-of-line', 'repeated-month', 'numerator-on-count', 'numerator-without-denominator',
      'target-on-neutral', 'target-as-fraction', 'duplicate-benchmark', 'responses-total', 'spc-settings', 'latest-month-incomplete',
      'percent-as-fraction', 'implausible-figure', 'numerator-disagrees',
    ]) {
      expect(covered, code).toContain(code);
    }
  });

  it('the valid folder every case is made from has no problems', () => {
    const { dataset, files } = checkFolder(validFolder);
    expect(dataset.problems).toEqual([]);
    expect(files).toHaveLength(7);
  });

  it('writes the ten-megabyte file at test time, not in the repository', () => {
    const big = cases.find((c) => c.generate === 'ten-megabytes')!;
    const folder = folders.get(big.name)!;
    expect(TEN_MEGABYTES).toBeGreaterThan(10 * 1024 * 1024);
    expect(statSync(join(folder, big.file)).size).toBe(TEN_MEGABYTES);
    expect(statSync(join(root, 'tests/corpus', big.name, big.file)).size).toBeLessThan(10_000);
    // The padding is valid JSON: size is the only thing wrong with it.
    expect(() => JSON.parse(readFileSync(join(folder, big.file), 'utf8'))).not.toThrow();
  });
});

describe.each(cases)('corpus case $name', (corpusCase: CorpusCase) => {
  const severity = corpusCase.exit === 1 ? 'error' : 'warning';

  it(`check-data exits ${corpusCase.exit} and names ${corpusCase.file} with "${severity}:"`, () => {
    const folder = folders.get(corpusCase.name)!;
    const run = inProcess.get(corpusCase.name)!;
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(corpusCase.exit);
    const output = readOutput(run);
    expect(output.malformed).toEqual([]);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout.filter((line) => /[\u0000-\u001f\u007f]/.test(line)), 'no raw control characters').toEqual([]);
    const prefix = `${folder}/${corpusCase.file}:`;
    const named = output.lines.filter((line) => line.startsWith(prefix) && line.includes(`: ${severity}: `));
    expect(named, run.stdout.join('\n')).not.toHaveLength(0);
    if (corpusCase.line !== undefined) {
      const at = corpusCase.column !== undefined ? `${prefix}${corpusCase.line}:${corpusCase.column}: ${severity}: ` : `${prefix}${corpusCase.line}:`;
      expect(named.some((line) => line.startsWith(at)), `a line starting ${at} in\n${run.stdout.join('\n')}`).toBe(true);
    }
  });

  it('ends with a summary that counts the files and the lines printed', () => {
    const folder = folders.get(corpusCase.name)!;
    const output = readOutput(inProcess.get(corpusCase.name)!);
    expect(output.summary).toMatch(SUMMARY);
    expect(output.files).toBe(countDataFiles(folder));
    expect(output.errors).toBe(output.errorLines);
    expect(output.warnings).toBe(output.warningLines);
    expect(output.errors > 0).toBe(corpusCase.exit === 1);
  });

  it(`reports ${corpusCase.code} there, and nothing the one thing broken does not explain`, () => {
    const { dataset } = checkFolder(folders.get(corpusCase.name)!);
    const hits = dataset.problems.filter((p) => p.code === corpusCase.code && p.file === corpusCase.file);
    expect(hits, JSON.stringify(dataset.problems, null, 1)).not.toHaveLength(0);
    expect(hits.every((p) => p.severity === severity)).toBe(true);
    if (corpusCase.line !== undefined) {
      expect(hits.some((p) => p.line === corpusCase.line && (corpusCase.column === undefined || p.column === corpusCase.column))).toBe(true);
    }
    for (const problem of hits) {
      expect(problem.message).not.toBe('');
      expect(problem.expected ?? problem.found, 'says what was expected or found').toBeDefined();
    }
    const allowed = new Set([corpusCase.code, ...(corpusCase.also ?? [])]);
    expect(dataset.problems.filter((p) => !allowed.has(p.code))).toEqual([]);
  });

});

describe.each(spawnSample)('corpus case $name, through the real CLI (tsx) as a child process', (corpusCase: CorpusCase) => {
  it('exits and prints exactly as the in-process run', () => {
    const real = spawned.get(corpusCase.name)!;
    const here = inProcess.get(corpusCase.name)!;
    expect(real.stderr).toEqual([]);
    expect(real.status).toBe(corpusCase.exit);
    expect(real.status).toBe(here.status);
    expect(real.stdout).toEqual(here.stdout);
  });
});

describe('check-data on other folders', () => {
  it('the sample data folder passes (exit 0), as a real child process', () => {
    const run = spawned.get('data')!;
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    const output = readOutput(run);
    expect(output.malformed).toEqual([]);
    expect(output.summary).toMatch(/^\d+ files checked: 0 errors, \d+ warnings?\.$/);
    expect(output.files).toBe(countDataFiles(join(root, 'data')));
    for (const line of output.lines) expect(line.startsWith(`${join(root, 'data')}/`)).toBe(true);
  });

  it('the valid corpus folder passes with nothing to say, as a real child process', () => {
    const run = spawned.get('_valid')!;
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual(['7 files checked: 0 errors, 0 warnings.']);
  });

  it('a folder given with a trailing slash is printed without a double slash', async () => {
    const corpusCase = cases.find((c) => c.name === 'negative-count')!;
    const folder = folders.get(corpusCase.name)!;
    const run = await runInProcess(`${folder}/`);
    expect(run.status).toBe(1);
    expect(run.stdout.some((line) => line.startsWith(`${folder}/${corpusCase.file}:`))).toBe(true);
    expect(run.stdout.some((line) => line.includes('//'))).toBe(false);
  });

  it('never a flood: a problem alike in many files is listed three times, then counted', async () => {
    const folder = join(workDir, 'renamed-indicator');
    cpSync(validFolder, folder, { recursive: true });
    const months = ['2018-01', '2018-02', '2018-03'];
    for (const month of months) {
      const december = JSON.parse(readFileSync(join(folder, 'snapshots/2017-12.json'), 'utf8')) as { month: string; values: Record<string, unknown> };
      writeFileSync(join(folder, `snapshots/${month}.json`), JSON.stringify({ ...december, month, values: { ...december.values, WF1: 40 + months.indexOf(month) } }, null, 2));
    }
    // The catalogue renames AS1 to AS2: every month's AS1 is now unknown.
    const catalogue = readFileSync(join(folder, 'indicators.json'), 'utf8').replace('"id": "AS1"', '"id": "AS2"');
    writeFileSync(join(folder, 'indicators.json'), catalogue);
    const run = await runInProcess(folder);
    const output = readOutput(run);
    expect(output.malformed).toEqual([]);
    expect(output.lines.filter((line) => line.includes('No indicator "AS1"'))).toHaveLength(3);
    expect(output.notes).toEqual([`${folder}/snapshots/2018-01.json: note: the same error in 3 more files: snapshots/2018-01.json to snapshots/2018-03.json (No indicator "AS1" in indicators.json)`]);
    expect(output.errors).toBe(6);
    expect(output.errors).toBe(output.errorLines);
  });

  it('a folder that does not exist: exit 1 and a message on stderr', async () => {
    const missing = join(workDir, 'no-such-folder');
    const run = await runInProcess(missing);
    expect(run.status).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toEqual([`check-data: No data folder at ${missing}`]);
  });
});
