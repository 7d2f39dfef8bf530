// What the live site reads: a publication, the checked dataset written once by the build or
// `npm run publish-data` when the data folder has no error, and a pointer naming the current one.
//
//   data/current.json                 { publication, file, published }   (switched atomically)
//   data/publications/<id>.json       { format, id, published, dataset, files }   (never changed)
//   data/publications/log.json        { publications: [{ id, published, added, changed, removed }] }
//
// The id is the first 16 hex digits of the SHA-256 of the publication's content without its id
// and time, so the same data published twice is the same file. Pages read only `dataset`: the
// checked Dataset without the raw files' baggage (no source text, no problems, only their counts).
// Pure functions only: reading and writing files is the caller's job.
import type { Snapshot } from '../schema';
import type { FileKind } from '../schema';
import { missingMonths } from '../months';
import { isSafeDataPath as isSafeRelativePath } from './dataPaths';
import { sha256Hex } from './sha256';
import { publishedContentHash } from './publishedHash';
import type { Dataset } from './dataset';

export const PUBLICATION_FORMAT = 1;
export const POINTER_FILE = 'current.json';
export const PUBLICATIONS_FOLDER = 'publications';
export const LOG_FILE = `${PUBLICATIONS_FOLDER}/log.json`;

/** A contract file as published: its name, kind, month (snapshots) and a hash of its bytes. */
export interface PublishedFile {
  file: string;
  kind: FileKind;
  month?: string;
  /**
   * A published file passed the checks ("warnings" when it had any). "error" only in the dev
   * server's and test mocks' datasets, which list a file with errors as there but left out.
   */
  status: 'ok' | 'warnings' | 'error';
  /**
   * The SHA-256 of the file's bytes; for a file whose small counts were withheld (`withheld`),
   * of its content as published instead, so that the hash cannot confirm a guess at the counts.
   */
  sha256: string;
  withheld?: true;
}

/** What a publication keeps of the checked Dataset: the contract files' content, snapshots oldest first and without errors. */
type DatasetContent = Pick<Dataset, 'site' | 'indicators' | 'workstreams' | 'events' | 'comparators' | 'calendar' | 'snapshots' | 'missingMonths'>;

/** The checked dataset every page draws from. */
export interface PublishedDataset extends DatasetContent {
  /** The files the dataset was made from (the Data page compares the raw files with them). */
  files: PublishedFile[];
  /** What the checks found when it was published. */
  checks: { files: number; errors: number; warnings: number };
}

export interface Publication {
  format: typeof PUBLICATION_FORMAT;
  id: string;
  /** When it was first published (ISO time). */
  published: string;
  dataset: PublishedDataset;
}

export interface Pointer {
  publication: string;
  file: string;
  published: string;
}

export interface LogEntry {
  id: string;
  published: string;
  /** Months, relative to the publication before it. */
  added: string[];
  changed: string[];
  removed: string[];
}

export interface PublicationLog {
  /** The council the history belongs to (site.json's organisation), written since the history lives with the data. */
  organisation?: string;
  publications: LogEntry[];
}

/** The parts of a checked Dataset (src/domain/contract/dataset.ts) a publication keeps. */
export interface CheckedForPublication extends DatasetContent {
  files: { file: string; kind: FileKind | 'other'; month?: string; status: 'ok' | 'warnings' | 'error' }[];
  problems: { severity: 'error' | 'warning' }[];
}

export interface PublishOptions {
  /** What the public site may carry of a snapshot (board/smallCounts.ts' withoutSmallCounts): the same object when nothing is withheld. */
  withhold: (snapshot: Snapshot) => Snapshot;
  /** For the dev server and test mocks only, which show a folder as it is while it is being edited. */
  leaveOutErrors?: boolean;
}

/**
 * The dataset to publish, or undefined when the checks found an error: errors are never
 * published. Each snapshot is as `withhold` leaves it. `leaveOutErrors`: files with errors left
 * out, their count kept in `checks`.
 */
