// npm run report -- [--data DIR] [--month YYYY-MM] [--from YYYY-MM] [--out FILE]: the month view as
// JSON, for other council systems: on standard output, or into FILE with --out. Default: ./data and
// its latest month. With --from, the RAG changes between that month and the month. Exit 1, naming
// the folder, when the data has errors or the month has no snapshot.
//
// `npm run report > month.json` is clean JSON however it is called (reportOutput.ts).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countProblems, formatProblem } from '../src/domain/contract/problems.ts';
import { latestMonth, monthView } from '../src/domain/board/monthView.ts';
import { changesBetween } from '../src/domain/board/changes.ts';
import { isMonth } from '../src/domain/months.ts';
import { monthReport } from '../src/domain/present/monthReport.ts';
import { checkFolder } from './lib/dataFolder.ts';
import { writeStandardOutput } from './reportOutput.ts';
import { writeAtomically } from './lib/writeAtomically.ts';

const USAGE = 'Usage: npm run report -- [--data DIR] [--month YYYY-MM] [--from YYYY-MM] [--out FILE]';

function fail(message: string): never {
  process.stderr.write(`report: ${message}\n`);
  process.exit(1);
}

let options: { data?: string; month?: string; from?: string; out?: string };
try {
  ({ values: options } = parseArgs({ options: { data: { type: 'string' }, month: { type: 'string' }, from: { type: 'string' }, out: { type: 'string' } }, strict: true }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const folder = (options.data ?? process.env.DASHBOARD_DATA_DIR ?? 'data').replace(/\/+$/, '');
let checked: ReturnType<typeof checkFolder>;
try {
  checked = checkFolder(folder);
} catch (error) {
  fail((error as Error).message);
}
const errors = checked.dataset.problems.filter((problem) => problem.severity === 'error');
if (errors.length > 0) {
  for (const problem of errors) process.stderr.write(`${formatProblem(problem, folder)}\n`);
  fail(`the data in ${folder} has ${countProblems(errors).errors} error(s): fix them (npm run check-data -- ${folder}) before reporting.`);
}
const month = options.month ?? latestMonth(checked.dataset.snapshots);
if (!month) fail(`${folder} has no snapshots.`);
if (!isMonth(month)) fail(`--month must be a month written YYYY-MM, such as 2019-03; found "${month}".`);
if (!checked.dataset.snapshots.some((snapshot) => snapshot.month === month)) {
  fail(`${folder} has no snapshot for ${month} (snapshots/${month}.json).`);
}
const from = options.from;
if (from !== undefined) {
  if (!isMonth(from)) fail(`--from must be a month written YYYY-MM, such as 2018-12; found "${from}".`);
  if (from >= month) fail(`--from (${from}) must be before the month reported (${month}).`);
  if (!checked.dataset.snapshots.some((snapshot) => snapshot.month === from)) fail(`${folder} has no snapshot for ${from} (snapshots/${from}.json).`);
}
const changes = from === undefined ? undefined : changesBetween(checked.dataset, from, month);
const json = `${JSON.stringify(monthReport(monthView(checked.dataset, month), changes, checked.dataset.comparators), null, 2)}\n`;
// --out FILE: written beside itself and renamed into place, so a reader never sees half of it.
if (options.out !== undefined) {
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeAtomically(resolve(options.out), json);
} else writeStandardOutput(json);

