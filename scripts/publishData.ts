// npm run publish-data -- <data folder> [--to <site's data folder>] [--wait <seconds>]
//
// Publishes a data folder without rebuilding the site. It checks the officers' files with the same
// checks as `npm run check-data`; with no error it writes the checked dataset as a new publication
// into the folder's history (published/ beside snapshots/; a deployed officers' site's data/ keeps
// it at its top), adds it to the log and then switches current.json, the pointer every page reads:
// one rename, so a visitor sees the old publication or the new one, never a mixture. With --to it
// then brings a site's data/ folder (the public site, which serves no officers' files) up to date
// from that history. One publisher at a time (a lock on each folder it writes); every file whole
// or absent, each publication checked against its name; a damaged live publication repaired.
// With any error it changes no publication, log or pointer.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countProblems, summariseProblems } from '../src/domain/contract/problems.ts';
import { problemLines } from '../src/domain/contract/problemFolding.ts';
import { POINTER_FILE, publicationFile, type LogEntry, type Publication } from '../src/domain/contract/publication.ts';
import { FEED_FILE } from '../src/domain/present/publicationFeed.ts';
import { buildManifest, checkFolder } from './lib/dataFolder.ts';
import { historyFolderOf, readHistory, type History } from './lib/history.ts';
import { datasetToPublish, publishInto, type PublishResult } from './lib/publishFolder.ts';
import { acquirePublishLock, describeHolder, WAIT_MS, type HeldLock } from './lib/publishLock.ts';
import { copyHistoryInto, feedOf } from './lib/publishSite.ts';
import { writeModelFiles } from './lib/modelFiles.ts';
import { MANIFEST_FILE } from './lib/vitePluginData.ts';
import { prerenderSite, SHELL_FILE } from './lib/vitePluginPrerender.ts';
import { writeAtomically } from './lib/writeAtomically.ts';

export const USAGE = `Usage: npm run publish-data -- <data folder> [--to <site's data folder>] [--wait <seconds>]

  <data folder>   the officers' data folder (site.json, indicators.json, snapshots/, …): its
                  publications are kept in published/ inside it. Or the data/ folder of a
                  deployed officers' site (built with --mode officers), which keeps them itself.
  --to <folder>   then bring a site's data/ folder up to date from those publications (the public
                  site, which serves no officers' files), with its pages and feed.xml
  --wait <s>      how long to wait for another publish of the same folder (default ${WAIT_MS / 1000})

Checks every file in the data folder (the same checks as npm run check-data). With no error, publishes
them: the site shows the files now in the folder. With any error it publishes nothing and exits 1.`;