export function publishedDatasetOf(checked: CheckedForPublication, hashes: ReadonlyMap<string, string>, options: PublishOptions): PublishedDataset | undefined {
  const errors = checked.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0 && !options.leaveOutErrors) return undefined;
  const snapshots = checked.snapshots.map(options.withhold);
  const withheld = new Map(snapshots.flatMap((shown, index) => (shown === checked.snapshots[index] ? [] : [[shown.month, shown] as const])));
  const files: PublishedFile[] = checked.files.flatMap((report): PublishedFile[] => {
    const shown = report.kind === 'snapshot' && report.status !== 'error' && report.month ? withheld.get(report.month) : undefined;
    if (shown) return [{ file: report.file, kind: 'snapshot', month: shown.month, status: report.status, sha256: publishedContentHash(shown), withheld: true }];
    const sha256 = hashes.get(report.file);
    // An entry that is not a contract file (its warning says so) is not part of the data.
    if (report.kind === 'other') return [];
    if (sha256 === undefined) {
      // A file that could not be read at all: an error, so only possible when leaving errors out.
      if (report.status === 'error') return [];
      throw new Error(`No hash for ${report.file}`);
    }
    return [
      {
        file: report.file,
        kind: report.kind,
        ...(report.month ? { month: report.month } : {}),
        status: report.status,
        sha256,
      },
    ];
  });
  return {
    ...(checked.site ? { site: checked.site } : {}),
    indicators: checked.indicators,
    workstreams: checked.workstreams,
    events: checked.events,
    ...(checked.comparators ? { comparators: checked.comparators } : {}),
    // The calendar the Annex A page counts with: the public site serves no officer's file, so it
    // is published (a folder without one publishes what it did before, under the same id).
    ...(checked.calendar ? { calendar: checked.calendar } : {}),
    snapshots,
    missingMonths: checked.missingMonths,
    files,
    checks: { files: files.length, errors, warnings: checked.problems.length - errors },
  };
}

/** What a publication's id is the hash of: its format and dataset, without its id and time. */
export function publicationContent(dataset: PublishedDataset): string {
  return JSON.stringify({ format: PUBLICATION_FORMAT, dataset });
}

/** The id of a dataset: the same content always has the same id, whatever the time. */
export function publicationId(dataset: PublishedDataset): string {
  return sha256Hex(publicationContent(dataset)).slice(0, 16);
}

export function publicationFile(id: string): string {
  return `${PUBLICATIONS_FOLDER}/${id}.json`;
}

export function makePublication(dataset: PublishedDataset, published: Date): Publication {
  return { format: PUBLICATION_FORMAT, id: publicationId(dataset), published: published.toISOString(), dataset };
}

export function pointerTo(publication: Pick<Publication, 'id' | 'published'>): Pointer {
  return { publication: publication.id, file: publicationFile(publication.id), published: publication.published };
}

/** A publication's file text: compact, as only programs read it. */
export function publicationText(publication: Publication): string {
  return JSON.stringify(publication);
}

export function pointerText(pointer: Pointer): string {
  return `${JSON.stringify(pointer, null, 2)}\n`;
}

