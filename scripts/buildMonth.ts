// npm run build-month -- --annex-a FILE --month YYYY-MM [--staff FILE] [--calendar FILE] [--data DIR]
//                        [--json] [--replace] [--problems FILE.csv]
//
// Counts the month's figures from the Annex A extract (shared annex-a.md), on this computer only:
// src/domain/records/ does the counting, the same code the browser's "Build a month from Annex A"
// page runs. With --json it prints the measures and problems and writes nothing. Otherwise it
// writes or merges <data>/snapshots/M.json for every indicator whose catalogue entry says
// "source": { "annexA": "<measure>" }, keeping everything else in the file, after checking the
// result with the rest of the folder (the checks of npm run check-data), atomically. Only aggregates
// are written there; the problems (which name children by ID) go to the screen, or to a CSV file the
// officer names, never into the data folder. Exit 0 when counted (and written); 1 on any error.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/domain/contract/problems.ts';
import { readDataFile } from '../src/domain/contract/readFile.ts';
import { problemLine, problemsCsv } from '../src/domain/present/annexAProblems.ts';
import { countMonth, monthProblem, type MonthCount } from '../src/domain/records/countMonth.ts';
import { readExtractCsvFiles, readExtractWorkbook, readStaffFile, type FileRead } from '../src/domain/records/extractFiles.ts';
import type { ExtractSheet } from '../src/domain/records/lists.ts';
import type { CalendarFile } from '../src/domain/schema.ts';
import { measureSummary, writeMonthFile, type Io } from './buildMonthFile.ts';
import { writeAtomically } from './lib/writeAtomically.ts';

export type { Io };

export const USAGE = `Usage: npm run build-month -- --annex-a FILE --month YYYY-MM [--staff FILE] [--calendar FILE] [--data DIR] [--json] [--replace] [--problems FILE.csv]

  --annex-a   the Annex A extract: an Excel workbook (.xlsx) with one sheet per list ("List 1",
              "List 5 - Section 47", "L8"), or a folder of CSV files, one per list (list-5.csv)
  --month     the month to count, YYYY-MM: "in the month" measures count events dated in it,
              "at the month's end" measures count children open on its last day
  --staff     the staff list, CSV or .xlsx: one row per social worker, columns Worker, Team, FTE
              (for caseloads; without it caseload is not counted)
  --calendar  the council's calendar.json (closure days, visit standards); default: the data
              folder's calendar.json, if it has one
  --data      the data folder (default: $DASHBOARD_DATA_DIR, else data)
  --json      print every measure (value, numerator, denominator, by team) and every problem as
              JSON, and write nothing
  --replace   replace a figure already in the month's file that the extract would change (without
              it, such a figure is kept and shown beside the extract's)
  --problems  also write the records that could not be counted to this CSV file (it names children
              by ID: keep it with the extract; it may not be inside the data folder)

Nothing from the extract itself is ever written into the data folder: only the month's figures.`;

class UserError extends Error {}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function readExtract(path: string, shown: string): FileRead<ExtractSheet[]> {
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((name) => /\.csv$/i.test(name)).sort();
    return readExtractCsvFiles(files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(path, name))) })));
  }
  return readExtractWorkbook({ name: shown, bytes: new Uint8Array(readFileSync(path)) });
}

function readCalendar(path: string, shown: string, io: Io): Omit<CalendarFile, '$schema'> {
  const read = readDataFile('calendar.json', new Uint8Array(readFileSync(path)));
  const errors = read.problems.filter((problem) => problem.severity === 'error');
  if (errors.length || !read.data) {
    for (const problem of errors) io.out(formatProblem({ ...problem, file: shown }));
    throw new UserError(`build-month: ${shown} has ${plural(errors.length, 'error')}; nothing counted. Fix it (npm run check-data shows the same), or leave it out.`);
  }
  return read.data as CalendarFile;
}

const isInside = (folder: string, file: string) => {
  const path = relative(folder, file);
  return !path.startsWith('..') && !isAbsolute(path);
};

/** The folders the problems file may never be in: the data folder, and what the site is built from or into. */
function forbiddenFolder(file: string, dataFolder: string, cwd: string): string | undefined {
  return [dataFolder, join(cwd, 'dist'), join(cwd, 'public')].find((folder) => isInside(folder, file));
}

function printProblems(count: MonthCount, io: Io, problemsFile: string | undefined): void {
  const { problems } = count;
  if (problems.length === 0) {
    io.out('No problems: every record was counted as it stands.');
    return;
  }
  const shown = problems.slice(0, 20);
  io.out(`${plural(problems.length, 'problem')} (records not counted as they stand, for you to fix at source):`);
  for (const problem of shown) io.out(`  ${problemLine(problem)}`);
  if (problems.length > shown.length && !problemsFile) {
    io.out(`  … and ${problems.length - shown.length} more: add --problems FILE.csv to have them all in a file of your own (never in the data folder).`);
  }
}

