// npm run import -- <file.csv> --month YYYY-MM [--data <folder>] [--force | --replace-whole-file] [--status provisional|final]
//
// Turns a spreadsheet export (one row per indicator: id, value, numerator, denominator, note) into
// <data>/snapshots/YYYY-MM.json. The CSV is read by src/domain/contract/csvImport.ts (papaparse: a
// byte-order mark, ; or , "43%", "1,204" and blank rows are all fine). The new file is then checked
// with the rest of the folder by the same checks as `npm run check-data`, and its problems are
// reported at the CSV's own line and column. With any error nothing is written; otherwise the file
// is written beside its final name and renamed into place, so no one ever sees half a file.
// Exit 0 when written; 1 on any error (nothing written).
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkDataset } from '../src/domain/contract/dataset.ts';
import { MAX_FILE_BYTES } from '../src/domain/contract/jsonSource.ts';
import { indicatorLabel, placeInWords } from '../src/domain/contract/placeWords.ts';
import { readDataFile, type ReadFile } from '../src/domain/contract/readFile.ts';
import { snapshotFromCsv } from '../src/domain/contract/csvImport.ts';
import { csvLocator } from '../src/domain/contract/csvLocate.ts';
import { mergeCsvIntoSnapshot } from '../src/domain/contract/csvMerge.ts';
import { decodeSpreadsheetText } from '../src/domain/contract/decodeText.ts';
import { figuresFromWorkbook } from '../src/domain/contract/workbookFile.ts';
import { cellOfProblem, type SheetProblem } from '../src/domain/contract/workbookCells.ts';
import { formatSheetProblem, mergeWorkbookWorkstreams } from '../src/domain/contract/xlsxImport.ts';
import { countProblems, describeProblem, formatProblem, problemAt, type Problem } from '../src/domain/contract/problems.ts';
import type { IndicatorsFile, Snapshot } from '../src/domain/schema.ts';
import { normaliseValue } from '../src/domain/valueEntry.ts';
import { listDataFiles } from './lib/dataFolder.ts';
import { snapshotText } from './lib/snapshotText.ts';
import { writeAtomically } from './lib/writeAtomically.ts';

export { snapshotText };


export const USAGE = `Usage: npm run import -- <file.csv> --month YYYY-MM [--data <folder>] [--force | --replace-whole-file] [--status provisional|final]

  <file.csv>  a spreadsheet saved as CSV: a header row "id,value,numerator,denominator,note" (and
              optionally quality,what_it_shows,why,what_we_are_doing,narrative_owner), then
              one row per indicator (template: data/templates/monthly-figures.csv). UTF-8 with or
              without a byte-order mark, or Excel's plain CSV (Windows-1252, converted with a
              warning); commas or semicolons; "43%" and "1,204" are fine; blank rows are ignored;
              an empty value is written as null (say why in the note)
  <file.xlsx> or an Excel workbook, .xlsx or .xlsm (template: data/templates/monthly-figures.xlsx):
              the Figures sheet as the CSV (plus a name column, not read), and a Workstreams sheet
              (workstream, name, rag, status, highlights, risks); each cell is read as Excel shows it
              (a cell formatted as a percentage is its percentage); problems are shown at their
              cell, Figures!C7. Save an .xls or .ods as .xlsx first
  --month     the month the figures report (default: a YYYY-MM in the file's name; when both are
              given they must agree)
  --data      the data folder (default: $DASHBOARD_DATA_DIR, else data)
  --force     the month's snapshot exists: replace its figures with the CSV's and keep everything
              else in it (commentary, workstream reports, surveys, breakdowns, narrative, produced)
  --replace-whole-file
              the month's snapshot exists: replace the whole file with one made from the CSV alone
              (its commentary, workstream reports and surveys are lost)
  --status    provisional or final (default: final for a new file; the file's own with --force)

Writes <data>/snapshots/YYYY-MM.json with the month's values, after checking it with the rest of
the folder (the same checks as npm run check-data); with any error it writes nothing.
Only values come from a CSV (and workstream reports from a workbook): add the month's commentary,
narratives, action plans and surveys on the dashboard's Prepare a month page or by editing the JSON
file afterwards, then run npm run check-data.`;

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_IN_NAME = /(?<!\d)(\d{4}-(?:0[1-9]|1[0-2]))(?!\d)/;
const CATALOGUE_FILES = ['site.json', 'indicators.json', 'workstreams.json'];

/** The month a CSV's file name gives, e.g. `figures 2019-04.csv` or `2019-04-kpis.csv`. */
export function monthFromFileName(file: string): string | undefined {
  return MONTH_IN_NAME.exec(basename(file))?.[1];
}

/** The longest text in a snapshot and where it is: what to shorten when the file is too large. */
export function longestText(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; length: number } | undefined {
  if (typeof value === 'string') return { path, length: value.length };
  if (value === null || typeof value !== 'object') return undefined;
  let longest: { path: (string | number)[]; length: number } | undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = longestText(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found && (!longest || found.length > longest.length)) longest = found;
  }
  return longest;
}

