// The Data page's work, run in a Web Worker (rawCheck.worker.ts) so the page stays responsive:
// fetch every raw file of the data folder, check them all with the same checks as the command
// line and the build, and compare each with its published copy by SHA-256. Also checks a file an
// officer chooses to preview, against the raw files just read. Only plain data crosses back.
import { checkDataset, type FileReport } from '../domain/contract/dataset';
import { kindOfFile, monthOfFileName } from '../domain/contract/fileKinds';
import { readDataFile, type ReadFile } from '../domain/contract/readFile';
import { snapshotFromCsv } from '../domain/contract/csvImport';
import { problemsAtCsv } from '../domain/contract/csvLocate';
import { decodeSpreadsheetText } from '../domain/contract/decodeText';
import type { IndicatorsFile } from '../domain/schema';
import type { Problem } from '../domain/contract/problems';
import { isSafeDataPath, type PublishedFile } from '../domain/contract/publication';
import { publishedContentHash } from '../domain/contract/publishedHash';
import { withoutSmallCounts } from '../domain/board/smallCounts';
import { sha256Hex } from '../domain/contract/sha256';
import { isMonth } from '../domain/months';
import type { Snapshot } from '../domain/schema';

/** How a raw file stands against the publication the site shows. */
export type Publishing = 'published' | 'changed' | 'not-published' | 'removed';

export interface RawFileReport extends FileReport {
  publishing: Publishing;
}

export interface RawCheckResult {
  files: RawFileReport[];
  /** Problems about the folder as a whole (missing months), not about one file. */
  folderProblems: Problem[];
  missingMonths: string[];
  errors: number;
  warnings: number;
}

export interface RawCheckRequest {
  /** The data folder's absolute URL, ending in `/`. */
  dataBase: string;
  /** The raw files the folder lists (manifest.json). */
  files: string[];
  /** The files of the publication the site shows. */
  published: PublishedFile[];
  /** How long one file may take before it counts as failed. */
  timeoutMs: number;
  /** What only the folder's reader on disk could see (unreadable files, entries not read): from manifest.json. */
  folderProblems?: Problem[];
}

export type Progress = (checked: number, total: number) => void;

export interface PreviewRequest {
  name: string;
  bytes: Uint8Array;
  csvMonth: string;
}

export type PreviewResult =
  | { kind: 'unreadable'; message: string }
  | { kind: 'checked'; file: string; problems: Problem[]; snapshot?: Snapshot };

const PARALLEL = 6;

/** The raw files as last read, for checking a preview against them. */
let lastRead: ReadFile[] = [];

export async function checkRawFiles(request: RawCheckRequest, progress: Progress, fetchImpl: typeof fetch = fetch): Promise<RawCheckResult> {
  const publishedBy = new Map(request.published.map((file) => [file.file, file]));
  const names = [...new Set([...request.files, ...request.published.map((file) => file.file)])].filter(isSafeDataPath);
  const read: ReadFile[] = [];
  const absent: Problem[] = [];
  const publishing = new Map<string, Publishing>();
  let checked = 0;
  progress(0, names.length);

  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const file = names[next++]!;
      const outcome = await fetchRaw(fetchImpl, request.dataBase, file, request.timeoutMs);
      const published = publishedBy.get(file);
      if (outcome.kind === 'bytes') {
        read.push(readDataFile(file, outcome.bytes));
        // A file published with small counts withheld is compared once checked, by its content as published.
        if (!published?.withheld) publishing.set(file, !published ? 'not-published' : sha256Hex(outcome.bytes) === published.sha256 ? 'published' : 'changed');
      } else if (outcome.status === 404 && published) {
        publishing.set(file, 'removed');
      } else {
        publishing.set(file, published ? 'changed' : 'not-published');
        absent.push({ severity: 'error', code: 'fetch-failed', file, line: 1, column: 1, message: 'Could not load the file', expected: 'the file from the server', found: outcome.reason });
      }
      progress(++checked, names.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, names.length) }, worker));

  read.sort((a, b) => (a.file < b.file ? -1 : 1));
  lastRead = read;
  const dataset = checkDataset(read, {}, [...(request.folderProblems ?? []), ...absent]);
  for (const published of request.published.filter((file) => file.withheld && !publishing.has(file.file))) {
    const snapshot = dataset.snapshots.find((each) => each.month === published.month);
    publishing.set(published.file, snapshot && publishedContentHash(withoutSmallCounts(snapshot)) === published.sha256 ? 'published' : 'changed');
  }
  const inFiles = new Set(dataset.files.map((file) => file.file));
  const files: RawFileReport[] = dataset.files.map((report) => ({ ...report, publishing: publishing.get(report.file) ?? 'not-published' }));
  // A published file no longer on the server: listed, so the officer knows the next publication drops it.
  for (const [file, state] of publishing) {
    if (state === 'removed' && !inFiles.has(file)) {
      const published = publishedBy.get(file)!;
      files.push({ file, kind: published.kind, status: 'ok', month: published.month, problems: [], publishing: 'removed' });
    }
  }
  const problems = files.flatMap((file) => file.problems);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const folderProblems = dataset.problems.filter((problem) => !inFiles.has(problem.file));
  return { files, folderProblems, missingMonths: dataset.missingMonths, errors, warnings: problems.length - errors + folderProblems.length };
}

