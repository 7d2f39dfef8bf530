// The Vite plugin that joins the data folder to the app without bundling it:
// - dev server: serves the live folder at data/, with a manifest made on each request, and
//   reloads the page when a file in it is added, changed or removed;
// - build: checks the folder with the same checks as `npm run check-data`, refuses to build on
//   any error, and copies the folder into dist/data/ in the contract's layout with a manifest.
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, countProblems, summariseProblems } from '../../src/domain/contract/problems.ts';
import { buildManifest, checkFolder, listDataFiles } from './dataFolder.ts';

export const MANIFEST_FILE = 'manifest.json';

export function dashboardData(options: { dir: string }): Plugin {
  const folder = resolve(options.dir);
  return {
    name: 'dashboard-data',

    configureServer(server) {
      server.watcher.add(folder);
      const reload = (file: string) => {
        if (file.startsWith(folder + sep)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);

      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        // Only /data/…: the app's own source lives under /src/data/ and must pass through.
        const match = /^\/data\/(.+)$/.exec(decodeURIComponent(url.pathname));
        if (!match) return next();
        const relative = match[1]!;
        response.setHeader('Cache-Control', 'no-store');
        if (relative === MANIFEST_FILE) {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(buildManifest(listDataFiles(folder))));
          return;
        }
        if (!listDataFiles(folder).includes(relative)) {
          response.statusCode = 404;
          response.end('Not found');
          return;
        }
        response.setHeader('Content-Type', 'application/json');
        response.end(readFileSync(join(folder, relative)));
      });
    },

    buildStart() {
      const { dataset, files } = checkFolder(folder);
      const { errors } = countProblems(dataset.problems);
      for (const problem of dataset.problems) {
        const line = formatProblem(problem, options.dir);
        if (problem.severity === 'error') console.error(line);
        else console.warn(line);
      }
      if (errors > 0) {
        this.error(
          `The data in ${options.dir} has errors, so the site was not built. ${summariseProblems(dataset.problems, files.length)} Fix them, then run the build again (npm run check-data shows the same list).`,
        );
      }
    },

    generateBundle() {
      const files = listDataFiles(folder);
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(folder, file)) });
      }
      this.emitFile({ type: 'asset', fileName: `data/${MANIFEST_FILE}`, source: JSON.stringify(buildManifest(files), null, 2) });
    },
  };
}