export function logText(log: PublicationLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The months a publication adds, changes and removes compared with the one before it (if any). */
export function logEntryFor(newer: Publication, older: Publication | undefined, published: string = newer.published): LogEntry {
  const before = new Map((older?.dataset.snapshots ?? []).map((snapshot) => [snapshot.month, JSON.stringify(snapshot)]));
  const after = new Map(newer.dataset.snapshots.map((snapshot) => [snapshot.month, JSON.stringify(snapshot)]));
  const added = [...after.keys()].filter((month) => !before.has(month));
  const removed = [...before.keys()].filter((month) => !after.has(month));
  const changed = [...after.keys()].filter((month) => before.has(month) && before.get(month) !== after.get(month));
  return { id: newer.id, published, added, changed, removed };
}

export type PublishStep =
  | { kind: 'unchanged'; pointer: Pointer }
  | { kind: 'switch'; publication: Publication; writeFile: boolean; pointer: Pointer; log: PublicationLog; entry: LogEntry; logged: boolean };

/**
 * What publishing a dataset does, given what is already there: nothing when the pointer already
 * names the same content; otherwise write the publication (unless that content was published
 * before and its file is kept), append to the log and switch the pointer. When the log's last
 * entry is already this publication, which the pointer does not name (a run stopped after
 * writing the log, before switching the pointer: a kill cannot be caught), it is kept as it
 * is (`logged`), so that no publication is logged twice for one switch.
 */
export function planPublish(
  dataset: PublishedDataset,
  now: Date,
  current: { pointer?: Pointer; publication?: Publication; log?: PublicationLog; exists: (id: string) => Publication | undefined },
): PublishStep {
  const id = publicationId(dataset);
  if (current.pointer?.publication === id) return { kind: 'unchanged', pointer: current.pointer };
  const kept = current.exists(id);
  const publication = kept ?? makePublication(dataset, now);
  const pointer = { ...pointerTo(publication), published: now.toISOString() };
  const last = current.log?.publications.at(-1);
  if (current.log && last?.id === id) return { kind: 'switch', publication, writeFile: kept === undefined, pointer, log: current.log, entry: last, logged: true };
  const entry = logEntryFor(publication, current.publication, now.toISOString());
  const log: PublicationLog = { ...(current.log?.organisation !== undefined ? { organisation: current.log.organisation } : {}), publications: [...(current.log?.publications ?? []), entry] };
  return { kind: 'switch', publication, writeFile: kept === undefined, pointer, log, entry, logged: false };
}

/** A publication's id as the pointer and the address write it: 16 lowercase hex digits. */
export function isPublicationId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

// ---------------------------------------------------------------- reading them back

/**
 * A path the browser may fetch from the data folder: a plain relative path inside it (the rule
 * of dataPaths.ts: no `..` or `.`, no backslash, no scheme or host, no leading slash, no %, ? or #).
 */
export function isSafeDataPath(path: unknown): path is string {
  return typeof path === 'string' && isSafeRelativePath(path);
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The pointer, or a sentence saying what is wrong with it. */
export function parsePointer(value: unknown): Pointer | string {
  if (!isObject(value)) return 'it is not a JSON object';
  const { publication, file, published } = value;
  if (!isPublicationId(publication)) return 'it names no publication';
  if (!isSafeDataPath(file)) return 'the file it names is not inside the data folder';
  if (typeof published !== 'string') return 'it has no publication time';
  return { publication, file, published };
}

/** A publication, or a sentence saying what is wrong with it. Its content was checked when published. */
export function parsePublication(value: unknown, expectedId?: string): Publication | string {
  if (!isObject(value)) return 'it is not a JSON object';
  if (value.format !== PUBLICATION_FORMAT) return `it is not a publication this dashboard can read (format ${String(value.format)})`;
  if (typeof value.id !== 'string' || (expectedId !== undefined && value.id !== expectedId)) return 'it is not the publication the pointer names';
  if (typeof value.published !== 'string') return 'it has no publication time';
  const dataset = value.dataset;
  if (!isObject(dataset) || !Array.isArray(dataset.snapshots) || !Array.isArray(dataset.indicators) || !Array.isArray(dataset.files)) return 'it has no dataset';
  return value as unknown as Publication;
}

/** The dataset with one previewed snapshot in place of its month (or added), for preview. */
export function withPreviewSnapshot(dataset: PublishedDataset, snapshot: Snapshot): PublishedDataset {
  const snapshots = [...dataset.snapshots.filter((other) => other.month !== snapshot.month), snapshot].sort((a, b) => (a.month < b.month ? -1 : 1));
  return { ...dataset, snapshots, missingMonths: missingMonths(snapshots.map((other) => other.month)) };
}
