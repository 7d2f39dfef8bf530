// The page models worked out at publication (src/data/pageModelFiles.ts), written into a site's
// data/ folder beside the publication they were made from: data/models/<publication id>/…. They
// follow the code as the drawn pages do, so every drawing writes them again; the models of other
// publications go (a permalink to an earlier publication works its page out from the publication).
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MODELS_FOLDER } from '../../src/domain/contract/pageModelFile.ts';
import { writeAtomically } from './writeAtomically.ts';

/** Write `files` (by path in the data folder) into `dataFolder`, each whole, and remove the models of any publication but `publication`. */
export function writeModelFiles(dataFolder: string, publication: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dataFolder, path)), { recursive: true });
    writeAtomically(join(dataFolder, path), text);
  }
  const folder = join(dataFolder, MODELS_FOLDER);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (name !== publication) rmSync(join(folder, name), { recursive: true, force: true });
  }
}
