// build-month's second half: the counted month into <data>/snapshots/M.json. The figures merge into
// the month's file (src/domain/records/monthSnapshot.ts), the result is checked with the rest of the
// folder by the checks of npm run check-data, and only with no error is it written, atomically.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkDataset } from '../src/domain/contract/dataset.ts';
import { countProblems, formatProblem } from '../src/domain/contract/problems.ts';
import { readDataFile, type ReadFile } from '../src/domain/contract/readFile.ts';
import { ANNEX_A_MEASURE_WORDS, measureCounts, measureFigure } from '../src/domain/present/annexAWords.ts';
import type { MonthCount } from '../src/domain/records/countMonth.ts';
import { mergeCountIntoSnapshot, type WrittenFigure } from '../src/domain/records/monthSnapshot.ts';
import { ANNEX_A_MEASURE_IDS, type IndicatorsFile, type Snapshot, type ValueObject } from '../src/domain/schema.ts';
import { listDataFiles } from './lib/dataFolder.ts';
import { snapshotText } from './lib/snapshotText.ts';
import { writeAtomically } from './lib/writeAtomically.ts';

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One line a measure: its name, its figure and what it rests on, or why it was not counted. */
export function measureSummary(count: MonthCount): string[] {
  const names = ANNEX_A_MEASURE_IDS.map((id) => `${ANNEX_A_MEASURE_WORDS[id].name} (${id})`);
  const width = Math.max(...names.map((name) => name.length));
  return ANNEX_A_MEASURE_IDS.map((id, index) => {
    const result = count.measures[id];
    const counts = measureCounts(id, result);
    const figure = result.counted ? `${measureFigure(id, result)}${counts ? ` (${counts})` : ''}` : `not counted: ${result.note}`;
    return `${names[index]!.padEnd(width)}  ${figure}`;
  });
}

/** A figure of a snapshot in words: "45.5 (10/22)", "null (No cases this month)". */
function figureWords(figure: ValueObject): string {
  const counts = figure.numerator !== undefined && figure.denominator !== undefined ? ` (${figure.numerator}/${figure.denominator})` : '';
  const teams = figure.breakdown ? `, ${plural(Object.keys(figure.breakdown).length, 'team')}` : '';
  return `${figure.value === null ? `null${figure.note ? ` (${figure.note})` : ''}` : figure.value}${counts}${teams}`;
}

const changeWords = (figure: WrittenFigure) => `${figure.indicator} (${figure.measure}): the file has ${figureWords(figure.before!)}; the extract gives ${figureWords(figure.counted)}`;

export interface MonthFileJob {
  dataFolder: string;
  dataShown: string;
  month: string;
  count: MonthCount;
  replace: boolean;
}

/** Merge, check and write the month's file; 0 when written (or already as counted), 1 when not. */
export function writeMonthFile({ dataFolder, dataShown, month, count, replace }: MonthFileJob, io: Io): number {
  const name = `snapshots/${month}.json`;
  const target = join(dataFolder, name);
  const targetShown = `${dataShown}/${name}`;
  const others: ReadFile[] = listDataFiles(dataFolder)
    .filter((file) => file !== name)
    .map((file) => readDataFile(file, new Uint8Array(readFileSync(join(dataFolder, file)))));
  const before = checkDataset(others);
  const catalogueErrors = before.problems.filter((problem) => problem.file === 'indicators.json' && problem.severity === 'error');
  const catalogue = others.find((file) => file.file === 'indicators.json')?.data as IndicatorsFile | undefined;
  if (!catalogue || catalogueErrors.length) {
    io.err(`build-month: ${dataShown}/indicators.json ${catalogue ? 'has errors' : 'cannot be read'}, so it cannot say which indicators are counted from Annex A; nothing written. Run npm run check-data -- ${dataShown} to see why.`);
    return 1;
  }
  if (!catalogue.indicators.some((indicator) => indicator.source?.annexA)) {
    io.err(`build-month: no indicator in ${dataShown}/indicators.json says "source": { "annexA": "<measure>" }, so there is nothing to write; nothing written. Add it to the indicators counted from Annex A (see ${dataShown}/README.md), or use --json to see the figures.`);
    return 1;
  }
  let existing: Snapshot | undefined;
  if (existsSync(target)) {
    const read = readDataFile(name, new Uint8Array(readFileSync(target)));
    if (!read.data) {
      for (const problem of read.problems) io.out(formatProblem(problem, dataShown));
      io.err(`build-month: ${targetShown} cannot be read as a month file, so what it holds could not be kept; nothing written. Fix it and run again.`);
      return 1;
    }
    existing = read.data as Snapshot;
  }

  const merged = mergeCountIntoSnapshot(existing, count, catalogue.indicators, { replace });
  const text = snapshotText(merged.snapshot);
  const after = checkDataset([...others, readDataFile(name, text)]);
  const seenBefore = new Set(before.problems.map((problem) => formatProblem(problem)));
  const own = after.problems.filter((problem) => problem.file === name || !seenBefore.has(formatProblem(problem)));
  for (const problem of own) io.out(formatProblem(problem, dataShown));
  const { errors, warnings } = countProblems(own);
  if (errors > 0) {
    io.err(`build-month: ${plural(errors, 'error')} in the month as it would be written; ${targetShown} not written.`);
    return 1;
  }

  const unchanged = existing !== undefined && snapshotText(existing) === text;
  if (!unchanged) {
    mkdirSync(dirname(target), { recursive: true });
    writeAtomically(target, text);
  }
  const written = merged.written.map((figure) => `${figure.indicator} ${figureWords(figure.counted)}`);
  if (unchanged) io.out(`${targetShown} already holds these figures; nothing written.`);
  else io.out(`${existing ? 'Updated' : 'Wrote'} ${targetShown}: ${written.length ? written.join('; ') : 'no figures changed'}; ${plural(warnings, 'warning')}.`);
  for (const figure of merged.written.filter((entry) => entry.before && replace && entry.before.value !== entry.counted.value)) {
    io.out(`Replaced (--replace): ${changeWords(figure)}.`);
  }
  if (merged.kept.length) {
    io.out('Kept as they are in the file (the extract would change them; run again with --replace to use the extract’s):');
    for (const figure of merged.kept) io.out(`  ${changeWords(figure)}`);
  }
  for (const missing of merged.notCounted) io.out(`Not written: ${missing.indicator} (${missing.measure}), not counted: ${missing.note}.`);
  if (!unchanged && !existing) {
    io.out(`Next: add the month's commentary and workstream reports on the dashboard's Prepare a month page, or in ${targetShown}; then npm run check-data.`);
  }
  return 0;
}