export function run(argv: readonly string[], io: Io): number {
  const started = performance.now();
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        'annex-a': { type: 'string' },
        month: { type: 'string' },
        staff: { type: 'string' },
        calendar: { type: 'string' },
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        problems: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    io.err(`build-month: ${(error as Error).message}`);
    io.err(USAGE);
    return 1;
  }
  const options = parsed.values;
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    const extractShown = options['annex-a'];
    if (extractShown === undefined) throw new UserError('build-month: say which extract to count, e.g. --annex-a annex-a-2019-04.xlsx');
    if (options.month === undefined) throw new UserError('build-month: say which month to count, e.g. --month 2019-04');
    const month = options.month;
    const wrongMonth = monthProblem(month);
    if (wrongMonth) throw new UserError(`build-month: --month: ${wrongMonth}`);
    const dataShown = (options.data ?? (io.env.DASHBOARD_DATA_DIR || 'data')).replace(/\/+$/, '') || '/';
    const dataFolder = resolve(io.cwd, dataShown);
    const hasData = existsSync(dataFolder) && statSync(dataFolder).isDirectory();
    const problemsFile = options.problems === undefined ? undefined : resolve(io.cwd, options.problems);
    const forbidden = problemsFile && forbiddenFolder(problemsFile, dataFolder, io.cwd);
    if (forbidden) {
      throw new UserError(`build-month: ${options.problems} is inside ${relative(io.cwd, forbidden) || forbidden}/, which is published; the problems name children by ID and never go there. Name a file elsewhere, e.g. beside the extract.`);
    }

    const extractPath = resolve(io.cwd, extractShown);
    if (!existsSync(extractPath)) throw new UserError(`build-month: No file or folder ${extractShown}`);
    const extract = readExtract(extractPath, extractShown);
    if (!extract.ok) throw new UserError(`build-month: ${extract.file === extractShown ? extractShown : `${extractShown}/${extract.file}`} cannot be read: ${extract.detail}; nothing counted.`);
    if (extract.value.length === 0) {
      throw new UserError(`build-month: ${extractShown} has no ${statSync(extractPath).isDirectory() ? 'CSV file' : 'sheet'} named for a list the month is counted from (List 1, 3, 4, 5, 6, 7 or 8); nothing counted.`);
    }
    let staff;
    if (options.staff !== undefined) {
      const staffPath = resolve(io.cwd, options.staff);
      if (!existsSync(staffPath) || !statSync(staffPath).isFile()) throw new UserError(`build-month: No file ${options.staff}`);
      const read = readStaffFile({ name: basename(options.staff), bytes: new Uint8Array(readFileSync(staffPath)) });
      if (!read.ok) throw new UserError(`build-month: ${options.staff} cannot be read: ${read.detail}; nothing counted.`);
      staff = read.value;
    }
    const calendarShown = options.calendar ?? (hasData && existsSync(join(dataFolder, 'calendar.json')) ? `${dataShown}/calendar.json` : undefined);
    if (options.calendar !== undefined && !existsSync(resolve(io.cwd, options.calendar))) throw new UserError(`build-month: No file ${options.calendar}`);
    const calendar = calendarShown === undefined ? undefined : readCalendar(resolve(io.cwd, calendarShown), calendarShown, io);

    const count = countMonth({ month, sheets: extract.value, staff, calendar });
    if (problemsFile) {
      mkdirSync(dirname(problemsFile), { recursive: true });
      writeAtomically(problemsFile, problemsCsv(count.problems));
    }
    if (options.json) {
      io.out(JSON.stringify({ month: count.month, measures: count.measures, problems: count.problems }, null, 2));
      return 0;
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const counted = Object.values(count.measures).filter((result) => result.counted).length;
    io.out(`Counted ${month} from ${extractShown}${options.staff ? ` with ${options.staff}` : ''}${calendarShown ? ` and ${calendarShown}` : ''} in ${seconds} s: ${counted} of ${Object.keys(count.measures).length} measures; ${plural(count.problems.length, 'problem')}.`);
    for (const line of measureSummary(count)) io.out(`  ${line}`);
    printProblems(count, io, problemsFile);
    if (problemsFile) io.out(`Wrote every problem to ${options.problems} (it names children by ID: keep it with the extract).`);
    if (!hasData) throw new UserError(`build-month: No data folder at ${dataShown}; nothing written. Say which with --data, or use --json to see the figures only.`);
    return writeMonthFile({ dataFolder, dataShown, month, count, replace: options.replace }, io);
  } catch (error) {
    io.err(error instanceof UserError ? error.message : `build-month: ${(error as Error).message}`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
