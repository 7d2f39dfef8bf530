// npm run publish-data -- <deployed data folder>
//
// Updates a site that is already deployed without rebuilding it: checks the deployed data folder
// (dist/data/ as copied to the web server: site.json, indicators.json, snapshots/...) with the same
// checks as `npm run check-data`, then writes its manifest.json, the list of files the browser
// fetches, as the build would. The manifest is written beside its final name and renamed into
// place, so a visitor never fetches half of one. With any error it prints the errors, exits 1 and
// leaves manifest.json as it was: the live site keeps showing the last good data.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countProblems, formatProblem, summariseProblems } from '../src/domain/contract/problems.ts';
import { buildManifest, checkFolder, type FolderCheck } from './lib/dataFolder.ts';
import { MANIFEST_FILE } from './lib/vitePluginData.ts';
import { writeAtomically } from './lib/writeAtomically.ts';


export const USAGE = `Usage: npm run publish-data -- <deployed data folder>

  <deployed data folder>  the data/ folder of a site already on the web server (a copy of dist/data/)

Checks every file in the folder (the same checks as npm run check-data), then rewrites its
manifest.json so that the site shows the files now in it, e.g. a snapshot just copied into
snapshots/. With any error it changes nothing and exits 1: the site keeps showing the last good data.`;

export interface Io {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The manifest's text, exactly as the build writes it to dist/data/manifest.json. */
export function manifestText(files: readonly string[], generated = new Date()): string {
  return JSON.stringify(buildManifest(files, generated), null, 2);
}

/** "Published 22 files (18 months)": every file listed, and the months among them. */
export function publishedSummary(check: FolderCheck): string {
  const months = new Set(check.dataset.files.filter((file) => file.kind === 'snapshot' && file.month).map((file) => file.month)).size;
  const files = check.files.length;
  return `Published ${files} file${files === 1 ? '' : 's'} (${months} month${months === 1 ? '' : 's'}): ${MANIFEST_FILE} updated`;
}

export function run(argv: readonly string[], io: Io): number {
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
  const manifest = `${shown}/${MANIFEST_FILE}`;
  try {
    const check = checkFolder(folder);
    const { problems } = check.dataset;
    for (const problem of problems) io.out(formatProblem(problem, shown));
    io.out(summariseProblems(problems, check.files.length));
    if (countProblems(problems).errors > 0) {
      io.out(`${manifest} not changed: the site keeps showing the data it showed before. Fix the errors, then run publish-data again.`);
      return 1;
    }
    writeAtomically(join(folder, MANIFEST_FILE), manifestText(check.files));
    io.out(publishedSummary(check));
    return 0;
  } catch (error) {
    io.err(`publish-data: ${(error as Error).message}`);
    io.err(`${manifest} not changed.`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
