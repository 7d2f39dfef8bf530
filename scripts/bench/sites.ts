// The sites the benchmark loads: the built app over a data folder, published into it as
// publish-data does on a deployed site, with the floor page beside it, each in its own folder
// under the benchmark's work folder.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, checkFolder, listDataFiles } from '../lib/dataFolder.ts';
import { run as publishData, redrawPages } from '../publishData.ts';
import { floorPage, indicatorFloorPage, targetsFloorPage, type Floor } from './floor.ts';

export interface Site {
  name: string;
  /** The served folder. */
  root: string;
  dataFolder: string;
  /** Snapshot files; the data files a page fetches (pointer and publication) and their bytes. */
  snapshots: number;
  dataFiles: number;
  dataBytes: number;
  /** The raw files (what pages fetched before publications: every one, with a manifest). */
  rawFiles: number;
  rawBytes: number;
  indicators: number;
  priority: number;
  floor: Floor;
  floorBytes: number;
  /** The first priority indicator, for the Indicator page. */
  firstPriorityId: string;
}

/**
 * The same app over another data folder: the build's files, the raw files copied into data/,
 * then published there as `npm run publish-data` does: the publication, log and pointer
 * (`run`), then every page drawn again for the new figures (`redrawPages`). Without
 * the second step the pages are the build's, drawn from the sample data: the Overview is then
 * drawn afresh in the browser instead of hydrated, and the generated indicators have no page at
 * all (a static host answers 404). The JavaScript does not depend on the data, so one build
 * serves every folder.
 */
export async function siteFromBuild(name: string, buildDir: string, dataFolder: string, root: string): Promise<Site> {
  rmSync(root, { recursive: true, force: true });
  cpSync(buildDir, root, { recursive: true, filter: (source) => !source.startsWith(join(buildDir, 'data')) });
  const files = listDataFiles(dataFolder);
  let rawBytes = 0;
  for (const file of files) {
    mkdirSync(join(root, 'data', file, '..'), { recursive: true });
    cpSync(join(dataFolder, file), join(root, 'data', file));
    rawBytes += statSync(join(dataFolder, file)).size;
  }
  const output: string[] = [];
  const io = { cwd: root, out: (line: string) => void output.push(line), err: (line: string) => void output.push(line) };
  // The raw files are beside the publication, as on an officers' site: its history in data/published/, copied to data/.
  const publishArgs = [join(root, 'data'), '--to', join(root, 'data')];
  if (publishData(publishArgs, io) !== 0) throw new Error(`publish-data refused ${dataFolder}:\n${output.join('\n')}`);
  if ((await redrawPages(publishArgs, io)) !== 0) throw new Error(`publish-data could not draw the pages of ${dataFolder}:\n${output.join('\n')}`);
  const pointer = JSON.parse(readFileSync(join(root, 'data/current.json'), 'utf8')) as { publication: string; file: string };
  const dataBytes = statSync(join(root, 'data/current.json')).size + statSync(join(root, 'data', pointer.file)).size;

  // The floor, and a blank page on the same origin for the fetch comparison.
  // The floors are made from the folder checked once, as the app's publication was.
  const checked = checkFolder(dataFolder);
  const { dataset } = checked;
  // The raw files' manifest an officers' site serves beside them (publish-data writes none since
  // the public site serves no raw file), for the fetch comparison of the raw files (section 6).
  writeFileSync(join(root, 'data/manifest.json'), JSON.stringify(buildManifest(checked.files, new Date(), checked.folderProblems)));
  const floor = floorPage(dataFolder, dataset);
  writeFileSync(join(root, 'floor.html'), floor.html);
  writeFileSync(join(root, 'blank.html'), '<!doctype html><html lang="en"><title>blank</title></html>\n');

  const catalogue = JSON.parse(readFileSync(join(dataFolder, 'indicators.json'), 'utf8')) as { indicators: { id: string; priority?: boolean }[] };
  const priority = catalogue.indicators.filter((indicator) => indicator.priority);
  const firstPriorityId = priority[0]?.id ?? catalogue.indicators[0]!.id;
  assertPagesDrawnFrom(root, pointer.publication, [`indicator/${firstPriorityId}/`, 'targets/']);
  // The Indicator and Targets pages' own floors: the same figures, as plain static pages.
  writeFileSync(join(root, 'floor-indicator.html'), indicatorFloorPage(dataFolder, firstPriorityId, dataset).html);
  writeFileSync(join(root, 'floor-targets.html'), targetsFloorPage(dataFolder, dataset).html);
  return {
    name,
    root,
    dataFolder,
    snapshots: files.filter((file) => file.startsWith('snapshots/')).length,
    dataFiles: 2,
    dataBytes,
    rawFiles: files.length + 1,
    rawBytes: rawBytes + statSync(join(root, 'data/manifest.json')).size,
    indicators: catalogue.indicators.length,
    priority: priority.length,
    floor,
    floorBytes: Buffer.byteLength(floor.html),
    firstPriorityId,
  };
}

/** The pages measured exist and were drawn from the publication the pointer names (else the measures are of something else). */
function assertPagesDrawnFrom(root: string, publication: string, routes: readonly string[]): void {
  for (const route of ['', ...routes]) {
    const file = join(root, route, 'index.html');
    if (!existsSync(file)) throw new Error(`${file} was not drawn: the benchmark would wait for a page the server answers 404`);
    const drawnFrom = /<div id="root"[^>]*\bdata-publication="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    if (drawnFrom !== publication) throw new Error(`${file} was drawn from publication ${drawnFrom ?? '(none)'}, not ${publication} (the pointer's)`);
  }
}
