// The Vite plugin that joins the data folder to the app without bundling it:
// - build: checks the folder with the same checks as `npm run check-data`, refuses to build on
//   any error, publishes it into the folder's history (published/ beside snapshots/: a clean
//   build, or another council's build into the same dist/, cannot lose or mix it) under its
//   publish lock, and writes dist/data/: every publication of that history, the log and the
//   pointer current.json, and feed.xml beside the pages. The officers' site (`--mode officers`)
//   also carries the raw files with their list (manifest.json) for the Data page's checks; the
//   public site carries only what its pages show. index.html preloads the current publication.
// - dev server: the same files made in memory from the live folder on request (checked in Node),
//   the raw files too, and a page reload when a file in it is added, changed or removed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { countProblems, summariseProblems } from '../../src/domain/contract/problems.ts';
import { problemLines } from '../../src/domain/contract/problemFolding.ts';
import { LOG_FILE, logText, planPublish, POINTER_FILE, pointerText, publicationFile, PUBLICATIONS_FOLDER, publicationText, type Publication, type PublishedDataset } from '../../src/domain/contract/publication.ts';
import { rebuildLog } from '../../src/domain/contract/publicationIntegrity.ts';
import { FEED_FILE } from '../../src/domain/present/publicationFeed.ts';
import { buildManifest, checkFolder, listDataFiles, type FolderCheck } from './dataFolder.ts';
import { HISTORY_FOLDER, historyFiles, readHistory, type History } from './history.ts';
import { checkPublicationFile, writePublicationFiles } from './publicationFiles.ts';
import { datasetToPublish, publishInto, type PublishResult } from './publishFolder.ts';
import { acquirePublishLock, describeHolder } from './publishLock.ts';
import { feedOf } from './publishSite.ts';
import { writeAtomically } from './writeAtomically.ts';

export const MANIFEST_FILE = 'manifest.json';

/** The tag that makes the browser fetch the publication while it parses the page. */
export function publicationPreloadTag(publication: Pick<Publication, 'id'>): HtmlTagDescriptor {
  return {
    tag: 'link',
    attrs: { rel: 'preload', href: `data/${publicationFile(publication.id)}`, as: 'fetch', crossorigin: 'anonymous', 'data-publication': publication.id },
    injectTo: 'head',
  };
}

/**
 * The dev server's dataset: what a publication would hold, with files that have errors left out
 * (as the Data page shows them), so the app stays usable while an officer fixes a file.
 */
export function devDataset(check: FolderCheck): PublishedDataset {
  return datasetToPublish(check, { leaveOutErrors: true })!;
}

