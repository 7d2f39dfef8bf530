// The page models worked out at publication (pageModelFiles.ts), written into a site's
// data/ folder beside the publication they were made from: data/models/<publication id>/…. They
// follow the code as the drawn pages do, so every drawing writes them again, and publish-data
// writes the new publication's before its pages are drawn; once they are, the models of other
// publications go (a permalink to an earlier publication works its page out from the publication).
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MODELS_FOLDER, pageModelFile } from '../../src/domain/contract/pageModelFile.ts';
import type { Publication } from '../../src/domain/contract/publication.ts';
import { modelPageAt } from '../../src/routing/pages.ts';
import { pageModelFiles } from './pageModelFiles.ts';
import { writeAtomically } from './writeAtomically.ts';

/** The model file (in the data folder) the page drawn at a route (`/`, `targets/`) reads first, when its page has one: the latest month's. */
export function modelFileAt(route: string, publication: string): string | undefined {
  const page = modelPageAt(`/${route.replace(/^\//, '')}`);
  return page ? pageModelFile(publication, page) : undefined;
}

/** Write the publication's page models into `dataFolder`, each whole. Gives the files written, by path in the data folder. */
export function writeModelFiles(dataFolder: string, publication: Publication): Map<string, string> {
  const files = pageModelFiles(publication);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dataFolder, path)), { recursive: true });
    writeAtomically(join(dataFolder, path), text);
  }
  return files;
}

/**
 * Remove the models of every publication but `publication` from `dataFolder`: once the pages are
 * drawn for it (until then a page drawn before may still preload its own publication's model).
 */
export function removeOtherModels(dataFolder: string, publication: string): void {
  const folder = join(dataFolder, MODELS_FOLDER);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (name !== publication) rmSync(join(folder, name), { recursive: true, force: true });
  }
}
