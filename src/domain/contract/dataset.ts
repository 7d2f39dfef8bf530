// The folder as a whole: every file read with readDataFile, checked against the others, and the
// checked Dataset the dashboard shows. The command line, the build and the browser all call
// checkDataset over the files they read, so the three places agree by construction.
import { currentMonth, FIRST_YEAR, isMonth, LAST_YEAR, missingMonths } from '../months';
import { type CalendarFile, type ComparatorsFile, type DashboardEvent, type FileData, type FileKind, type Indicator, type Site, type Snapshot, type Workstream } from '../schema';
import {
  futureMonthWarning,
  latestMonthWarning,
  missingMonthWarnings,
  outOfLineWarnings,
  percentFractionsWarning,
  priorityNoValueWarnings,
  spcSettingsWarnings,
  staleProvisionalWarning,
  type UsedSnapshot,
} from './datasetChecks';
import { percentAsFractionProblems, type SnapshotFile } from './fractionChecks';
import { implausibleFigureWarnings } from './plausibility';
import { repeatedMonthWarnings } from './repeats';
import { indicatorLabel, placeInWords, type PlaceNames } from './placeWords';
import { kindOfFile, monthOfFileName, REQUIRED_FILES } from './fileKinds';
import { problemAt, TOP_OF_FILE, type Problem } from './problems';
import type { ReadFile } from './readFile';
import { checkSnapshotPlan } from './planChecks';
import { checkComparatorsAgainstCatalogue, checkValuesAgainstCatalogue, checkWorkstreamIds } from './valueChecks';

export interface CheckOptions {
  /** Today, for "a month in the future". */
  today?: Date;
}

export type FileStatus = 'ok' | 'warnings' | 'error';

export interface FileReport {
  file: string;
  /** The kind of contract file; `other` for an entry of the folder the dashboard does not read. */
  kind: FileKind | 'other';
  status: FileStatus;
  /** The month of a snapshot, from its content or else its name. */
  month?: string;
  problems: Problem[];
}

export interface Dataset {
  site?: Site;
  indicators: Indicator[];
  workstreams: Workstream[];
  events: DashboardEvent[];
  /** comparators.json (optional), when it has no errors. */
  comparators?: ComparatorsFile;
  /** calendar.json (optional: closures and visit standards for counting from Annex A), when it has no errors. */
  calendar?: CalendarFile;
  /** Snapshots without errors, oldest first. */
  snapshots: Snapshot[];
  files: FileReport[];
  problems: Problem[];
  /** Months with no file between the first and the last (a month whose file has errors is not missing). */
  missingMonths: string[];
}

const hasError = (problems: readonly Problem[]) => problems.some((problem) => problem.severity === 'error');

/**
 * Check the folder as a whole. `files` are the files read with readDataFile; `folderProblems` are
 * about entries that could not be read at all (missing, unreadable, failed to fetch: errors) or
 * that the dashboard does not read (warnings), each naming its entry.
 */