export interface Io {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The raw-file list's text, exactly as the build writes it to dist/data/manifest.json. */
export function manifestText(files: readonly string[], generated = new Date(), problems: Parameters<typeof buildManifest>[2] = []): string {
  return JSON.stringify(buildManifest(files, generated, problems), null, 2);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function monthList(label: string, months: readonly string[]): string | undefined {
  if (months.length === 0) return undefined;
  const shown = months.length > 6 ? `${months.slice(0, 6).join(', ')} and ${months.length - 6} more` : months.join(', ');
  return `${label} ${shown}`;
}

/** "2 months added (2019-03, 2019-04), 1 changed (2018-11)", or "no month added, changed or removed". */
export function describeEntry(entry: LogEntry): string {
  const parts = [monthList('added', entry.added), monthList('changed', entry.changed), monthList('removed', entry.removed)].filter(Boolean);
  return parts.length ? parts.join('; ') : 'no month added, changed or removed';
}

function describePublication(publication: Publication): string {
  const months = publication.dataset.snapshots.map((snapshot) => snapshot.month);
  const span = months.length ? `, ${months[0]} to ${months[months.length - 1]}` : '';
  return `publication ${publication.id} of ${publication.published.slice(0, 10)} (${plural(months.length, 'month')}${span})`;
}

/** What the site shows when nothing is published, in words that stay true when the site is itself broken. */
function siteStateWords(site: History, pointer: string): string {
  if (site.live) return `Nothing published: ${pointer} not changed, so the site keeps showing ${describePublication(site.live)}.`;
  if (site.pointer) {
    return `Nothing published, and the site is down: ${pointer} names publication ${site.pointer.publication}, but ${join(site.folder, publicationFile(site.pointer.publication))}: ${site.liveProblem}. To restore it, fix the errors and run publish-data again (it writes the folder's figures), or put that file back from a backup of ${site.folder}.`;
  }
  if (site.pointerProblem) return `Nothing published, and the site is down: ${pointer} is damaged (${site.pointerProblem}). Fix the errors and run publish-data again to restore it.`;
  return `Nothing published: there is no publication yet, so the site shows no figures.`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Point the site's index.html preload at the new publication, when the page is beside the folder. */
function updatePreload(siteData: string, id: string): boolean {
  const html = join(dirname(siteData), 'index.html');
  if (!existsSync(html)) return false;
  const text = readFileSync(html, 'utf8');
  const updated = text.replace(/(publications\/)[0-9a-f]{16}(\.json"[^>]*data-publication=")[0-9a-f]{16}"/g, `$1${id}$2${id}"`);
  if (updated === text) return false;
  writeAtomically(html, updated);
  return true;
}

/** A built site's folder: the pages are drawn into it, and its feed written beside them. */
const isBuiltSite = (site: string) => existsSync(join(site, SHELL_FILE)) || existsSync(join(site, 'index.html'));

interface Parsed {
  folder: string;
  shown: string;
  to?: { folder: string; shown: string };
  waitMs: number;
}

function parse(argv: readonly string[], io: Io): Parsed | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h', default: false }, to: { type: 'string' }, wait: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    io.err(`publish-data: ${(error as Error).message}`);
    io.err(USAGE);
    return 1;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.err(parsed.positionals.length === 0 ? 'publish-data: say which data folder to publish' : 'publish-data: one folder at a time');
    io.err(USAGE);
    return 1;
  }
  const waitSeconds = parsed.values.wait === undefined ? WAIT_MS / 1000 : Number(parsed.values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
    io.err(`publish-data: --wait takes a number of seconds, not "${parsed.values.wait}"`);
    return 1;
  }
  const trim = (path: string) => path.replace(/\/+$/, '') || '/';
  const shown = trim(parsed.positionals[0]!);
  const to = parsed.values.to === undefined ? undefined : { shown: trim(parsed.values.to), folder: resolve(io.cwd, trim(parsed.values.to)) };
  return { folder: resolve(io.cwd, shown), shown, to, waitMs: waitSeconds * 1000 };
}

/** The site's data/ folder this run updates: --to's, or the folder itself when it is a deployed site's. */
function siteDataOf(args: Parsed, historyFolder: string): string | undefined {
  return args.to?.folder ?? (historyFolder === args.folder ? args.folder : undefined);
}

function lockFor(folder: string, args: Parsed, io: Io): HeldLock {
  mkdirSync(folder, { recursive: true });
  return acquirePublishLock(folder, {
    waitMs: args.waitMs,
    onWait: (holder) => io.out(`${describeHolder(holder)} is publishing into ${folder}: waiting for it to finish (up to ${Math.round(args.waitMs / 1000)} s).`),
  });
}

interface Shown {
  /** The history's folder as the officer typed it. */
  history: string;
  /** The pointer the site reads, as the officer would find it. */
  pointer: string;
}

function namesShown(args: Parsed, historyFolder: string): Shown {
  const history = historyFolder === args.folder ? args.shown : `${args.shown}/published`;
  return { history, pointer: `${args.to?.shown ?? history}/${POINTER_FILE}` };
}

function sayPublished(result: PublishResult, io: Io, shown: Shown, facts: { files: number; months: number; preload: boolean; copied?: number; took: string }): void {
  const { step } = result;
  const site = facts.copied === undefined ? '' : `; the site's data folder is up to date (${plural(facts.copied, 'publication')} copied to it)`;
  if (step.kind === 'unchanged') {
    io.out(`Nothing new to publish: ${shown.pointer} already points at publication ${step.pointer.publication} with these figures${site} (${facts.took}).`);
  } else if (step.kind === 'repaired') {
    io.out(`Repaired: ${shown.pointer} points at publication ${step.publication.id}, whole again${site}. Took ${facts.took}.`);
  } else {
    io.out(`Published ${plural(facts.files, 'file')} (${plural(facts.months, 'month')}) as ${shown.history}/${publicationFile(step.publication.id)}: ${describeEntry(step.entry)}.`);
    io.out(`${shown.pointer} now points at it${facts.preload ? ' (and index.html preloads it)' : ''}${site}; earlier publications are kept. Took ${facts.took}.`);
  }
}

export function run(argv: readonly string[], io: Io): number {
  const started = performance.now();
  const args = parse(argv, io);
  if (typeof args === 'number') return args;
  const historyFolder = historyFolderOf(args.folder);
  // --to the folder's own history (a deployed officers' site named twice) is publishing without it.
  if (args.to?.folder === historyFolder) delete args.to;
  const siteData = siteDataOf(args, historyFolder);
  const deployed = historyFolder === args.folder;
  const shown = namesShown(args, historyFolder);
  const locks: HeldLock[] = [];
  let published = false;
  try {
    if (!existsSync(args.folder) || !statSync(args.folder).isDirectory()) throw new Error(`No data folder at ${args.folder}`);
    locks.push(lockFor(historyFolder, args, io));
    if (args.to) locks.push(lockFor(args.to.folder, args, io));
    // Checked only once the locks are held, so a run never publishes a folder older than the live publication.
    const checkedAt = new Date();
    const check = checkFolder(args.folder);
    const { problems } = check.dataset;
    for (const { line } of problemLines(problems, args.shown)) io.out(line);
    io.out(summariseProblems(problems, check.files.length));
    const dataset = countProblems(problems).errors === 0 ? datasetToPublish(check) : undefined;
    // A deployed officers' site lists its raw files for the Data page: the list follows the folder, errors or not.
    if (deployed) writeAtomically(join(args.folder, MANIFEST_FILE), manifestText(check.files, new Date(), check.folderProblems));
    if (!dataset) {
      io.out(siteStateWords(readHistory(siteData ?? historyFolder), shown.pointer));
      io.out(deployed ? 'The Data page lists these files with their errors. Fix the errors, then run publish-data again.' : 'Fix the errors, then run publish-data again.');
      return 1;
    }
    const result = publishInto(historyFolder, dataset, { organisation: check.dataset.site?.organisation, checkedAt, lock: locks[0] });
    published = true;
    for (const note of result.notes) io.out(note);
    const copy = args.to ? copyHistoryInto(readHistory(historyFolder), args.to.folder, locks[1]) : undefined;
    for (const note of copy?.notes ?? []) io.out(note);
    if (siteData !== undefined && isBuiltSite(dirname(siteData))) {
      const site = readHistory(siteData);
      writeAtomically(join(dirname(siteData), FEED_FILE), feedOf(site));
      // The Overview's first load reads the live publication's models: there before its pages are drawn again.
      if (site.live) writeModelFiles(siteData, site.live);
    }
    const preload = siteData !== undefined && updatePreload(siteData, result.step.publication.id);
    sayPublished(result, io, shown, { files: check.files.length, months: dataset.snapshots.length, preload, copied: copy?.copied.length, took: seconds(performance.now() - started) });
    return 0;
  } catch (error) {
    io.err(`publish-data: ${(error as Error).message}`);
    io.err(published && args.to ? `Published into ${shown.history}, but ${shown.pointer} not brought up to date: run publish-data again.` : `${shown.pointer} not changed.`);
    return 1;
  } finally {
    for (const lock of locks.reverse()) lock.release();
  }
}

/**
 * After a publish, draw the site's pages again for the new figures (pages drawn from an older
 * publication would otherwise be redrawn in every visitor's browser), when the site's data folder
 * sits in a site built with drawn pages (app-shell.html beside it). Under the site's lock, from
 * the pointer as it is then: a later publish draws them again after this one.
 */
export async function redrawPages(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv, { ...io, out: () => {}, err: () => {} });
  if (typeof args === 'number') return 0;
  const siteData = siteDataOf(args, historyFolderOf(args.folder));
  if (siteData === undefined || !existsSync(join(dirname(siteData), SHELL_FILE))) return 0;
  let lock: HeldLock | undefined;
  try {
    lock = lockFor(siteData, args, io);
    const drawn = await prerenderSite({ distFolder: dirname(siteData) });
    io.out(`Drew ${plural(drawn.pages.length, 'page')} for the latest month in ${seconds(drawn.milliseconds)}.`);
    return 0;
  } catch (error) {
    io.err(`publish-data: the figures are published, but the pages could not be drawn again: ${(error as Error).message}. The site still shows the new figures once its script runs.`);
    return 1;
  } finally {
    lock?.release();
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const io: Io = { cwd: process.cwd(), out: (line) => console.log(line), err: (line) => console.error(line) };
  const argv = process.argv.slice(2);
  const code = run(argv, io);
  process.exitCode = code === 0 && !argv.includes('-h') && !argv.includes('--help') ? await redrawPages(argv, io) : code;
}
