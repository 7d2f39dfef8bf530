// The files that belong to a publication, in one place: the publication itself, and any file the
// pages read beside it (add it to filesOfPublication). Publishing writes them, a build copies them
// into dist/data/, publish-data --to copies them to a site: each written whole and checked once
// read back (a publication against its name, the SHA-256 of its content) before any pointer
// names it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_FILE, POINTER_FILE, publicationFile, PUBLICATIONS_FOLDER, publicationText, type Publication } from '../../src/domain/contract/publication.ts';
import { checkPublicationBytes } from '../../src/domain/contract/publicationIntegrity.ts';
import { disk } from './disk.ts';
import { TEMPORARY_NAME, writeAtomically } from './writeAtomically.ts';

/** SHA-256 by node:crypto (it agrees with contract/sha256.ts, a unit test says so, and is many times faster). */
export const sha256Node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A publication file's bytes checked against its name: the publication, or why it is not the one published. */
export function checkPublicationFile(bytes: Uint8Array, id: string): Publication | string {
  return checkPublicationBytes(bytes, id, sha256Node);
}

/** Every file that belongs to a publication, by path in a history folder or a site's data/ folder. */
export function filesOfPublication(publication: Publication): Map<string, string> {
  return new Map([[publicationFile(publication.id), publicationText(publication)]]);
}

/** The check of a publication's bytes once read back: it must hash to its name. */
function publicationVerifier(id: string): (bytes: Uint8Array) => string | undefined {
  return (bytes) => {
    const checked = checkPublicationFile(bytes, id);
    return typeof checked === 'string' ? checked : undefined;
  };
}

/**
 * Write a publication's files into `folder`, each checked once read back (the publication against
 * its name, any other byte for byte); the files new to the folder are added to `created`, for
 * taking away again if the run fails later.
 */
export function writePublicationFiles(folder: string, publication: Publication, created: string[] = []): void {
  for (const [path, text] of filesOfPublication(publication)) {
    const file = join(folder, path);
    const isNew = !existsSync(file);
    writeAtomically(file, text, { verify: path === publicationFile(publication.id) ? publicationVerifier(publication.id) : undefined });
    if (isNew) created.push(file);
  }
}

/** Whether `path` (in a history or a site's data/ folder) is a file publishing writes: the pointer, a deployed site's list of files, the log, a publication. */
function isPublishedPath(path: string): boolean {
  if (path === POINTER_FILE || path === 'manifest.json' || path === LOG_FILE) return true;
  return path.startsWith(`${PUBLICATIONS_FOLDER}/`) && /^[0-9a-f]{16}\.json$/.test(path.slice(PUBLICATIONS_FOLDER.length + 1));
}

/**
 * Remove what a publishing run killed part way left in `folder` (a kill cannot be caught, so it
 * cannot clean up): writeAtomically's temporary files of the files publishing writes, and the
 * log's link kept while it was replaced (`log.json.<process id>.before`). Never under a final
 * name, they are nobody's figures; only a run that holds the folder's publish lock calls this,
 * so no other run is writing them. Gives the paths removed.
 */
export function removeLeftovers(folder: string): string[] {
  const removed: string[] = [];
  for (const sub of ['', PUBLICATIONS_FOLDER]) {
    const dir = join(folder, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const kept = TEMPORARY_NAME.exec(name)?.[1] ?? /^(log\.json)\.\d+\.before$/.exec(name)?.[1];
      if (kept === undefined || !isPublishedPath(sub ? `${sub}/${kept}` : kept)) continue;
      disk.rmSync(join(dir, name), { force: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}
