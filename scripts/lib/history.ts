// A history of publications on disk, read and checked: the pointer (current.json), the
// publications (publications/<id>.json, each checked against its name, which is the hash of its
// content) and the log (publications/log.json). It lives in `published/` beside `snapshots/` in
// an officers' data folder, so a clean build cannot lose it and it is backed up with the data;
// a deployed site's data/ folder holds a copy of it, with current.json at its top.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOG_FILE,
  parsePointer,
  POINTER_FILE,
  PUBLICATIONS_FOLDER,
  isPublicationId,
  publicationFile,
  type Pointer,
  type Publication,
  type PublicationLog,
} from '../../src/domain/contract/publication.ts';
import { checkLogText } from '../../src/domain/contract/publicationIntegrity.ts';
import { disk } from './disk.ts';
import { checkPublicationFile, filesOfPublication } from './publicationFiles.ts';

/** The history's folder inside an officers' data folder. */
export const HISTORY_FOLDER = 'published';

/**
 * Where a data folder keeps its history: `published/` beside `snapshots/`; or, for a deployed
 * site's data/ folder (current.json at its top, as the build and publish-data write it), the
 * folder itself.
 */
export function historyFolderOf(dataFolder: string): string {
  const deployed = existsSync(join(dataFolder, POINTER_FILE)) && !existsSync(join(dataFolder, HISTORY_FOLDER));
  return deployed ? dataFolder : join(dataFolder, HISTORY_FOLDER);
}

export interface History {
  folder: string;
  pointer?: Pointer;
  /** Why current.json, which is there, is not a pointer. */
  pointerProblem?: string;
  /** The publication the pointer names, checked against its name. */
  live?: Publication;
  /** Why the publication the pointer names cannot be shown: missing, cut short, edited. */
  liveProblem?: string;
  /** The log as read: empty when there is none yet, or when it is damaged (see logProblem). */
  log: PublicationLog;
  /** Why log.json cannot be extended as it is: damaged, or missing while publications are kept. */
  logProblem?: string;
  /** The council the history is of: the log's, or else the live publication's site.json. */
  organisation?: string;
  /** Every publication file in the folder, by id, whatever its state. */
  ids: string[];
  /** A publication checked against its name, or undefined when it is missing or damaged. */
  publication: (id: string) => Publication | undefined;
  /** Why a publication cannot be used ("it is missing", "it is cut short …"), or undefined when it can. */
  problemOf: (id: string) => string | undefined;
}

function readBytes(file: string): Uint8Array | undefined {
  try {
    return disk.readFileSync(file);
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  const bytes = readBytes(file);
  return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
}

function publicationIds(folder: string): string[] {
  const dir = join(folder, PUBLICATIONS_FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => /^([0-9a-f]{16})\.json$/.exec(name)?.[1])
    .filter((id): id is string => isPublicationId(id))
    .sort();
}

export function readHistory(folder: string): History {
  const checked = new Map<string, Publication | string>();
  const check = (id: string): Publication | string => {
    if (!checked.has(id)) {
      const bytes = readBytes(join(folder, publicationFile(id)));
      checked.set(id, bytes === undefined ? 'it is missing' : checkPublicationFile(bytes, id));
    }
    return checked.get(id)!;
  };
  const publication = (id: string) => {
    const found = check(id);
    return typeof found === 'string' ? undefined : found;
  };
  const problemOf = (id: string) => {
    const found = check(id);
    return typeof found === 'string' ? found : undefined;
  };

  const ids = publicationIds(folder);
  const pointerText = readText(join(folder, POINTER_FILE));
  let pointer: Pointer | undefined;
  let pointerProblem: string | undefined;
  if (pointerText !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(pointerText);
    } catch {
      value = undefined;
    }
    const parsed = value === undefined ? 'it is cut short or is not JSON' : parsePointer(value);
    if (typeof parsed === 'string') pointerProblem = parsed;
    else pointer = parsed;
  }

  const logText = readText(join(folder, LOG_FILE));
  let log: PublicationLog = { publications: [] };
  let logProblem: string | undefined;
  if (logText === undefined) {
    if (ids.length > 0) logProblem = 'it is missing, though publications are kept beside it';
  } else {
    const parsed = checkLogText(logText);
    if (typeof parsed === 'string') logProblem = parsed;
    else log = parsed;
  }

  const live = pointer ? publication(pointer.publication) : undefined;
  const liveProblem = pointer ? problemOf(pointer.publication) : undefined;
  const organisation = log.organisation ?? live?.dataset.site?.organisation;
  return { folder, pointer, pointerProblem, live, liveProblem, log, logProblem, organisation, ids, publication, problemOf };
}

/** The history's files to copy beside a site, by path inside its data/ folder: every sound publication's files, the log and the pointer. */
export function historyFiles(history: History): { files: Map<string, string>; damaged: { id: string; problem: string }[] } {
  const files = new Map<string, string>();
  const damaged: { id: string; problem: string }[] = [];
  for (const id of new Set([...history.ids, ...history.log.publications.map((entry) => entry.id)])) {
    const publication = history.publication(id);
    if (publication) for (const [path, text] of filesOfPublication(publication)) files.set(path, text);
    else damaged.push({ id, problem: history.problemOf(id)! });
  }
  for (const file of [LOG_FILE, POINTER_FILE]) {
    const text = readText(join(history.folder, file));
    if (text !== undefined) files.set(file, text);
  }
  return { files, damaged };
}