interface Published {
  publication: Publication;
  files: Map<string, string>;
  /** The raw files' list for the Data page, with what only the disk can tell. */
  manifest: string;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/**
 * A first build with the history beside the data: a dist/ built before kept what it published
 * (the history lived there). What is sound of it is carried into published/ once, when it is the
 * same council's; the build's own publication then follows it in the log.
 */
function adoptBuiltHistory(history: History, outData: string, organisation: string | undefined): string[] {
  if (!outData || history.pointer || history.ids.length > 0 || history.logProblem) return [];
  const built = readHistory(outData);
  if (built.ids.length === 0) return [];
  if (built.organisation !== undefined && organisation !== undefined && built.organisation !== organisation) {
    return [`${outData} held the publications of ${built.organisation}, not of ${organisation}: they are not carried over.`];
  }
  const sound = built.ids.flatMap((id) => built.publication(id) ?? []);
  mkdirSync(join(history.folder, PUBLICATIONS_FOLDER), { recursive: true });
  for (const publication of sound) writePublicationFiles(history.folder, publication);
  const keptIds = new Set(sound.map((publication) => publication.id));
  const logged = built.logProblem ? rebuildLog(sound, organisation) : { ...built.log, publications: built.log.publications.filter((entry) => keptIds.has(entry.id)) };
  writeAtomically(join(history.folder, LOG_FILE), logText({ ...logged, ...(organisation !== undefined ? { organisation } : {}) }));
  const left = built.ids.filter((id) => !keptIds.has(id)).map((id) => `${publicationFile(id)} (${built.problemOf(id)})`);
  return [
    `Carried the ${sound.length} earlier publication${sound.length === 1 ? '' : 's'} of ${outData} into ${history.folder}, where the history now lives.${left.length ? ` Not carried, as damaged: ${left.join(', ')}.` : ''}`,
  ];
}

interface Built {
  check: FolderCheck;
  result: PublishResult;
  /** The history's files, by path in dist/data/. */
  history: Map<string, string>;
  feed: string;
  notes: string[];
  ms: number;
}

export function dashboardData(options: { dir: string; officers?: boolean }): Plugin {
  const folder = resolve(options.dir);
  const historyFolder = join(folder, HISTORY_FOLDER);
  let outData = '';
  let serving = false;
  let built: Built | undefined;
  // The dev server's publication, made on the first request after a change in the folder.
  let live: Published | undefined;
  const devPublication = (): Published => {
    if (live) return live;
    const check = checkFolder(folder);
    const step = planPublish(devDataset(check), new Date(), { exists: () => undefined });
    if (step.kind !== 'switch') throw new Error('unreachable: nothing is published in memory yet');
    live = {
      publication: step.publication,
      manifest: JSON.stringify(buildManifest(check.files, new Date(), check.folderProblems)),
      files: new Map([
        [POINTER_FILE, pointerText(step.pointer)],
        [publicationFile(step.publication.id), publicationText(step.publication)],
        [LOG_FILE, logText(step.log)],
      ]),
    };
    return live;
  };

  return {
    name: 'dashboard-data',

    configResolved(config) {
      outData = resolve(config.root, config.build.outDir, 'data');
      serving = config.command === 'serve';
    },

    configureServer(server) {
      server.watcher.add(folder);
      const changed = (file: string) => {
        if (!file.startsWith(folder + sep)) return;
        live = undefined;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', changed);
      server.watcher.on('change', changed);
      server.watcher.on('unlink', changed);

      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname === `/${FEED_FILE}`) {
          // The feed of what the folder's history has published (the dev server itself publishes nothing).
          response.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
          response.end(feedOf(readHistory(historyFolder)));
          return;
        }
        // Only /data/…: the app's own source lives under /src/data/ and must pass through.
        const match = /^\/data\/(.+)$/.exec(decodeURIComponent(url.pathname));
        if (!match) return next();
        const relative = match[1]!;
        response.setHeader('Cache-Control', 'no-store');
        response.setHeader('Content-Type', 'application/json');
        if (relative === MANIFEST_FILE) {
          response.end(devPublication().manifest);
          return;
        }
        const generated = devPublication().files.get(relative);
        if (generated !== undefined) {
          response.end(generated);
          return;
        }
        if (!listDataFiles(folder).includes(relative)) {
          response.statusCode = 404;
          response.end('Not found');
          return;
        }
        response.end(readFileSync(join(folder, relative)));
      });
    },

    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const publication = context.server ? devPublication().publication : built?.result.step.publication;
        return publication ? [publicationPreloadTag(publication)] : [];
      },
    },

    buildStart() {
      // The dev server publishes nothing: it shows the live folder (devPublication).
      if (serving) return;
      const started = performance.now();
      mkdirSync(historyFolder, { recursive: true });
      const lock = acquirePublishLock(historyFolder, { onWait: (holder) => console.log(`${describeHolder(holder)} is publishing into ${historyFolder}: waiting for it to finish.`) });
      try {
        const checkedAt = new Date();
        const check = checkFolder(folder);
        const { dataset, files } = check;
        for (const { line, severity } of problemLines(dataset.problems, options.dir)) {
          if (severity === 'error') console.error(line);
          else console.warn(line);
        }
        const toPublish = datasetToPublish(check);
        if (!toPublish) {
          this.error(
            `The data in ${options.dir} has errors, so the site was not built. ${summariseProblems(dataset.problems, files.length)} Fix them, then run the build again (npm run check-data shows the same list).`,
          );
        }
        const organisation = dataset.site?.organisation;
        let result: PublishResult;
        let notes: string[];
        try {
          notes = adoptBuiltHistory(readHistory(historyFolder), outData, organisation);
          result = publishInto(historyFolder, toPublish, { organisation, checkedAt, lock });
        } catch (error) {
          this.error(`The data in ${options.dir} could not be published, so the site was not built: ${(error as Error).message}`);
        }
        const history = readHistory(historyFolder);
        const { files: historyFilesByPath, damaged } = historyFiles(history);
        for (const { id, problem } of damaged) {
          notes.push(`${join(historyFolder, publicationFile(id))} ${problem}: left out of the site (its ?publication= links will not open). Put it back from a backup of ${historyFolder}.`);
        }
        built = { check, result, history: historyFilesByPath, feed: feedOf(history), notes: [...result.notes, ...notes], ms: performance.now() - started };
      } finally {
        lock.release();
      }
    },

    generateBundle() {
      if (!built) return;
      if (options.officers) {
        // The officers' site: their raw files and the list of them, for the Data page's checks.
        for (const [file, bytes] of built.check.bytes) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: bytes });
        this.emitFile({ type: 'asset', fileName: `data/${MANIFEST_FILE}`, source: JSON.stringify(buildManifest(built.check.files, new Date(), built.check.folderProblems), null, 2) });
      }
      for (const [file, text] of built.history) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: text });
      this.emitFile({ type: 'asset', fileName: FEED_FILE, source: built.feed });
    },

    writeBundle(outputOptions) {
      if (!built || !outputOptions.dir) return;
      // Each publication as written to dist/, read back and checked against its name.
      for (const file of built.history.keys()) {
        const id = /^publications\/([0-9a-f]{16})\.json$/.exec(file)?.[1];
        if (!id) continue;
        const checked = checkPublicationFile(readFileSync(join(outputOptions.dir, 'data', file)), id);
        if (typeof checked === 'string') this.error(`${join(outputOptions.dir, 'data', file)} ${checked} once written: the site is not sound. Build again.`);
      }
    },

    closeBundle() {
      if (!built) return;
      const { check, result } = built;
      const { step } = result;
      const months = step.publication.dataset.snapshots.length;
      const { warnings } = countProblems(check.dataset.problems);
      const publications = [...built.history.keys()].filter((file) => file !== LOG_FILE && file !== POINTER_FILE).length;
      const kept = publications > 1 ? `; the site keeps all ${publications} publications of ${join(options.dir, HISTORY_FOLDER)}` : '';
      for (const note of built.notes) console.warn(note);
      const what = step.kind === 'switch' ? `published ${months} months as` : step.kind === 'repaired' ? `repaired its publication of ${months} months,` : `found its ${months} months already published as`;
      console.log(
        `Data: checked ${check.files.length} files in ${options.dir} (0 errors, ${warnings} warning${warnings === 1 ? '' : 's'}) and ${what} ${join(options.dir, HISTORY_FOLDER)}/${publicationFile(step.publication.id)}${kept}${options.officers ? '; the officers’ files are in the site for the Data page' : ''}, in ${seconds(built.ms)}.`,
      );
    },
  };
}
