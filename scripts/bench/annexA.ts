// node --import tsx scripts/bench/annexA.ts [--rows 200000] [--runs 3] [--keep]
//
// Counting a big council's month (issue #25): a synthetic Annex A extract of 200,000 rows (lists 1,
// 3, 4, 5, 6, 7, 8; scripts/annexA/syntheticExtract.ts) and a staff list are written to a temporary
// folder (never committed), then, alternating, each in a fresh process under /usr/bin/time -v:
// `npm run build-month -- --json` end to end (read the workbook, count every measure, print the
// JSON) and Python's openpyxl merely reading the same workbook (`load_workbook(read_only=True)`,
// every row's values), Debian's python3-openpyxl. Wall time and peak resident memory of each. A
// module the bench can call (`benchAnnexA`) and a command line of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticExtract } from '../annexA/syntheticExtract.ts';
import { writeXlsx } from '../annexA/xlsxWriter.ts';
import { formatSpread, spread, table, type Spread } from './stats.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PYTHON = '/usr/bin/python3';
const MONTH = '2019-04';

/** The lists' shares of the rows: the front door's contacts the most, as in a real extract. */
const SHARES = { 1: 0.3, 3: 0.15, 4: 0.15, 5: 0.05, 6: 0.15, 7: 0.05, 8: 0.15 } as const;

const OPENPYXL_READ = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        cells += len(row)
print(cells)
`;

export interface Timed {
  seconds: number;
  /** User and system CPU time: on a shared machine, the part of the wall time that was this process's own work. */
  cpuSeconds: number;
  peakMegabytes: number;
}

export interface AnnexABench {
  rows: number;
  workbookMegabytes: number;
  generateSeconds: number;
  buildMonth: Spread;
  openpyxl: Spread;
  buildMonthCpu: Spread;
  openpyxlCpu: Spread;
  buildMonthPeakMegabytes: Spread;
  openpyxlPeakMegabytes: Spread;
  runs: { buildMonth: Timed[]; openpyxl: Timed[] };
}

/** Run a command under /usr/bin/time -v: its wall time and peak resident memory. */
function timed(command: string, args: readonly string[]): Timed {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(-2000)}`);
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), peakMegabytes: field('Maximum resident set size \\(kbytes\\)') / 1024 };
}

export function benchAnnexA(options: { rows?: number; runs?: number; keep?: boolean; log?: (message: string) => void } = {}): AnnexABench {
  const rows = options.rows ?? 200_000;
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const folder = mkdtempSync(join(tmpdir(), 'annex-a-bench-'));
  try {
    const started = performance.now();
    const plan = Object.fromEntries(Object.entries(SHARES).map(([list, share]) => [list, Math.round(rows * share)])) as Record<keyof typeof SHARES, number>;
    const extract = syntheticExtract({ seed: 25, month: MONTH, rows: plan, otherRows: 0, workersPerTeam: 30 });
    const workbook = join(folder, 'annex-a.xlsx');
    const staff = join(folder, 'staff.csv');
    writeFileSync(workbook, writeXlsx(extract.sheets));
    writeFileSync(staff, `${extract.staff.map((row) => row.join(',')).join('\n')}\n`);
    const generateSeconds = (performance.now() - started) / 1000;
    log(`wrote a ${rows.toLocaleString('en-GB')}-row extract (${(statSync(workbook).size / 1024 / 1024).toFixed(1)} MB) in ${generateSeconds.toFixed(1)} s`);
    // The compiled command, as an officer runs it (scripts/run.mjs compiles it first if needed: not timed).
    spawnSync(process.execPath, ['scripts/run.mjs', 'buildMonth', '--help'], { cwd: ROOT });
    const buildMonth: Timed[] = [];
    const openpyxl: Timed[] = [];
    const ours = () => buildMonth.push(timed(process.execPath, ['scripts/run.mjs', 'buildMonth', '--annex-a', workbook, '--staff', staff, '--month', MONTH, '--json']));
    const theirs = () => openpyxl.push(timed(PYTHON, ['-c', OPENPYXL_READ, workbook]));
    for (let run = 0; run < runs; run++) {
      // Alternate which goes first, so that a drift in the machine's load falls on both.
      if (run % 2 === 0) {
        ours();
        theirs();
      } else {
        theirs();
        ours();
      }
      log(`run ${run + 1}: build-month ${buildMonth.at(-1)!.seconds.toFixed(1)} s (CPU ${buildMonth.at(-1)!.cpuSeconds.toFixed(1)} s), openpyxl ${openpyxl.at(-1)!.seconds.toFixed(1)} s (CPU ${openpyxl.at(-1)!.cpuSeconds.toFixed(1)} s)`);
    }
    return {
      rows,
      workbookMegabytes: statSync(workbook).size / 1024 / 1024,
      generateSeconds,
      buildMonth: spread(buildMonth.map((run) => run.seconds)),
      openpyxl: spread(openpyxl.map((run) => run.seconds)),
      buildMonthCpu: spread(buildMonth.map((run) => run.cpuSeconds)),
      openpyxlCpu: spread(openpyxl.map((run) => run.cpuSeconds)),
      buildMonthPeakMegabytes: spread(buildMonth.map((run) => run.peakMegabytes)),
      openpyxlPeakMegabytes: spread(openpyxl.map((run) => run.peakMegabytes)),
      runs: { buildMonth, openpyxl },
    };
  } finally {
    if (options.keep) log(`kept ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

/** The result as the bench's table prints it. */
export function annexATable(result: AnnexABench): string {
  return table(
    ['', 'wall time (median, min–max)', 'CPU time', 'peak memory'],
    [
      [`build-month --json (${result.rows.toLocaleString('en-GB')} rows, count every measure)`, formatSpread(result.buildMonth, 1, ' s'), formatSpread(result.buildMonthCpu, 1, ' s'), formatSpread(result.buildMonthPeakMegabytes, 0, ' MB')],
      ['openpyxl read-only, every row (read only)', formatSpread(result.openpyxl, 1, ' s'), formatSpread(result.openpyxlCpu, 1, ' s'), formatSpread(result.openpyxlPeakMegabytes, 0, ' MB')],
    ],
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
  const result = benchAnnexA({ rows: option('--rows'), runs: option('--runs'), keep: args.includes('--keep'), log: (message) => process.stderr.write(`[annex-a] ${message}\n`) });
  console.log(annexATable(result));
  console.log(JSON.stringify(result, null, 2));
}
