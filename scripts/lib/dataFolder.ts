// Reading a data folder from disk, for the command line, the build and the dev server.
// The checks themselves are src/domain/contract/checks.ts: the same functions the browser runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, kindOfFile, readDataFile, type CheckOptions, type Dataset, type ReadFile } from '../../src/domain/contract/checks.ts';

/** Contract files in the folder, as paths relative to it (`site.json`, `snapshots/2017-11.json`). */
export function listDataFiles(folder: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(folder)) {
    if (kindOfFile(name) && statSync(join(folder, name)).isFile()) files.push(name);
  }
  const snapshots = join(folder, 'snapshots');
  if (existsSync(snapshots) && statSync(snapshots).isDirectory()) {
    for (const name of readdirSync(snapshots)) {
      const file = `snapshots/${name}`;
      if (kindOfFile(file) && statSync(join(snapshots, name)).isFile()) files.push(file);
    }
  }
  return files.sort();
}

export interface FolderCheck {
  folder: string;
  files: string[];
  read: ReadFile[];
  /** Each file's bytes as read, to hash for the publication. */
  bytes: Map<string, Uint8Array>;
  dataset: Dataset;
}

export function checkFolder(folder: string, options: CheckOptions = {}): FolderCheck {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`No data folder at ${folder}`);
  }
  const files = listDataFiles(folder);
  const bytes = new Map(files.map((file) => [file, new Uint8Array(readFileSync(join(folder, file)))]));
  const read = files.map((file) => readDataFile(file, bytes.get(file)!));
  return { folder, files, read, bytes, dataset: checkDataset(read, options) };
}

export interface Manifest {
  generated: string;
  files: string[];
}

/**
 * The list of raw files in the folder, for the Data page only (a static host cannot list a
 * folder): it checks them against what is published. The other pages never read raw files.
 */
export function buildManifest(files: readonly string[], generated = new Date()): Manifest {
  return { generated: generated.toISOString(), files: [...files] };
}
