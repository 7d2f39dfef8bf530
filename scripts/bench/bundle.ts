// The built site's JavaScript and CSS, read from Vite's manifest (`vite build --manifest`):
// which files a route needs before it can draw, and their sizes raw and gzipped. Used by
// `npm run bench` and by the bundle budget test (tests/unit/bundleBudget.test.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { moduleFileOf, PAGES } from '../../src/routing/pages.ts';
import { groupOfSource } from './composition.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The budget of issue #8: JavaScript + CSS before the Overview is usable, gzipped. 1 KB = 1,000 bytes. */
export const OVERVIEW_BUDGET_GZIP_BYTES = 170_000;

/** The target of issue #12: JavaScript before the Overview is interactive, gzipped. */
export const OVERVIEW_JS_TARGET_GZIP_BYTES = 100_000;

/**
 * What the bundle budget test holds the Overview's initial JavaScript to today: no checks, zod or
 * jsonc-parser, no date-fns (months are written from two tables), and wouter for routing (3 KB
 * with its parser, where react-router's data router was 29 KB): 117.0 KB (116,965 bytes), of which
 * react-dom (64 KB), react and scheduler (4.5 KB) and TanStack Query (10.6 KB) are 79 KB on their
 * own, and our own code for the Overview (the month view, its words, the layout) about 37 KB; the
 * page manifest (src/routing/pages.ts: every page's title and what the build draws of it, beside
 * the router's and the navigation's fields) added 0.3 KB, and the publication's check against its
 * name (issue 30: its hash with the browser's SHA-256, the page that names a damaged one, and the
 * public site's reading of withheld counts) 0.8 KB, to 116.2 KB before it; then the round's other
 * page work on every page (the month picker's notice for a month with no figures, charts named by
 * their headings, four more glossary terms, the national band's words) 0.8 KB more: 117.8 KB
 * (117,818 bytes) measured on merging them. Then the Overview's model worked out at publication
 * (issue 29: its first load reads the model as JSON beside the publication, so none of the rules,
 * the month view, SPC, the words' functions or the glossary load with it; they load lazily only
 * where no model was written) took it to 103.9 KB (103,916 bytes): react-dom, react, scheduler,
 * TanStack Query and wouter are 81.5 KB of it, our layout, router, loading and the Overview's
 * template about 17 KB, and the rest is each of its 24 files gzipped on its own (the same files
 * as one would be 98.9 KB). Lower it to the target when fewer, larger chunks or less of the
 * layout load with the first page.
 */
export const OVERVIEW_JS_BUDGET_GZIP_BYTES = 104_500;

/**
 * Rolldown's own helpers (CommonJS interop), split into a chunk of their own when several chunks
 * share them; it comes from no source and has no source map.
 */
export const isRuntimeChunk = (file: string) => /(^|\/)rolldown-runtime-[^/]*\.js$/.test(file);

/** Every source (file or package path) a chunk was built from, from its source map. */
export function sourcesInChunk(outDir: string, file: string): string[] {
  const mapFile = join(outDir, `${file}.map`);
  if (isRuntimeChunk(file)) return [];
  if (!existsSync(mapFile)) throw new Error(`No source map for ${file}: build with --sourcemap hidden`);
  return (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }).sources.map((source) => source.replace(/\\/g, '/'));
}

export const OVERVIEW_MODULE = 'src/features/overview/OverviewPage.tsx';
/** The app itself: index.html's entry imports it once the drawn page is painted (src/main.tsx). */
export const APP_MODULE = 'src/app/start.tsx';

export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

export interface Sizes {
  raw: number;
  gzip: number;
}

export interface AssetSet {
  js: string[];
  css: string[];
  jsBytes: Sizes;
  cssBytes: Sizes;
  total: Sizes;
}

/**
 * `vite build` into `outDir` in a child process, as `npm run build` runs it (NODE_ENV=production:
 * a test runner's NODE_ENV=test would build React's development copy). Rejects with the build's
 * output if it fails.
 */
export function buildSite(options: { outDir: string; dataDir?: string; sourcemap?: 'hidden' | false }): Promise<{ ms: number }> {
  const args = [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', options.outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'];
  if (options.sourcemap) args.push('--sourcemap', options.sourcemap);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (options.dataDir) env.DASHBOARD_DATA_DIR = options.dataDir;
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done({ ms: performance.now() - started });
      else fail(new Error(`vite build failed (exit ${code}):\n${output}`));
    });
  });
}

export function readManifest(outDir: string): ViteManifest {
  const path = join(outDir, '.vite/manifest.json');
  if (!existsSync(path)) throw new Error(`No ${path}: build with --manifest`);
  return JSON.parse(readFileSync(path, 'utf8')) as ViteManifest;
}

/** The manifest keys loaded with `keys`: each chunk and every chunk it imports statically. */
export function staticClosure(manifest: ViteManifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no chunk ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen];
}

export function entryKey(manifest: ViteManifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the manifest, found ${entries.join(', ') || 'none'}`);
  return entries[0]!;
}

export function gzipBytes(bytes: Uint8Array): number {
  return gzipSync(bytes).length;
}

export function sizesOf(outDir: string, files: readonly string[]): Sizes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipBytes(bytes);
  }
  return { raw, gzip };
}

function assetSet(outDir: string, js: string[], css: string[]): AssetSet {
  const jsBytes = sizesOf(outDir, js);
  const cssBytes = sizesOf(outDir, css);
  return { js, css, jsBytes, cssBytes, total: { raw: jsBytes.raw + cssBytes.raw, gzip: jsBytes.gzip + cssBytes.gzip } };
}

/**
 * The JavaScript and CSS a route needs before it can draw: index.html's entry and its static
 * imports, the app it starts (APP_MODULE) and its static imports, then the route's lazy chunk
 * (`routeModule`, e.g. OVERVIEW_MODULE) and its static imports, with the CSS of each.
 */
export function initialAssets(outDir: string, manifest: ViteManifest, routeModule: string): AssetSet {
  const keys = staticClosure(manifest, [entryKey(manifest), APP_MODULE, routeModule]);
  const js = [...new Set(keys.map((key) => manifest[key]!.file))];
  const css = [...new Set(keys.flatMap((key) => manifest[key]!.css ?? []))];
  return assetSet(outDir, js, css);
}

/** Every .js and .css file in the build's assets/ folder. */
export function allAssets(outDir: string): AssetSet {
  const files = readdirSync(join(outDir, 'assets')).filter((file) => statSync(join(outDir, 'assets', file)).isFile());
  const pick = (extension: string) => files.filter((file) => extname(file) === extension).map((file) => `assets/${file}`);
  return assetSet(outDir, pick('.js'), pick('.css'));
}

/** The page modules the router loads lazily (the page manifest's), as manifest keys (`src/features/…/XPage.tsx`). */
export function lazyPageModules(): string[] {
  return [...new Set(PAGES.map(moduleFileOf))];
}

/** npm packages whose code is in `file` (a path in the build), from its source map. */
export function packagesInChunk(outDir: string, file: string): Set<string> {
  const mapFile = join(outDir, `${file}.map`);
  if (isRuntimeChunk(file)) return new Set();
  if (!existsSync(mapFile)) throw new Error(`No source map for ${file}: build with --sourcemap hidden`);
  const { sources } = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  return new Set(sources.filter((source) => source.includes('node_modules/')).map(groupOfSource));
}