export function checkDataset(files: readonly ReadFile[], options: CheckOptions = {}, folderProblems: readonly Problem[] = []): Dataset {
  const today = options.today ?? new Date();
  const extra = new Map<string, Problem[]>(files.map((file) => [file.file, []]));
  const add = (problem: Problem) => extra.get(problem.file)?.push(problem);
  const byName = new Map(files.map((file) => [file.file, file]));

  const outside: Problem[] = [...folderProblems];
  for (const required of REQUIRED_FILES) {
    if (!byName.has(required) && !folderProblems.some((problem) => problem.file === required)) {
      outside.push(problemAt(required, 'error', 'missing-file', `The data folder has no ${required}`, {
        expected: `the file ${required}`, found: 'no such file', position: TOP_OF_FILE,
      }));
    }
  }

  const usable = <K extends FileKind>(name: string): FileData[K] | undefined => {
    const file = byName.get(name);
    return file && file.data && !hasError(file.problems) ? (file.data as FileData[K]) : undefined;
  };
  const site = usable<'site'>('site.json');
  const catalogue = usable<'indicators'>('indicators.json');
  const workstreamsFile = usable<'workstreams'>('workstreams.json');
  const eventsFile = usable<'events'>('events.json');
  const calendar = usable<'calendar'>('calendar.json');
  const indicators = catalogue?.indicators ?? [];
  const workstreams = workstreamsFile?.workstreams ?? [];

  const snapshotFiles = files.filter((file) => file.kind === 'snapshot');
  for (const file of snapshotFiles) {
    const snapshot = file.data as Snapshot | undefined;
    if (!snapshot) continue;
    if (catalogue) checkValuesAgainstCatalogue(file.file, snapshot, indicators, file.locate).forEach(add);
    if (workstreamsFile) checkWorkstreamIds(file.file, snapshot, workstreams, file.locate).forEach(add);
    checkSnapshotPlan(file.file, snapshot, catalogue ? indicators : undefined, file.locate).forEach(add);
  }
  duplicateMonthErrors(snapshotFiles).forEach(add);
  const shaped: SnapshotFile[] = snapshotFiles.flatMap((file) => (file.data ? [{ file: file.file, snapshot: file.data as Snapshot, locate: file.locate }] : []));
  for (const indicator of indicators) percentAsFractionProblems(shaped, indicator).forEach(add);

  const comparatorsFile = byName.get('comparators.json');
  if (comparatorsFile?.data && catalogue) {
    checkComparatorsAgainstCatalogue(comparatorsFile.file, comparatorsFile.data as ComparatorsFile, indicators, comparatorsFile.locate).forEach(add);
  }

  const allProblems = (file: ReadFile) => [...file.problems, ...(extra.get(file.file) ?? [])];
  const comparators = comparatorsFile?.data && !hasError(allProblems(comparatorsFile)) ? (comparatorsFile.data as ComparatorsFile) : undefined;
  const used: UsedSnapshot[] = snapshotFiles
    .filter((file) => file.data && !hasError(allProblems(file)))
    .map((file) => ({ file: file.file, snapshot: file.data as Snapshot, locate: file.locate }))
    .sort((a, b) => (a.snapshot.month < b.snapshot.month ? -1 : 1));
  const snapshots = used.map((entry) => entry.snapshot);

  // A month whose file is there but has errors is broken, not missing (its errors say so).
  const withFile = new Set(snapshotFiles.flatMap((file) => [(file.data as Snapshot | undefined)?.month, monthOfFileName(file.file)].filter((month): month is string => month !== undefined)));
  const folderWarnings = missingMonthWarnings(snapshots.map((snapshot) => snapshot.month), withFile);
  const catalogueLocate = byName.get('indicators.json')?.locate ?? (() => TOP_OF_FILE);
  usedSnapshotWarnings(used, latestMonthInFolder(snapshotFiles), workstreams, currentMonth(today)).forEach(add);
  priorityNoValueWarnings(used, indicators, catalogueLocate).forEach(add);
  const outOfLine = new Set<string>();
  indicators.forEach((indicator, index) => {
    percentFractionsWarning(used, indicator, index, catalogueLocate).forEach(add);
    for (const problem of outOfLineWarnings(used, indicator)) {
      outOfLine.add(`${problem.file}|${indicator.id}`);
      add(problem);
    }
    spcSettingsWarnings(used, indicator, index, catalogueLocate).forEach(add);
  });
  // A figure ten times out of line is said once, not again as implausible.
  implausibleFigureWarnings(used, indicators, (file, id) => outOfLine.has(`${file}|${id}`)).forEach(add);

  const names: PlaceNames = {
    indicators: new Map(indicators.map((indicator) => [indicator.id, indicatorLabel(indicator)])),
    workstreams: new Map(workstreams.map((workstream) => [workstream.id, workstream.name])),
  };
  const reports: FileReport[] = files.map((file) => {
    const problems = allProblems(file).map((problem) => withPlace(problem, file.json, names));
    const month = file.kind === 'snapshot' ? ((file.data as Snapshot | undefined)?.month ?? monthOfFileName(file.file)) : undefined;
    return { file: file.file, kind: file.kind, status: statusOf(problems), month, problems };
  });
  const outsideByFile = new Map<string, Problem[]>();
  for (const problem of outside) outsideByFile.set(problem.file, [...(outsideByFile.get(problem.file) ?? []), problem]);
  for (const [file, problems] of outsideByFile) {
    reports.push({ file, kind: kindOfFile(file) ?? 'other', status: statusOf(problems), month: monthOfFileName(file), problems });
  }
  reports.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || a.file.localeCompare(b.file));

  return {
    site,
    indicators,
    workstreams,
    events: eventsFile?.events ?? [],
    comparators,
    ...(calendar ? { calendar } : {}),
    snapshots,
    files: reports,
    problems: [...reports.flatMap((report) => report.problems), ...folderWarnings],
    missingMonths: missingMonths(snapshots.map((snapshot) => snapshot.month)).filter((month) => !withFile.has(month)),
  };
}

