// Reading a data folder from disk, for the command line, the build and the dev server.
// The checks themselves are in src/domain/contract/: the same functions the browser runs. What only
// the disk can tell is found here: a file that cannot be opened (a broken link, no permission) is
// one error on that file, and every other file is still checked; an entry the dashboard does not
// read (`2019-03.json.txt`, `snapshots/2019/`, `Snapshots/`) is a warning saying what to do. A
// file that is a link to a file outside the folder is refused by name: what is published is what
// is in the folder (the folder's own location may itself be a link).
import { closeSync, existsSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative as relativePath, isAbsolute } from 'node:path';
import { checkDataset, type CheckOptions, type Dataset } from '../../src/domain/contract/dataset.ts';
import { kindOfFile, unreadEntryWarnings } from '../../src/domain/contract/fileKinds.ts';
import { problemAt, TOP_OF_FILE, type Problem } from '../../src/domain/contract/problems.ts';
import { readDataFile, type ReadFile } from '../../src/domain/contract/readFile.ts';

export interface FolderSurvey {
  /** Contract files that could be opened, relative to the folder (`site.json`, `snapshots/2017-11.json`). */
  readable: string[];
  /** Contract files that could not be opened, each with its error. */
  unreadable: Problem[];
  /** Everything else in the folder, folders ending in `/`. */
  others: string[];
}

/** Why a file cannot be opened, in words, from Node's error code. */
export function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'a link to a file that does not exist (a broken link)';
    case 'EACCES':
    case 'EPERM':
      return 'a file without permission to read it';
    case 'ELOOP':
      return 'a link that leads back to itself';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return `a file that cannot be opened (${code ?? (error as Error | undefined)?.message ?? 'unknown reason'})`;
  }
}

function unreadableError(file: string, error: unknown): Problem {
  return problemAt(file, 'error', 'unreadable-file', 'The file cannot be read', {
    expected: 'a file the dashboard can open',
    found: describeOpenError(error),
    suggestion: 'replacing it with the file itself (not a link), readable by everyone who builds the site',
    position: TOP_OF_FILE,
  });
}

function outsideError(file: string, target: string): Problem {
  return problemAt(file, 'error', 'link-outside-folder', 'The file is a link to a file outside the data folder', {
    expected: 'the file itself, inside the data folder',
    found: `a link to ${target}`,
    suggestion: 'copying the file into the data folder in place of the link',
    position: TOP_OF_FILE,
  });
}

/** Where a file really is, when that is outside `root` (the folder's real path); undefined when inside, or when it cannot be told. */
function outsideTarget(root: string, absolute: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return undefined;
  }
  const inside = relativePath(root, target);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? target : undefined;
}

function statOrError(path: string): Stats | { error: unknown } {
  try {
    return statSync(path);
  } catch (error) {
    return { error };
  }
}

/** Every entry of the folder and of its snapshots/, sorted into readable, unreadable and other. */
export function surveyFolder(folder: string): FolderSurvey {
  const survey: FolderSurvey = { readable: [], unreadable: [], others: [] };
  const root = realpathSync(folder);
  const visit = (relative: string, absolute: string, inSnapshots: boolean) => {
    const stats = statOrError(absolute);
    const isContract = kindOfFile(relative) !== undefined;
    if ('error' in stats) {
      if (isContract) survey.unreadable.push(unreadableError(relative, stats.error));
      else survey.others.push(relative);
    } else if (stats.isDirectory()) {
      if (!inSnapshots && relative === 'snapshots') {
        for (const name of readdirSync(absolute)) visit(`snapshots/${name}`, join(absolute, name), true);
      } else survey.others.push(`${relative}/`);
    } else if (isContract) {
      const outside = outsideTarget(root, absolute);
      if (outside !== undefined) {
        survey.unreadable.push(outsideError(relative, outside));
        return;
      }
      try {
        // Opening is the only sure test of permission (root reads anything; ACLs exist).
        closeSync(openSync(absolute, 'r'));
        survey.readable.push(relative);
      } catch (error) {
        survey.unreadable.push(unreadableError(relative, error));
      }
    } else survey.others.push(relative);
  };
  for (const name of readdirSync(folder)) visit(name, join(folder, name), false);
  survey.readable.sort();
  survey.others.sort();
  return survey;
}

/** Contract files in the folder that can be read, as paths relative to it. */
export function listDataFiles(folder: string): string[] {
  return surveyFolder(folder).readable;
}

export interface FolderCheck {
  folder: string;
  /** Every contract file in the folder, read or not. */
  files: string[];
  read: ReadFile[];
  /** Each readable file's bytes as read. */
  bytes: Map<string, Uint8Array>;
  /** Problems of the folder itself: unreadable files (errors), entries not read (warnings). */
  folderProblems: Problem[];
  dataset: Dataset;
}

export function checkFolder(folder: string, options: CheckOptions = {}): FolderCheck {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`No data folder at ${folder}`);
  }
  const survey = surveyFolder(folder);
  const read: ReadFile[] = [];
  const bytes = new Map<string, Uint8Array>();
  const unreadable = [...survey.unreadable];
  for (const file of survey.readable) {
    try {
      const content = new Uint8Array(readFileSync(join(folder, file)));
      bytes.set(file, content);
      read.push(readDataFile(file, content));
    } catch (error) {
      unreadable.push(unreadableError(file, error));
    }
  }
  const folderProblems = [...unreadable, ...unreadEntryWarnings(survey.others)];
  const files = [...survey.readable, ...survey.unreadable.map((problem) => problem.file)].sort();
  return { folder, files, read, bytes, folderProblems, dataset: checkDataset(read, options, folderProblems) };
}

export interface Manifest {
  generated: string;
  files: string[];
  /** Problems of the folder the browser cannot see for itself (unreadable files, entries not read). */
  problems?: Problem[];
}

/** The manifest the browser reads to know which files to fetch: every contract file present. */
export function buildManifest(files: readonly string[], generated = new Date(), problems: readonly Problem[] = []): Manifest {
  return { generated: generated.toISOString(), files: [...files], ...(problems.length ? { problems: [...problems] } : {}) };
}
