// Publishing a checked data folder on disk: the publication file, the log and, last, the pointer,
// each written by temporary file and rename (writeAtomically). The format and the decisions are
// src/domain/contract/publication.ts; this file only reads and writes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOG_FILE,
  parsePointer,
  parsePublication,
  planPublish,
  POINTER_FILE,
  publicationFile,
  publishedDatasetOf,
  PUBLICATIONS_FOLDER,
  logText,
  pointerText,
  publicationText,
  type Pointer,
  type Publication,
  type PublicationLog,
  type PublishedDataset,
  type PublishStep,
} from '../../src/domain/contract/publication.ts';
import type { FolderCheck } from './dataFolder.ts';
import { writeAtomically } from './writeAtomically.ts';

/** The SHA-256 of every file read (node:crypto agrees with the browser's sha256Hex: a unit test says so). */
export function hashesOf(check: FolderCheck): Map<string, string> {
  return new Map([...check.bytes].map(([file, bytes]) => [file, createHash('sha256').update(bytes).digest('hex')]));
}

/** The dataset a publication of this folder would hold, or undefined when it has errors. */
export function datasetToPublish(check: FolderCheck): PublishedDataset | undefined {
  return publishedDatasetOf(check.dataset, hashesOf(check));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export interface PublishedState {
  pointer?: Pointer;
  publication?: Publication;
  log?: PublicationLog;
  exists: (id: string) => Publication | undefined;
}

/** What a data folder (deployed, or dist/data before a rebuild) has already published. */
export function readPublishedState(dataFolder: string): PublishedState {
  const pointerValue = existsSync(join(dataFolder, POINTER_FILE)) ? parsePointer(readJson(join(dataFolder, POINTER_FILE))) : undefined;
  const pointer = typeof pointerValue === 'object' ? pointerValue : undefined;
  const exists = (id: string): Publication | undefined => {
    const file = join(dataFolder, publicationFile(id));
    if (!existsSync(file)) return undefined;
    const publication = parsePublication(readJson(file), id);
    return typeof publication === 'object' ? publication : undefined;
  };
  const logValue = readJson(join(dataFolder, LOG_FILE)) as PublicationLog | undefined;
  const log = logValue && Array.isArray(logValue.publications) ? logValue : undefined;
  return { pointer, publication: pointer ? exists(pointer.publication) : undefined, log, exists };
}

/** Every publication file of a folder that is kept, by id (for a rebuild to carry them over). */
export function keptPublications(state: PublishedState): Publication[] {
  const ids = new Set([...(state.log?.publications ?? []).map((entry) => entry.id), ...(state.pointer ? [state.pointer.publication] : [])]);
  return [...ids].flatMap((id) => state.exists(id) ?? []);
}

/**
 * Publish into a data folder: write the publication (if new), then the log, then switch the
 * pointer. A visitor reading at any moment finds the old pointer (and its publication, which is
 * never removed) or the new one, whose file is already complete.
 */
export function publishInto(dataFolder: string, dataset: PublishedDataset, now = new Date()): PublishStep {
  const step = planPublish(dataset, now, readPublishedState(dataFolder));
  if (step.kind === 'unchanged') return step;
  mkdirSync(join(dataFolder, PUBLICATIONS_FOLDER), { recursive: true });
  if (step.writeFile) writeAtomically(join(dataFolder, publicationFile(step.publication.id)), publicationText(step.publication));
  writeAtomically(join(dataFolder, LOG_FILE), logText(step.log));
  writeAtomically(join(dataFolder, POINTER_FILE), pointerText(step.pointer));
  return step;
}
