// The Vite plugin that joins the data folder to the app without bundling it:
// - build: checks the folder with the same checks as `npm run check-data`, refuses to build on
//   any error, and writes dist/data/: the publication (publications/<id>.json, the one file the
//   pages read), the log, the pointer current.json, and the raw files with their list
//   (manifest.json) for the Data page. Publications already in dist/data/ are kept. index.html
//   preloads the current publication, so its request starts with the page's.
// - dev server: the same files made in memory from the live folder on request (checked in Node),
//   and a page reload when a file in it is added, changed or removed.
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { countProblems, summariseProblems } from '../../src/domain/contract/problems.ts';
import { problemLines } from '../../src/domain/contract/problemFolding.ts';
import {
  LOG_FILE,
  logText,
  planPublish,
  POINTER_FILE,
  pointerText,
  publicationFile,
  publicationText,
  publishedDatasetOf,
  type Publication,
  type PublishedDataset,
} from '../../src/domain/contract/publication.ts';
import { buildManifest, checkFolder, listDataFiles, type FolderCheck } from './dataFolder.ts';
import { hashesOf, keptPublications, readPublishedState } from './publishFolder.ts';

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
  return publishedDatasetOf(check.dataset, hashesOf(check), { leaveOutErrors: true })!;
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

export function dashboardData(options: { dir: string }): Plugin {
  const folder = resolve(options.dir);
  let outData = '';
  let built: (Published & { check: FolderCheck; ms: number; kept: Publication[]; fresh: boolean }) | undefined;
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
        const publication = context.server ? devPublication().publication : built?.publication;
        return publication ? [publicationPreloadTag(publication)] : [];
      },
    },

    buildStart() {
      const started = performance.now();
      const check = checkFolder(folder);
      const { dataset, files } = check;
      for (const { line, severity } of problemLines(dataset.problems, options.dir)) {
        if (severity === 'error') console.error(line);
        else console.warn(line);
      }
      const toPublish = publishedDatasetOf(dataset, hashesOf(check));
      if (!toPublish) {
        this.error(
          `The data in ${options.dir} has errors, so the site was not built. ${summariseProblems(dataset.problems, files.length)} Fix them, then run the build again (npm run check-data shows the same list).`,
        );
      }
      // A rebuild into the same dist/ keeps what was published there before (read now, before
      // Vite empties the folder).
      const state = outData ? readPublishedState(outData) : { exists: () => undefined };
      const kept = keptPublications(state);
      const step = planPublish(toPublish, new Date(), state);
      const log = step.kind === 'switch' ? step.log : (state.log ?? { publications: [] });
      const publication = step.kind === 'switch' ? step.publication : state.publication!;
      built = {
        publication,
        manifest: JSON.stringify(buildManifest(check.files, new Date(), check.folderProblems), null, 2),
        check,
        kept: kept.filter((other) => other.id !== publication.id),
        fresh: step.kind === 'switch' && step.writeFile,
        ms: performance.now() - started,
        files: new Map([
          [publicationFile(publication.id), publicationText(publication)],
          [LOG_FILE, logText(log)],
          [POINTER_FILE, pointerText(step.pointer)],
        ]),
      };
    },

    generateBundle() {
      if (!built) return;
      for (const [file, bytes] of built.check.bytes) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: bytes });
      this.emitFile({ type: 'asset', fileName: `data/${MANIFEST_FILE}`, source: built.manifest });
      for (const publication of built.kept) {
        this.emitFile({ type: 'asset', fileName: `data/${publicationFile(publication.id)}`, source: publicationText(publication) });
      }
      for (const [file, text] of built.files) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: text });
    },

    closeBundle() {
      if (!built) return;
      const { check, publication } = built;
      const months = publication.dataset.snapshots.length;
      const { warnings } = countProblems(check.dataset.problems);
      const keptWords = built.kept.length ? `; kept ${built.kept.length} earlier publication${built.kept.length === 1 ? '' : 's'}` : '';
      console.log(
        `Data: checked ${check.files.length} files in ${options.dir} (0 errors, ${warnings} warning${warnings === 1 ? '' : 's'}) and ${built.fresh ? `published ${months} months as` : `found its ${months} months already published as`} data/${publicationFile(publication.id)}${keptWords}, in ${seconds(built.ms)}.`,
      );
    },
  };
}
