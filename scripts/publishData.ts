// npm run publish-data -- <deployed data folder>
//
// Updates a site that is already deployed without rebuilding it. It checks the raw files in the
// deployed data folder (dist/data/ as copied to the web server: site.json, indicators.json,
// snapshots/...) with the same checks as `npm run check-data`. With no error it writes the checked
// dataset as a new publication (publications/<id>.json, never changed afterwards), adds it to
// publications/log.json and then switches current.json, the pointer every page reads, to it: one
// rename, so a visitor sees the old publication or the new one, never a mixture. With any error
// it leaves current.json and every publication byte for byte as they were, so the site keeps
// showing the last good data; it only refreshes manifest.json, the list of raw files, so that the
// Data page can show the officer what is wrong.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countProblems, summariseProblems } from '../src/domain/contract/problems.ts';
import { problemLines } from '../src/domain/contract/problemFolding.ts';
import { POINTER_FILE, publicationFile, type LogEntry, type Publication } from '../src/domain/contract/publication.ts';
import { buildManifest, checkFolder } from './lib/dataFolder.ts';
import { datasetToPublish, publishInto, readPublishedState } from './lib/publishFolder.ts';
import { MANIFEST_FILE } from './lib/vitePluginData.ts';
import { prerenderSite, SHELL_FILE } from './lib/vitePluginPrerender.ts';
import { writeAtomically } from './lib/writeAtomically.ts';

export const USAGE = `Usage: npm run publish-data -- <deployed data folder>

  <deployed data folder>  the data/ folder of a site already on the web server (a copy of dist/data/)

Checks every file in the folder (the same checks as npm run check-data). With no error, publishes
them: the site shows the files now in the folder, e.g. a snapshot just copied into snapshots/.
With any error it publishes nothing and exits 1: the site keeps showing the last good data.`;

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

function describePublication(publication: Publication | undefined): string {
  if (!publication) return 'the data it showed before';
  const months = publication.dataset.snapshots.map((snapshot) => snapshot.month);
  const span = months.length ? `, ${months[0]} to ${months[months.length - 1]}` : '';
  return `publication ${publication.id} of ${publication.published.slice(0, 10)} (${plural(months.length, 'month')}${span})`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Point the site's index.html preload at the new publication, when the page is beside the folder. */
function updatePreload(folder: string, id: string): boolean {
  const html = join(dirname(folder), 'index.html');
  if (!existsSync(html)) return false;
  const text = readFileSync(html, 'utf8');
  const updated = text.replace(/(publications\/)[0-9a-f]{16}(\.json"[^>]*data-publication=")[0-9a-f]{16}"/g, `$1${id}$2${id}"`);
  if (updated === text) return false;
  writeAtomically(html, updated);
  return true;
}

export function run(argv: readonly string[], io: Io): number {
  const started = performance.now();
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h', default: false } },
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
    io.err(parsed.positionals.length === 0 ? 'publish-data: say which deployed data folder to publish' : 'publish-data: one folder at a time');
    io.err(USAGE);
    return 1;
  }
  const shown = parsed.positionals[0]!.replace(/\/+$/, '') || '/';
  const folder = resolve(io.cwd, shown);
  const pointer = `${shown}/${POINTER_FILE}`;
  try {
    const check = checkFolder(folder);
    const { problems } = check.dataset;
    for (const { line } of problemLines(problems, shown)) io.out(line);
    io.out(summariseProblems(problems, check.files.length));
    const dataset = countProblems(problems).errors === 0 ? datasetToPublish(check) : undefined;
    if (!dataset) {
      const before = readPublishedState(folder);
      writeAtomically(join(folder, MANIFEST_FILE), manifestText(check.files, new Date(), check.folderProblems));
      io.out(`Nothing published: ${pointer} not changed, so the site keeps showing ${describePublication(before.publication)}.`);
      io.out(`The Data page lists these files with their errors. Fix the errors, then run publish-data again.`);
      return 1;
    }
    const step = publishInto(folder, dataset);
    writeAtomically(join(folder, MANIFEST_FILE), manifestText(check.files, new Date(), check.folderProblems));
    const took = seconds(performance.now() - started);
    if (step.kind === 'unchanged') {
      io.out(`Nothing new to publish: ${pointer} already points at publication ${step.pointer.publication} with these figures (${took}).`);
      return 0;
    }
    const preload = updatePreload(folder, step.publication.id);
    io.out(
      `Published ${plural(check.files.length, 'file')} (${plural(dataset.snapshots.length, 'month')}) as ${shown}/${publicationFile(step.publication.id)}: ${describeEntry(step.entry)}.`,
    );
    io.out(`${pointer} now points at it${preload ? ' (and index.html preloads it)' : ''}; earlier publications are kept. Took ${took}.`);
    return 0;
  } catch (error) {
    io.err(`publish-data: ${(error as Error).message}`);
    io.err(`${pointer} not changed.`);
    return 1;
  }
}

/**
 * After a publish, draw the site's pages again for the new figures (pages drawn from an older
 * publication would otherwise be redrawn in every visitor's browser), when the folder sits in a
 * site built with drawn pages (app-shell.html beside it).
 */
export async function redrawPages(argv: readonly string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  const site = dirname(resolve(io.cwd, positionals[0]!));
  if (!existsSync(join(site, SHELL_FILE))) return 0;
  try {
    const drawn = await prerenderSite({ distFolder: site });
    io.out(`Drew ${plural(drawn.pages.length, 'page')} for the latest month in ${seconds(drawn.milliseconds)}.`);
    return 0;
  } catch (error) {
    io.err(`publish-data: the figures are published, but the pages could not be drawn again: ${(error as Error).message}. The site still shows the new figures once its script runs.`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const io: Io = { cwd: process.cwd(), out: (line) => console.log(line), err: (line) => console.error(line) };
  const argv = process.argv.slice(2);
  const code = run(argv, io);
  process.exitCode = code === 0 && !argv.includes('-h') && !argv.includes('--help') ? await redrawPages(argv, io) : code;
}
