// Publishing a checked data folder into a history folder (published/, or a deployed site's data/):
// the publication's files, then the log, then, last, the pointer. The format and the decisions
// are src/domain/contract/publication.ts; what the public site may carry of a snapshot is
// src/domain/board/smallCounts.ts. This file reads, plans against what is really on disk, and
// writes: every file whole or not at all (writeAtomically), each publication read back and checked
// against its name before the pointer is switched to it, the log only ever extended. It runs
// under the folder's publish lock (publishLock.ts), re-reading the folder once it holds it.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withoutSmallCounts } from '../../src/domain/board/smallCounts.ts';
import {
  LOG_FILE,
  logText,
  makePublication,
  planPublish,
  pointerText,
  POINTER_FILE,
  publicationFile,
  publishedDatasetOf,
  PUBLICATIONS_FOLDER,
  type LogEntry,
  type Pointer,
  type Publication,
  type PublicationLog,
  type PublishedDataset,
} from '../../src/domain/contract/publication.ts';
import { checkLogText, isAppendOf, rebuildLog } from '../../src/domain/contract/publicationIntegrity.ts';
import type { FolderCheck } from './dataFolder.ts';
import { disk } from './disk.ts';
import { readHistory, type History } from './history.ts';
import { checkPublicationFile, filesOfPublication, removeLeftovers, sha256Node, writePublicationFiles } from './publicationFiles.ts';
import type { HeldLock } from './publishLock.ts';
import { freeSpace, sizeInWords, WriteFailure, writeAtomically } from './writeAtomically.ts';

/** The SHA-256 of every file read (node:crypto agrees with the browser's sha256Hex: a unit test says so). */
export function hashesOf(check: FolderCheck): Map<string, string> {
  return new Map([...check.bytes].map(([file, bytes]) => [file, sha256Node(bytes)]));
}

/**
 * The dataset a publication of this folder would hold, as the public site may carry it (small
 * counts withheld), or undefined when it has errors. `leaveOutErrors`: the dev server's dataset,
 * files with errors left out, so the app stays usable while an officer fixes a file.
 */
export function datasetToPublish(check: FolderCheck, options: { leaveOutErrors?: boolean } = {}): PublishedDataset | undefined {
  return publishedDatasetOf(check.dataset, hashesOf(check), { withhold: withoutSmallCounts, ...options });
}

/** A history naming another council than the folder's site.json: never mixed. */
export class CouncilMismatch extends Error {
  constructor(folder: string, history: string, site: string) {
    super(
      `${folder} holds the publications of ${history}, but site.json names ${site}. One council's figures are never published into another's history: build or publish ${site} with its own data folder (a new folder starts a new history), or, if this is ${history} under a new name, move ${folder} aside to start a new history and keep it as the record of what was published before.`,
    );
    this.name = 'CouncilMismatch';
  }
}

export function assertSameCouncil(history: Pick<History, 'folder' | 'organisation'>, organisation: string | undefined): void {
  if (history.organisation !== undefined && organisation !== undefined && history.organisation !== organisation) {
    throw new CouncilMismatch(history.folder, history.organisation, organisation);
  }
}

export type PublishStep =
  | { kind: 'unchanged'; publication: Publication; pointer: Pointer }
  | { kind: 'repaired'; publication: Publication; pointer: Pointer }
  | { kind: 'switch'; publication: Publication; pointer: Pointer; entry: LogEntry; log: PublicationLog };

export interface PublishResult {
  step: PublishStep;
  /** What was found wrong and put right, or kept aside, in sentences for the command to say. */
  notes: string[];
}

const stamp = (now: Date) => now.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');

/** Keep a damaged log aside under a dated name and start again from the publications kept: never a shorter log in silence. */
function recoverLog(history: History, now: Date, organisation: string | undefined, notes: string[]): PublicationLog {
  const sound = history.ids.flatMap((id) => history.publication(id) ?? []);
  const rebuilt = rebuildLog(sound, organisation ?? history.organisation);
  const logPath = join(history.folder, LOG_FILE);
  if (existsSync(logPath)) {
    const aside = join(history.folder, PUBLICATIONS_FOLDER, `log.damaged-${stamp(now)}.json`);
    disk.renameSync(logPath, aside);
    notes.push(`${logPath} was damaged (${history.logProblem}): kept as ${aside}, and the log made again from the ${sound.length} publication${sound.length === 1 ? '' : 's'} kept beside it.`);
  } else {
    notes.push(`${logPath} was missing: made again from the ${sound.length} publication${sound.length === 1 ? '' : 's'} kept beside it.`);
  }
  return rebuilt;
}

/** What a run stopped part way left behind and this one removed, in a sentence (none for nothing). */
export function leftoversWords(removed: readonly string[]): string[] {
  if (removed.length === 0) return [];
  return [`Removed ${removed.length === 1 ? 'a file' : `${removed.length} files`} left half-written by a run that was stopped part way (never under a published name): ${removed.join(', ')}.`];
}

/** Refuse, before anything is written, when the files cannot fit: and say how much they need. */
function assertRoom(folder: string, files: readonly string[]): void {
  const free = freeSpace(folder);
  if (free === undefined) return;
  let block = 4096;
  try {
    block = Number(disk.statfsSync(folder).bsize) || block;
  } catch {
    // The size a file takes on disk is then a guess of 4 KB blocks.
  }
  const needed = files.reduce((sum, text) => sum + Math.ceil(Buffer.byteLength(text) / block + 1) * block, 0);
  if (needed > free) {
    throw new WriteFailure(folder, needed, true, `not enough space in ${folder}: publishing needs ${sizeInWords(needed)} and ${sizeInWords(free)} is free there`);
  }
}