class UserError extends Error {}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Problems of a workbook at their cell; of a CSV at their line and column. */
const show = (problem: SheetProblem, folder?: string) => (problem.cell ? formatSheetProblem(problem, describeProblem) : formatProblem(problem, folder));

/** A workbook by its name: read by the workbook reader, which reads .xlsx and .xlsm and names the others it refuses. */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

export function run(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        month: { type: 'string' },
        data: { type: 'string' },
        force: { type: 'boolean', default: false },
        'replace-whole-file': { type: 'boolean', default: false },
        status: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    io.err(`import: ${(error as Error).message}`);
    io.err(USAGE);
    return 1;
  }
  const options = parsed.values;
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    if (parsed.positionals.length !== 1) {
      throw new UserError(
        parsed.positionals.length === 0 ? 'import: say which CSV file to import' : `import: one CSV file at a time (found ${parsed.positionals.join(', ')})`,
      );
    }
    const csvShown = parsed.positionals[0]!;
    const csvFile = resolve(io.cwd, csvShown);
    const named = monthFromFileName(csvShown);
    if (options.month !== undefined && named !== undefined && options.month !== named) {
      throw new UserError(`import: ${csvShown} is named for ${named} but --month says ${options.month}; nothing written. Rename the file or correct --month.`);
    }
    if (options.force && options['replace-whole-file']) {
      throw new UserError('import: --force keeps what the file holds beyond its figures; --replace-whole-file does not. Choose one.');
    }
    const month = options.month ?? named;
    if (month === undefined) {
      throw new UserError(`import: say which month ${csvShown} reports, e.g. --month 2019-04 (there is no YYYY-MM in its name)`);
    }
    if (!MONTH.test(month)) throw new UserError(`import: --month must be a month as YYYY-MM, e.g. 2019-04 (found "${month}")`);
    const givenStatus = options.status;
    if (givenStatus !== undefined && givenStatus !== 'final' && givenStatus !== 'provisional') {
      throw new UserError(`import: --status must be provisional or final (found "${givenStatus}")`);
    }
    const dataShown = (options.data ?? (io.env.DASHBOARD_DATA_DIR || 'data')).replace(/\/+$/, '') || '/';
    const dataFolder = resolve(io.cwd, dataShown);
    if (!existsSync(dataFolder) || !statSync(dataFolder).isDirectory()) throw new UserError(`import: No data folder at ${dataShown}`);
    const name = `snapshots/${month}.json`;
    const target = join(dataFolder, name);
    const targetShown = `${dataShown}/${name}`;
    const replacing = existsSync(target);
    const wholeFile = options['replace-whole-file'];
    if (replacing && !options.force && !wholeFile) {
      throw new UserError(
        `import: ${targetShown} already exists; nothing written. Add --force to replace its figures with those in ${csvShown} and keep the rest of it, or --replace-whole-file to replace all of it.`,
      );
    }
    if (!existsSync(csvFile) || !statSync(csvFile).isFile()) throw new UserError(`import: No file ${csvShown}`);

    const others: ReadFile[] = listDataFiles(dataFolder)
      .filter((file) => file !== name)
      .map((file) => readDataFile(file, new Uint8Array(readFileSync(join(dataFolder, file)))));
    const catalogue = others.find((file) => file.file === 'indicators.json')?.data as IndicatorsFile | undefined;

    // The CSV to a snapshot: problems here are the CSV's own (a cell that is not a number...).
    const bytes = new Uint8Array(readFileSync(csvFile));
    const isWorkbook = WORKBOOK_NAME.test(csvShown);
    const fromWorkbook = isWorkbook ? figuresFromWorkbook(bytes, month, csvShown, catalogue?.indicators ?? []) : undefined;
    if (fromWorkbook && !fromWorkbook.ok && 'detail' in fromWorkbook) throw new UserError(`import: ${csvShown} cannot be read: ${fromWorkbook.detail}`);
    const converted = fromWorkbook ?? snapshotFromCsv(bytes, month, csvShown, catalogue?.indicators ?? []);
    const cellOf = fromWorkbook?.ok ? (problem: Problem) => cellOfProblem(fromWorkbook.cells, problem) : undefined;
    if (!converted.ok) {
      for (const problem of converted.problems) io.out(show(problem));
      const { errors } = countProblems(converted.problems);
      io.out(`${csvShown}: ${plural(errors, 'error')}; ${targetShown} not written.`);
      return 1;
    }
    let snapshot: Snapshot = { ...converted.snapshot, status: givenStatus ?? 'final' };
    let merged: ReturnType<typeof mergeCsvIntoSnapshot> | undefined;
    if (replacing && options.force) {
      const existing = readDataFile(name, new Uint8Array(readFileSync(target)));
      if (!existing.data) {
        for (const problem of existing.problems) io.out(formatProblem(problem, dataShown));
        io.out(`${targetShown} cannot be read as a snapshot, so what it holds beyond its figures cannot be kept; nothing written. Fix it, or use --replace-whole-file to replace all of it.`);
        return 1;
      }
      merged = mergeCsvIntoSnapshot(existing.data as Snapshot, converted.snapshot, givenStatus as Snapshot['status']);
      snapshot = merged.snapshot;
      const reports = mergeWorkbookWorkstreams(snapshot, converted.snapshot);
      snapshot = reports.snapshot;
      merged.replaced.push(...reports.replaced);
    }
    const text = snapshotText(snapshot);
    const decoded = decodeSpreadsheetText(bytes);
    const locate = csvLocator(decoded.ok && !isWorkbook ? decoded.text : '');
    const atCsv = (problem: Problem): SheetProblem =>
      cellOf ? { ...problem, file: csvShown, cell: cellOf(problem) } : { ...problem, file: csvShown, ...(locate(problem) ?? { line: 1, column: 1 }) };
    // Never write a month file the checks would refuse as too large to read: name the longest text.
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
      const longest = longestText(snapshot);
      const names = { indicators: new Map((catalogue?.indicators ?? []).map((indicator) => [indicator.id, indicatorLabel(indicator)])), workstreams: new Map<string, string>() };
      io.out(show(atCsv(problemAt(name, 'error', 'too-large', `The month's file would be ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB, more than a data file may be`, {
        path: longest?.path, place: longest && placeInWords(name, longest.path, snapshot, names),
        expected: `at most ${MAX_FILE_BYTES / 1024 / 1024} MB`, found: longest ? `a text of ${longest.length.toLocaleString('en-GB')} characters, the longest` : 'too much text',
      }))));
      io.out(`${targetShown} not written.`);
      return 1;
    }
    // The new file with the rest of the folder, as check-data would see it once written.
    const before = checkDataset(others);
    const after = checkDataset([...others, readDataFile(name, text)]);
    const own = [...converted.warnings, ...after.problems.filter((problem) => problem.file === name).map(atCsv)];
    // Elsewhere in the folder, only what this file changes (e.g. two files for one month).
    const seenBefore = new Set(before.problems.map((problem) => formatProblem(problem)));
    const caused = after.problems.filter((problem) => problem.file !== name && !seenBefore.has(formatProblem(problem)));
    for (const problem of own) io.out(show(problem));
    for (const problem of caused) io.out(formatProblem(problem, dataShown));

    const catalogueErrors = before.problems.filter((problem) => CATALOGUE_FILES.includes(problem.file) && problem.severity === 'error');
    if (catalogueErrors.length) {
      const files = [...new Set(catalogueErrors.map((problem) => `${dataShown}/${problem.file}`))];
      io.out(`${files.join(' and ')} ${files.length === 1 ? 'has' : 'have'} errors, so the figures cannot be checked against them; ${targetShown} not written. Run npm run check-data -- ${dataShown} to see them.`);
      return 1;
    }
    const { errors, warnings } = countProblems([...own, ...caused]);
    if (errors > 0) {
      io.out(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}; ${targetShown} not written.`);
      return 1;
    }

    mkdirSync(dirname(target), { recursive: true });
    writeAtomically(target, text);
    const entries = Object.values(converted.snapshot.values).map((entry) => normaliseValue(entry)!);
    const missing = entries.filter((entry) => entry.value === null).length;
    const withCounts = entries.filter((entry) => entry.numerator !== undefined && entry.denominator !== undefined).length;
    const status = snapshot.status ?? 'final';
    if (merged) io.out(`Replaced the figures in ${targetShown} from ${csvShown}: ${month}, ${status}.`);
    else io.out(`${replacing ? 'Replaced the whole of' : 'Wrote'} ${targetShown} from ${csvShown}: ${month}, ${status}.`);
    io.out(
      `${plural(entries.length, 'indicator')}: ${plural(entries.length - missing, 'value')}${missing ? `, ${missing} not available (null)` : ''}` +
        `${withCounts ? `, ${withCounts} with numerator and denominator` : ''}; ${plural(warnings, 'warning')}.`,
    );
    if (merged) {
      io.out(`Replaced: ${merged.replaced.join('; ')}.`);
      io.out(merged.kept.length ? `Kept from the file: ${merged.kept.join(', ')}.` : 'Nothing else was in the file.');
    } else {
      io.out(
        isWorkbook
          ? `Commentary, narratives, action plans and surveys are not in the workbook: add them on the dashboard's Prepare a month page or by editing ${targetShown}, then run npm run check-data.`
          : `Commentary, workstream RAGs and surveys are not in the CSV: add them on the dashboard's Prepare a month page or by editing ${targetShown}, then run npm run check-data.`,
      );
    }
    return 0;
  } catch (error) {
    io.err(error instanceof UserError ? error.message : `import: ${(error as Error).message}`);
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
