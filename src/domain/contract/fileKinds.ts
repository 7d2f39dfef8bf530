// Which file of the data folder is what, and what to say of everything else in the folder: a month
// saved as `2019-03.json.txt` (Windows hides the extension), a `snapshots/2019/` sub-folder, a
// folder named `Snapshots/`, or a month file outside `snapshots/` would otherwise vanish unread; a
// Mac's `._2019-04.json` beside a month is named for what it is (and safe to delete), never read.
import { isSafeDataPath } from './dataPaths';
import { problemAt, TOP_OF_FILE, type Problem } from './problems';
import type { FileKind } from '../schema';

const SNAPSHOT_NAME = /^snapshots\/(\d{4}-(0[1-9]|1[0-2]))\.json$/;

const TOP_FILES: Record<string, FileKind> = {
  'site.json': 'site',
  'indicators.json': 'indicators',
  'workstreams.json': 'workstreams',
  'events.json': 'events',
  'comparators.json': 'comparators',
  'calendar.json': 'calendar',
};

/**
 * Which contract file a path in the data folder is, or undefined for files the app ignores. A path
 * that would leave the folder when fetched (see dataPaths.ts) is no file of the contract, so a
 * manifest naming one is not followed.
 */
export function kindOfFile(file: string): FileKind | undefined {
  if (Object.hasOwn(TOP_FILES, file)) return TOP_FILES[file];
  // A hidden file is never a month, whatever its name: `._2019-04.json` is a Mac's metadata.
  return /^snapshots\/[^/.][^/]*\.json$/i.test(file) && isSafeDataPath(file) ? 'snapshot' : undefined;
}

/** The month a snapshot's file name promises, if it is named `YYYY-MM.json`. */
export function monthOfFileName(file: string): string | undefined {
  return SNAPSHOT_NAME.exec(file)?.[1];
}

export const REQUIRED_FILES = ['site.json', 'indicators.json', 'workstreams.json'] as const;

/**
 * What else may sit in a data folder without a word: the project's own files (README, the JSON
 * Schema, the CSV template, the DfE mapping) and what the build or publish-data writes there:
 * published/, the history of publications (written only by those commands, never an officer's
 * file), and, in a deployed site's data folder, its copy of it and the raw files' list.
 */
export const OTHER_KNOWN_ENTRIES: ReadonlySet<string> = new Set([
  'README.md',
  'benchmark-mapping.json',
  'current.json',
  'manifest.json',
  'published/',
  'publications/',
  'schema/',
  'templates/',
]);

/** One entry of the data folder as listed: a path relative to it, folders ending in `/`. */
export type FolderEntry = string;

const MONTH_IN_NAME = /(\d{4}-(0[1-9]|1[0-2]))/;

/**
 * A warning for an entry of the data folder that the dashboard does not read, saying what to do;
 * undefined for a contract file, a known project file, or a hidden file (`.gitkeep`, `.DS_Store`).
 * Entries inside a folder the dashboard does not read are not listed: the folder is named once.
 */
export function unreadEntryWarning(entry: FolderEntry): Problem | undefined {
  const isFolder = entry.endsWith('/');
  const name = isFolder ? entry.slice(0, -1) : entry;
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (base.startsWith('._') && !isFolder) {
    // AppleDouble: a Mac writes one beside each file it copies to a shared drive or USB stick.
    return problemAt(entry, 'warning', 'unread-file', `The file ${entry} is a macOS metadata file, not a month`, {
      expected: 'only the files of the contract',
      found: `a macOS metadata file (AppleDouble), left by a Mac beside ${name.slice(0, name.length - base.length)}${base.slice(2)}`,
      suggestion: 'deleting it: it holds none of your figures, and is safe to delete',
      position: TOP_OF_FILE,
    });
  }
  if (base.startsWith('.') || OTHER_KNOWN_ENTRIES.has(entry)) return undefined;
  if (!isFolder && kindOfFile(entry)) return undefined;
  if (entry === 'snapshots/') return undefined;
  const warn = (expected: string, suggestion: string) =>
    problemAt(entry, 'warning', 'unread-file', `The dashboard does not read ${isFolder ? 'the folder' : 'the file'} ${entry}`, {
      expected,
      found: isFolder ? 'a folder' : 'a file',
      suggestion,
      position: TOP_OF_FILE,
    });
  const month = MONTH_IN_NAME.exec(base)?.[1];
  if (isFolder) {
    if (name.toLowerCase() === 'snapshots') return warn('the folder snapshots/, in lower case', `renaming ${entry} to snapshots/`);
    if (name.startsWith('snapshots/')) return warn('month files directly in snapshots/, with no folders inside it', `moving its files up into snapshots/ (snapshots/YYYY-MM.json)`);
    return warn('only the files of the contract and snapshots/', `moving what ${entry} holds out of the data folder`);
  }
  if (month && /\.json\./i.test(base)) return warn(`a month file named ${month}.json`, `renaming it to snapshots/${month}.json (Windows may hide the extra extension)`);
  if (month && !name.startsWith('snapshots/')) return warn('month files in snapshots/', `moving it to snapshots/${month}.json`);
  if (month) return warn(`a month file named snapshots/${month}.json`, `renaming it to snapshots/${month}.json`);
  const contractName = Object.keys(TOP_FILES).find((known) => known.toLowerCase() === base.toLowerCase() || known === `${base}.json`);
  if (contractName) return warn(`the file ${contractName}`, `renaming it to ${contractName}`);
  return warn('only the files of the contract', `moving ${entry} out of the data folder if the dashboard is not meant to read it`);
}

/** The warnings for every entry of a folder listing the dashboard does not read. */
export function unreadEntryWarnings(entries: readonly FolderEntry[]): Problem[] {
  return entries.flatMap((entry) => unreadEntryWarning(entry) ?? []);
}
