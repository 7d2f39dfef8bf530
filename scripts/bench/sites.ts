// The sites the benchmark loads: the built app over a data folder, published into it as
// publish-data does on a deployed site, with the floor page beside it, each in its own folder
// under the benchmark's work folder.
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDataFiles } from '../lib/dataFolder.ts';
import { run as publishData } from '../publishData.ts';
import { floorPage, type Floor } from './floor.ts';

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
 * then published there by publish-data (publication, log, pointer, manifest; and, where the
 * build draws pages, the pages again). The JavaScript does not depend on the data, so one build
 * serves every folder.
 */
export function siteFromBuild(name: string, buildDir: string, dataFolder: string, root: string): Site {
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
  const status = publishData([join(root, 'data')], { cwd: root, out: (line) => void output.push(line), err: (line) => void output.push(line) });
  if (status !== 0) throw new Error(`publish-data refused ${dataFolder}:\n${output.join('\n')}`);
  const pointer = JSON.parse(readFileSync(join(root, 'data/current.json'), 'utf8')) as { file: string };
  const dataBytes = statSync(join(root, 'data/current.json')).size + statSync(join(root, 'data', pointer.file)).size;

  // The floor, and a blank page on the same origin for the fetch comparison.
  const floor = floorPage(dataFolder);
  writeFileSync(join(root, 'floor.html'), floor.html);
  writeFileSync(join(root, 'blank.html'), '<!doctype html><html lang="en"><title>blank</title></html>\n');

  const catalogue = JSON.parse(readFileSync(join(dataFolder, 'indicators.json'), 'utf8')) as { indicators: { id: string; priority?: boolean }[] };
  const priority = catalogue.indicators.filter((indicator) => indicator.priority);
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
    firstPriorityId: priority[0]?.id ?? catalogue.indicators[0]!.id,
  };
}