type Fetched = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'failed'; status?: number; reason: string };

async function fetchRaw(fetchImpl: typeof fetch, base: string, file: string, timeoutMs: number): Promise<Fetched> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchImpl(new URL(file, base).toString(), { cache: 'no-cache', signal: timeout });
    if (!response.ok) return { kind: 'failed', status: response.status, reason: `the server answered ${response.status}` };
    return { kind: 'bytes', bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { kind: 'failed', reason: timeout.aborted ? `no answer within ${timeoutMs / 1000} seconds` : `the request failed (${(error as Error).message})` };
  }
}

/**
 * Where the raw files are not served (the public site), a preview is checked against the
 * published dataset's own files instead (contract/publishedFiles.ts).
 */
export function checkAgainstPublished(files: { file: string; text: string }[]): void {
  lastRead = files.map((file) => readDataFile(file.file, file.text));
}

/** Where a chosen file would be published: snapshots/<its name>, or snapshots/<month>.json. */
function publishedName(name: string, month: string | undefined): string {
  const asNamed = `snapshots/${name}`;
  if (monthOfFileName(asNamed)) return asNamed;
  return month && isMonth(month) ? `snapshots/${month}.json` : asNamed;
}

/** Check a file an officer chose, with every raw file beside it, as publishing it would. */
export function checkPreview(request: PreviewRequest): PreviewResult {
  const { name, bytes, csvMonth } = request;
  let read: ReadFile;
  if (/\.csv$/i.test(name)) {
    const month = csvMonth || /(\d{4}-\d{2})/.exec(name)?.[1];
    if (!month || !isMonth(month)) {
      return { kind: 'unreadable', message: `To preview ${name}, enter the month it reports (YYYY-MM) first, or name the file after its month.` };
    }
    const catalogue = lastRead.find((other) => other.file === 'indicators.json')?.data as IndicatorsFile | undefined;
    const converted = snapshotFromCsv(bytes, month, name, catalogue?.indicators ?? []);
    if (!converted.ok) return { kind: 'checked', file: `snapshots/${month}.json`, problems: converted.problems };
    const csvRead = readDataFile(`snapshots/${month}.json`, JSON.stringify(converted.snapshot, null, 2));
    // As npm run import does: the snapshot's problems at the CSV's own lines and columns.
    const decoded = decodeSpreadsheetText(bytes);
    const own = checkDataset([...lastRead.filter((other) => other.file !== csvRead.file), csvRead]).problems.filter((problem) => problem.file === csvRead.file);
    const problems = [...converted.warnings, ...problemsAtCsv(own, decoded.ok ? decoded.text : '', name)];
    const usable = !problems.some((problem) => problem.severity === 'error');
    return { kind: 'checked', file: csvRead.file, problems, ...(usable ? { snapshot: csvRead.data as Snapshot } : {}) };
  } else if (name.startsWith('._')) {
    return { kind: 'unreadable', message: `${name} is a macOS metadata file (a Mac leaves one beside each file it copies to a shared drive), not a month: it is safe to delete. Choose ${name.slice(2)} itself.` };
  } else if (!/\.json$/i.test(name) || !kindOfFile(publishedName(name, undefined))) {
    return { kind: 'unreadable', message: `${name} is not a file the dashboard reads: choose a month's JSON file (2019-04.json), a CSV export, or an Excel workbook (.xlsx).` };
  } else {
    const first = readDataFile(publishedName(name, undefined), bytes);
    const month = (first.data as { month?: string } | undefined)?.month;
    read = readDataFile(publishedName(name, month), bytes);
  }
  const others = lastRead.filter((other) => other.file !== read.file);
  const dataset = checkDataset([...others, read]);
  const problems = dataset.problems.filter((problem) => problem.file === read.file);
  const usable = !problems.some((problem) => problem.severity === 'error') && read.kind === 'snapshot';
  return { kind: 'checked', file: read.file, problems, ...(usable ? { snapshot: read.data as Snapshot } : {}) };
}
