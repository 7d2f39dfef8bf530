// Bringing a site's data/ folder up to date from a history (publish-data --to): the public site
// keeps no officers' files, only the publications, the log and the pointer, copied from the
// officers' published/ folder. Each publication is written whole and checked against its name,
// the log before the pointer, the pointer last. A site that shows a publication the history does
// not have (published from another folder, or later) is never taken back to an older one, and a
// site's log is never shortened.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_FILE, logText, POINTER_FILE, pointerText, publicationFile, PUBLICATIONS_FOLDER } from '../../src/domain/contract/publication.ts';
import { publicationFeed } from '../../src/domain/present/publicationFeed.ts';
import { readHistory, type History } from './history.ts';
import { disk } from './disk.ts';
import { assertSameCouncil, leftoversWords } from './publishFolder.ts';
import { removeLeftovers, writePublicationFiles } from './publicationFiles.ts';
import type { HeldLock } from './publishLock.ts';
import { writeAtomically } from './writeAtomically.ts';

export interface SiteCopy {
  /** Publications written to the site: new there, or repaired. */
  copied: string[];
  notes: string[];
}

const entryKey = (entry: { id: string; published: string }) => `${entry.id} ${entry.published}`;

/** Why the site cannot take this history without going back or losing its record, or undefined. */
function refusal(history: History, site: History): string | undefined {
  const known = new Set(history.log.publications.map(entryKey));
  if (site.pointer && site.live && !history.log.publications.some((entry) => entry.id === site.pointer!.publication)) {
    return `${site.folder} shows publication ${site.pointer.publication} (switched ${site.pointer.published}), which ${history.folder} does not have: it was published from another folder. Publishing from here would take the site back to older figures. Publish from the folder that published it, or copy its published/ folder here first.`;
  }
  const lost = site.log.publications.filter((entry) => !known.has(entryKey(entry)));
  if (lost.length > 0) {
    return `${join(site.folder, LOG_FILE)} records ${lost.length} publication${lost.length === 1 ? '' : 's'} that ${join(history.folder, LOG_FILE)} does not (${lost.map((entry) => entry.id).join(', ')}): publishing from here would shorten the site's record. Publish from the folder that published them.`;
  }
  return undefined;
}

export function copyHistoryInto(history: History, siteData: string, lock?: HeldLock): SiteCopy {
  mkdirSync(join(siteData, PUBLICATIONS_FOLDER), { recursive: true });
  const site = readHistory(siteData);
  assertSameCouncil(site, history.organisation);
  const refused = refusal(history, site);
  if (refused) throw new Error(refused);
  const notes: string[] = leftoversWords(removeLeftovers(siteData));
  if (site.pointer && site.liveProblem) notes.push(`${join(siteData, publicationFile(site.pointer.publication))}, the publication the site showed, ${site.liveProblem}: the site was down. It is written again from ${history.folder}.`);
  if (site.logProblem) notes.push(`${join(siteData, LOG_FILE)} was damaged (${site.logProblem}): written again from ${join(history.folder, LOG_FILE)}, which holds every entry it had.`);

  const copied: string[] = [];
  for (const id of new Set(history.log.publications.map((entry) => entry.id))) {
    const publication = history.publication(id);
    if (site.publication(id) || !publication) continue;
    writePublicationFiles(siteData, publication);
    copied.push(id);
  }
  const log = logText(history.log);
  if (readOrUndefined(join(siteData, LOG_FILE)) !== log) writeAtomically(join(siteData, LOG_FILE), log);
  if (history.pointer) {
    const pointer = pointerText(history.pointer);
    if (!site.publication(history.pointer.publication) && !copied.includes(history.pointer.publication)) {
      throw new Error(`${join(history.folder, publicationFile(history.pointer.publication))} ${history.problemOf(history.pointer.publication)}, so ${join(siteData, POINTER_FILE)} was not switched to it`);
    }
    lock?.assertHeld();
    if (readOrUndefined(join(siteData, POINTER_FILE)) !== pointer) writeAtomically(join(siteData, POINTER_FILE), pointer);
  }
  return { copied, notes };
}

function readOrUndefined(file: string): string | undefined {
  return existsSync(file) ? disk.readFileSync(file, 'utf8') : undefined;
}

/** The site's feed.xml text for a history: an entry per publication in its log. */
export function feedOf(history: History): string {
  const site = history.live?.dataset.site;
  // The title a site without site.json's title shows (src/components/Page.tsx).
  return publicationFeed({ organisation: history.organisation, title: site?.title ?? 'Children’s Improvement Dashboard', publications: history.log.publications });
}
