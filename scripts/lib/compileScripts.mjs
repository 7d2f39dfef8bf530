// Compile the command lines (scripts/*.ts and the src/domain code they use) to plain JavaScript
// in .build/ (git-ignored), one bundled file each, so that they start as fast as Node does:
// transpiling TypeScript at every start (tsx) cost most of check-data's time. scripts/run.mjs
// calls this when .build/ is missing or older than any of its sources (after `npm ci`, after an
// edit); `npm run build:scripts` runs it by hand. Plain JavaScript, so nothing needs compiling
// before it can run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD = join(ROOT, '.build');
export const INPUTS_FILE = join(BUILD, 'inputs.json');

/** The command lines that run compiled: name → source. */
export const ENTRIES = {
  checkData: 'scripts/checkData.ts',
  publishData: 'scripts/publishData.ts',
  importCsv: 'scripts/importCsv.ts',
  importBenchmarks: 'scripts/importBenchmarks.ts',
  generateSchema: 'scripts/generateSchema.ts',
  report: 'scripts/report.ts',
  buildMonth: 'scripts/buildMonth.ts',
};

export async function compileScripts() {
  const { build } = await import('esbuild');
  mkdirSync(BUILD, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, source])),
    outdir: BUILD,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Packages are bundled too (zod, jsonc-parser, papaparse): one file to read at start.
    platform: 'node',
    // Drawing pages (publish-data) builds the server entry with Vite: loaded from node_modules.
    external: ['vite', '@vitejs/plugin-react'],
    // ES module builds first: jsonc-parser's UMD build requires its parts at run time.
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    // Some bundled packages are CommonJS and call require(): give ES modules one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const inputs = [...Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input)), join(ROOT, 'package-lock.json')];
  writeFileSync(INPUTS_FILE, JSON.stringify({ inputs: inputs.map((input) => relative(ROOT, input)) }, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await compileScripts();
  console.log(`Compiled ${Object.keys(ENTRIES).length} command lines to .build/ in ${Math.round(performance.now() - started)} ms.`);
}