/** The problem with its place in words, when its path names one. */
function withPlace(problem: Problem, json: unknown, names: PlaceNames): Problem {
  const place = placeInWords(problem.file, problem.path, json, names);
  return place === undefined ? problem : { ...problem, place };
}

/** Warnings about each used snapshot against the others: future, stale, repeated, the latest's words. */
function usedSnapshotWarnings(used: readonly UsedSnapshot[], latestMonth: string | undefined, workstreams: readonly Workstream[], thisMonth: string): Problem[] {
  if (!latestMonth) return [];
  const byMonth = new Map(used.map((entry) => [entry.snapshot.month, entry]));
  // When the latest file has an error, its error is what to fix: the month before is not judged
  // as if it were the latest.
  const latest = byMonth.get(latestMonth);
  return [
    ...used.flatMap((entry, index) => {
      // The month before in use, even across a gap: a month is prepared from the latest one.
      const previous = used[index - 1];
      return [
        ...futureMonthWarning(entry, thisMonth),
        ...staleProvisionalWarning(entry, latestMonth),
        ...(previous ? repeatedMonthWarnings(previous, entry) : []),
      ];
    }),
    ...(latest ? latestMonthWarning(latest, workstreams) : []),
  ];
}

/**
 * The latest month in the folder, used or not, from each snapshot's content and its name;
 * a month outside the years of the contract (2999-03) is not a month of the data.
 */
export function latestMonthInFolder(snapshotFiles: readonly ReadFile[]): string | undefined {
  let latest: string | undefined;
  const inYears = (month: string | undefined): month is string =>
    isMonth(month) && Number(month.slice(0, 4)) >= FIRST_YEAR && Number(month.slice(0, 4)) <= LAST_YEAR;
  for (const file of snapshotFiles) {
    // Both the month inside and the month of the name: either may be the one that is wrong.
    for (const month of [(file.data as Snapshot | undefined)?.month, monthOfFileName(file.file)]) {
      if (inYears(month) && (latest === undefined || month > latest)) latest = month;
    }
  }
  return latest;
}

/** Two files for one month: the one named after the month wins; every other is an error. */
export function duplicateMonthErrors(snapshotFiles: readonly ReadFile[]): Problem[] {
  const byMonth = new Map<string, ReadFile[]>();
  for (const file of snapshotFiles) {
    const month = (file.data as Snapshot | undefined)?.month ?? monthOfFileName(file.file);
    if (month) byMonth.set(month, [...(byMonth.get(month) ?? []), file]);
  }
  const problems: Problem[] = [];
  for (const [month, group] of byMonth) {
    if (group.length < 2) continue;
    const owner = group.find((file) => file.file === `snapshots/${month}.json`) ?? group[0]!;
    for (const file of group) {
      if (file === owner) continue;
      problems.push(problemAt(file.file, 'error', 'duplicate-month', `Two files for ${month}`, {
        path: ['month'], position: file.locate(['month']), expected: `one file for ${month} (${owner.file})`, found: 'this file as well',
      }));
    }
  }
  return problems;
}

function statusOf(problems: readonly Problem[]): FileStatus {
  return hasError(problems) ? 'error' : problems.length ? 'warnings' : 'ok';
}

function fileOrder(file: string): number {
  const order = ['site.json', 'indicators.json', 'workstreams.json', 'events.json', 'comparators.json', 'calendar.json'];
  const index = order.indexOf(file);
  return index === -1 ? order.length : index;
}