export interface PublishOptions {
  now?: Date;
  /** site.json's organisation: the council the history must belong to. */
  organisation?: string;
  /** When the folder was checked: the pointer never moves back to a state older than the live one's. */
  checkedAt?: Date;
  lock?: HeldLock;
}

/**
 * Publish into a history folder: write the publication's files (if new, or to repair a damaged
 * one), then the log, then switch the pointer. A visitor reading at any moment finds the old
 * pointer (and its publication, never removed) or the new one, whose files are already complete
 * and checked. On a failure, nothing this run added is left under a final name.
 */
export function publishInto(folder: string, dataset: PublishedDataset, options: PublishOptions = {}): PublishResult {
  const now = options.now ?? new Date();
  mkdirSync(join(folder, PUBLICATIONS_FOLDER), { recursive: true });
  const history = readHistory(folder);
  assertSameCouncil(history, options.organisation);
  const notes: string[] = leftoversWords(removeLeftovers(folder));
  const organisation = options.organisation ?? history.organisation;
  const pointerPath = join(folder, POINTER_FILE);
  if (history.pointer && options.checkedAt && Date.parse(history.pointer.published) > options.checkedAt.getTime()) {
    throw new Error(`${pointerPath} was switched at ${history.pointer.published}, after this run checked the folder (${options.checkedAt.toISOString()}): another publisher was quicker. Nothing was changed; run again to publish the folder as it is now.`);
  }
  if (history.pointerProblem) notes.push(`${pointerPath} was damaged (${history.pointerProblem}): the site was down.`);
  const log: PublicationLog = history.logProblem ? recoverLog(history, now, organisation, notes) : { ...history.log, ...(organisation !== undefined ? { organisation } : {}) };
  const plan = planPublish(dataset, now, { pointer: history.pointer, publication: history.live, log, exists: history.publication });

  if (plan.kind === 'unchanged') {
    if (history.live) return { step: { kind: 'unchanged', publication: history.live, pointer: plan.pointer }, notes };
    // The pointer names these very figures, but their file is missing or damaged: write it again.
    const first = log.publications.find((entry) => entry.id === plan.pointer.publication)?.published ?? plan.pointer.published;
    const publication = makePublication(dataset, new Date(first));
    assertRoom(folder, [...filesOfPublication(publication).values()]);
    writePublicationFiles(folder, publication, []);
    notes.push(`${join(folder, publicationFile(publication.id))}, the publication the site shows, ${history.liveProblem}: the site was down. It is written again from the folder, whose figures are the same.`);
    return { step: { kind: 'repaired', publication, pointer: plan.pointer }, notes };
  }

  if (history.pointer && history.liveProblem) {
    notes.push(`${join(folder, publicationFile(history.pointer.publication))}, the publication the site showed, ${history.liveProblem}: the site was down. The folder's figures differ from it, so they are published as a new publication.`);
  }
  const files = plan.writeFile ? filesOfPublication(plan.publication) : new Map<string, string>();
  const newLog = logText(plan.log);
  const newPointer = pointerText(plan.pointer);
  assertRoom(folder, [...files.values(), newLog, newPointer]);

  const created: string[] = [];
  const logPath = join(folder, LOG_FILE);
  const backup = `${logPath}.${process.pid}.before`;
  let logReplaced = false;
  try {
    if (plan.writeFile) writePublicationFiles(folder, plan.publication, created);
    options.lock?.assertHeld();
    if (!plan.logged) {
      if (existsSync(logPath)) disk.linkSync(logPath, backup);
      writeAtomically(logPath, newLog, { verify: (bytes) => verifyLog(bytes, log, plan.entry) });
      logReplaced = true;
    }
    // The pointer moves only to a publication sound on disk, by a run that still holds the lock.
    const onDisk = checkPublicationFile(disk.readFileSync(join(folder, publicationFile(plan.publication.id))), plan.publication.id);
    if (typeof onDisk === 'string') throw new Error(`${join(folder, publicationFile(plan.publication.id))} ${onDisk}, so ${pointerPath} was not switched to it`);
    options.lock?.assertHeld();
    writeAtomically(pointerPath, newPointer, { verify: (bytes) => (Buffer.from(bytes).toString('utf8') === newPointer ? undefined : 'it is not the pointer written') });
  } catch (error) {
    if (logReplaced && existsSync(backup)) disk.renameSync(backup, logPath);
    else if (logReplaced) disk.rmSync(logPath, { force: true });
    for (const file of created) disk.rmSync(file, { force: true });
    throw error;
  } finally {
    disk.rmSync(backup, { force: true });
  }
  return { step: { kind: 'switch', publication: plan.publication, pointer: plan.pointer, entry: plan.entry, log: plan.log }, notes };
}

function verifyLog(bytes: Uint8Array, before: PublicationLog, entry: LogEntry): string | undefined {
  const written = checkLogText(Buffer.from(bytes).toString('utf8'));
  if (typeof written === 'string') return `the log ${written}`;
  return isAppendOf(written, before, entry) ? undefined : 'the log is not the one before it with the new entry added';
}
