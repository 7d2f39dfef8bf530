// The sites the benchmark loads: the built app over a data folder, with the floor page and the
// fetch-comparison files beside it, each in its own folder under the benchmark's work folder.
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, listDataFiles } from '../lib/dataFolder.ts';
import { MANIFEST_FILE } from '../lib/vitePluginData.ts';
import { floorPage, type Floor } from './floor.ts';

export interface Site {
  name: string;
  /** The served folder. */
  root: string;
  dataFolder: string;
  /** Snapshot files, and every data file the app fetches (with the manifest). */
  snapshots: number;
  dataFiles: number;
  dataBytes: number;
  indicators: number;
  priority: number;
  floor: Floor;
  floorBytes: number;
  /** The first priority indicator, for the Indicator page. */
  firstPriorityId: string;
}

/**
 * The same app over another data folder: the build's files, then data/ laid out as the build's
 * data plugin writes it (every contract file and a manifest). The JavaScript does not depend on
 * the data, so one build serves every folder.
 */
export function siteFromBuild(name: string, buildDir: string, dataFolder: string, root: string): Site {
  rmSync(root, { recursive: true, force: true });
  cpSync(buildDir, root, { recursive: true, filter: (source) => !source.startsWith(join(buildDir, 'data')) });
  const files = listDataFiles(dataFolder);
  let dataBytes = 0;
  for (const file of files) {
    mkdirSync(join(root, 'data', file, '..'), { recursive: true });
    cpSync(join(dataFolder, file), join(root, 'data', file));
    dataBytes += statSync(join(dataFolder, file)).size;
  }
  const manifest = JSON.stringify(buildManifest(files), null, 2);
  writeFileSync(join(root, 'data', MANIFEST_FILE), manifest);

  // The floor, and what the fetch comparison needs: a blank page on the same origin and every
  // data file in one JSON file (each file's text as a string, so the app could still report
  // line and column in it).
  const floor = floorPage(dataFolder);
  writeFileSync(join(root, 'floor.html'), floor.html);
  writeFileSync(join(root, 'blank.html'), '<!doctype html><html lang="en"><title>blank</title></html>\n');
  const combined: Record<string, string> = {};
  for (const file of files) combined[file] = readFileSync(join(dataFolder, file), 'utf8');
  writeFileSync(join(root, 'data', 'combined.json'), JSON.stringify({ files: combined }));

  const catalogue = JSON.parse(readFileSync(join(dataFolder, 'indicators.json'), 'utf8')) as { indicators: { id: string; priority?: boolean }[] };
  const priority = catalogue.indicators.filter((indicator) => indicator.priority);
  return {
    name,
    root,
    dataFolder,
    snapshots: files.filter((file) => file.startsWith('snapshots/')).length,
    dataFiles: files.length + 1,
    dataBytes: dataBytes + Buffer.byteLength(manifest),
    indicators: catalogue.indicators.length,
    priority: priority.length,
    floor,
    floorBytes: Buffer.byteLength(floor.html),
    firstPriorityId: priority[0]?.id ?? catalogue.indicators[0]!.id,
  };
}
