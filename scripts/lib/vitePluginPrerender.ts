// Pages drawn at publication. After the build has written dist/ (and by publish-data after it
// switches the site to new figures), every page of the latest month is rendered to HTML with
// React's server rendering (src/entry-server.tsx) and written as its own file:
// dist/index.html (Overview), dist/targets/index.html, dist/indicator/CP5/index.html, …
// Each file carries <base href> back to the site's root, so it works at any path of any static
// host, and marks naming the route and the publication drawn, so the browser hydrates it only
// when the figures are still the published ones.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { POINTER_FILE, publicationFile, type Pointer, type Publication } from '../../src/domain/contract/publication.ts';
import { readHistory } from './history.ts';
import { modelFileAt, removeOtherModels, writeModelFiles } from './modelFiles.ts';
import { writeAtomically } from './writeAtomically.ts';

/** The page without figures, kept beside the pages as the template each one is drawn into. */
export const SHELL_FILE = 'app-shell.html';

/**
 * Each page's own style sheets (a page chunk imports its CSS: targets.css, …), by route path as
 * the page manifest (src/routing/pages.ts) writes it (`''` for the Overview, `indicator/:id`): written by the build beside the
 * shell, read by every drawing of the pages, so a drawn page carries its CSS in its <head> and is
 * styled before its script loads (else its filters jump when the chunk's CSS arrives).
 */
export const PAGE_STYLES_FILE = 'page-styles.json';

/** Each page's JavaScript chunks, by route path as for PAGE_STYLES_FILE (see pageModulesOf). */
export const PAGE_MODULES_FILE = 'page-modules.json';

/** The route path (as the page manifest (src/routing/pages.ts) writes it) a drawn route falls under: `/indicator/CP5/` is `indicator/:id`. */
export function routePathFor(route: string, paths: readonly string[]): string | undefined {
  const segments = route.split('/').filter(Boolean);
  return paths.find((path) => {
    const pattern = path.split('/').filter(Boolean);
    return pattern.length === segments.length && pattern.every((part, index) => part.startsWith(':') || part === segments[index]);
  });
}

/** The page with a <link rel="stylesheet"> for each of `sheets` it does not link already, at the end of its <head>. */
export function withStyleSheets(html: string, sheets: readonly string[]): string {
  const missing = sheets.filter((sheet) => !html.includes(`href="./${sheet}"`) && !html.includes(`href="${sheet}"`));
  if (missing.length === 0) return html;
  return html.replace(/<\/head>/i, `${missing.map((sheet) => `    <link rel="stylesheet" href="${escapeHtml(sheet)}">\n`).join('')}  </head>`);
}

/**
 * The page with each of its style sheets written into it: every `<link rel="stylesheet">` to a
 * sheet `readSheet` can read becomes a `<style data-href="…">` holding it, so the page is drawn
 * as soon as its HTML arrives, with no request before the first paint. A sheet it cannot read,
 * or one that could end the <style> early, stays a link. (A page chunk's loader may still link
 * its sheet after hydration: the same rules again, with nothing moving.)
 */
export function withInlineStyles(html: string, readSheet: (sheet: string) => string | undefined): string {
  return html.replace(/[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/gi, (link) => {
    const href = /\bhref="(?:\.\/)?([^"]+)"/.exec(link)?.[1];
    const css = href === undefined || /^[a-z]+:|^\//i.test(href) ? undefined : readSheet(href);
    if (css === undefined || /<\/style/i.test(css)) return link;
    return `    <style data-href="${escapeHtml(href!)}">${css.trim()}</style>\n`;
  });
}

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** Each route path's page chunk and every chunk it imports, from the build's chunks, with their CSS. */
function pageChunksOf(bundle: Record<string, ChunkLike>, pages: readonly { path: string; module: string }[], root: string): Map<string, { modules: string[]; sheets: string[] }> {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const found = new Map<string, { modules: string[]; sheets: string[] }>();
  for (const page of pages) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId === join(root, page.module));
    if (!chunk) continue;
    const sheets = new Set<string>();
    const seen = new Set<string>();
    const visit = (item: ChunkLike | undefined) => {
      if (!item || seen.has(item.fileName)) return;
      seen.add(item.fileName);
      for (const sheet of item.viteMetadata?.importedCss ?? []) sheets.add(sheet);
      for (const imported of item.imports ?? []) visit(byFile.get(imported));
    };
    visit(chunk);
    found.set(page.path, { modules: [...seen], sheets: [...sheets].sort() });
  }
  return found;
}

/** Each route path's style sheets, from the build's chunks: the page chunk's CSS and that of every chunk it imports. */
export function pageStylesOf(bundle: Record<string, ChunkLike>, pages: readonly { path: string; module: string }[], root: string): Record<string, string[]> {
  const styles: Record<string, string[]> = {};
  for (const [path, { sheets }] of pageChunksOf(bundle, pages, root)) if (sheets.length > 0) styles[path] = sheets;
  return styles;
}

/**
 * Each route path's JavaScript: the page chunk first, then every chunk it imports. A drawn page
 * names them on its root element, so that once it is painted its script fetches them beside the
 * app's own code instead of after it.
 */
export function pageModulesOf(bundle: Record<string, ChunkLike>, pages: readonly { path: string; module: string }[], root: string): Record<string, string[]> {
  const modules: Record<string, string[]> = {};
  for (const [path, chunks] of pageChunksOf(bundle, pages, root)) modules[path] = chunks.modules;
  return modules;
}

/**
 * Node's own import(), out of reach of the module runner that `vite --configLoader runner`
 * loads this file with: the runner is closed by the time the build's last hook runs, and an
 * import() it had rewritten would fail ("Vite module runner has been closed").
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** The project folder: above this file in the source, and above .build/ when compiled. */
function findProject(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'src/entry-server.tsx'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No src/entry-server.tsx above ${from}`);
  }
}

const PROJECT = findProject(import.meta.dirname);
const SERVER_ENTRY = join(PROJECT, 'src/entry-server.tsx');
const SERVER_OUT = join(PROJECT, 'node_modules/.cache/dashboard-prerender');

/** The figures a page is drawn from: the pointer and the publication it names (and the page's model, as written beside it). */
export interface PublishedData {
  pointer: Pointer;
  publication: Publication;
  model?: unknown;
}

/** What the server entry (src/entry-server.tsx) gives the build: the page manifest's routes and modules, and the drawing. */
interface ServerEntry {
  PRERENDER_BASENAME: string;
  PRERENDER_MARKS: { publication: string; route: string; modules: string };
  PAGE_MODULES: { path: string; module: string }[];
  routesDrawn: (indicatorIds: readonly string[]) => { figures: string[]; shells: string[] };
  renderPage: (route: string, data: PublishedData) => Promise<{ html: string; title: string | undefined }>;
}

export interface PrerenderResult {
  pages: string[];
  milliseconds: number;
}

/** `./` for the root page, `../../` for /indicator/CP5/: from a page's folder back to the root. */
export function baseHrefFor(route: string): string {
  const depth = route.split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The shell with <base href> for the route: every relative address then starts at the root. */
function withBase(shell: string, route: string): string {
  return shell.replace(/<head>/i, `<head>\n    <base href="${baseHrefFor(route)}" />`);
}

/** A drawn page: its title, its marks and its HTML in the root element, links made relative. */
export function pageDocument(
  shell: string,
  route: string,
  page: { html: string; title: string | undefined },
  marks: { publication: string; route: string; modules: string },
  publication: string,
  basename: string,
  modules: readonly string[] = [],
): string {
  const links = page.html.replaceAll(`href="${basename}`, 'href="./');
  const moduleMark = modules.length ? ` ${marks.modules}="${escapeHtml(modules.join(' '))}"` : '';
  let document = withBase(shell, route)
    // The figures are in the page: it no longer needs a script to be read. The shell's notice goes
    // before the page goes in, so that a page's own <noscript> (the month picker's) stays.
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace(/<div id="root"><\/div>/, `<div id="root" ${marks.publication}="${escapeHtml(publication)}" ${marks.route}="${escapeHtml(route)}"${moduleMark}>${links}</div>`);
  if (page.title) document = document.replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
  return document;
}

/** The shell's preload of the publication (written by the data plugin) pointed at `pointer`'s. */
export function withPreloadOf(shell: string, pointer: { publication: string; file: string } | undefined): string {
  if (!pointer) return shell;
  return shell.replace(/(<link[^>]*href=")data\/publications\/[^"]*("[^>]*data-publication=")[^"]*"/, `$1data/${escapeHtml(pointer.file)}$2${escapeHtml(pointer.publication)}"`);
}

/**
 * Build src/entry-server.tsx for Node into `outDir` (once per call: the source may have
 * changed) and load it. Its page chunks load from there as pages are drawn.
 */
async function loadServerEntry(outDir: string): Promise<ServerEntry> {
  // Loaded here, not at the top: publish-data imports this file and should start fast.
  const [{ build }, { default: react }] = (await Promise.all([nativeImport('vite'), nativeImport('@vitejs/plugin-react')])) as [typeof import('vite'), typeof import('@vitejs/plugin-react')];
  await build({
    configFile: false,
    root: PROJECT,
    logLevel: 'warn',
    plugins: [react()],
    build: { ssr: SERVER_ENTRY, outDir, emptyOutDir: true, target: 'node20', reportCompressedSize: false },
  });
  return (await nativeImport(pathToFileURL(join(outDir, 'entry-server.js')).href)) as ServerEntry;
}

/** The figures the site publishes: the publication its pointer names, checked against its name. */
export function publishedDataOf(distFolder: string): PublishedData {
  const dataFolder = join(distFolder, 'data');
  const { pointer, pointerProblem, live, liveProblem } = readHistory(dataFolder);
  if (!pointer) throw new Error(`No publication in ${dataFolder}: nothing to draw (${pointerProblem ? `${POINTER_FILE} is damaged: ${pointerProblem}` : `is ${POINTER_FILE} there?`})`);
  if (!live) throw new Error(`${join(dataFolder, publicationFile(pointer.publication))}, the publication ${POINTER_FILE} names, ${liveProblem}: nothing to draw`);
  return { pointer, publication: live };
}

/**
 * Draw every page of the latest month into `distFolder`, from `data` (default: the site's own
 * published data folder). Pages of indicators no longer published are removed. `beforeDrawing`
 * is given the server entry first (the build writes each page's chunks and styles from it).
 */
export async function prerenderSite({
  distFolder,
  data,
  beforeDrawing,
}: {
  distFolder: string;
  data?: PublishedData;
  beforeDrawing?: (entry: ServerEntry) => void;
}): Promise<PrerenderResult> {
  const started = performance.now();
  const shellFile = join(distFolder, SHELL_FILE);
  if (!existsSync(shellFile)) throw new Error(`No ${SHELL_FILE} in ${distFolder}: build the site first (npm run build)`);
  const published = data ?? publishedDataOf(distFolder);
  const shell = readFileSync(shellFile, 'utf8');
  const outDir = join(SERVER_OUT, `${process.pid}-${Date.now().toString(36)}`);
  try {
    const entry = await loadServerEntry(outDir);
    beforeDrawing?.(entry);
    const pages = await drawPages(distFolder, shell, published, entry);
    return { pages, milliseconds: Math.round(performance.now() - started) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** A list of files by route path that the build wrote beside the shell (PAGE_STYLES_FILE, PAGE_MODULES_FILE); none when it is missing or unreadable. */
function readRouteFiles(distFolder: string, name: string): Record<string, string[]> {
  const file = join(distFolder, name);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  } catch {
    return {};
  }
}

async function drawPages(distFolder: string, shell: string, published: PublishedData, entry: ServerEntry): Promise<string[]> {
  // The page models first: a drawn page preloads its model, which must be there when it is served.
  const id = published.pointer.publication;
  const models = writeModelFiles(join(distFolder, 'data'), published.publication);
  const modelFileOf = (route: string) => modelFileAt(route, id);
  const indicatorIds = published.publication.dataset.indicators.map((indicator) => indicator.id);
  const { figures: routes, shells } = entry.routesDrawn(indicatorIds);
  const styles = readRouteFiles(distFolder, PAGE_STYLES_FILE);
  const paths = Object.keys(styles);
  const sheets = new Map<string, string | undefined>();
  const readSheet = (sheet: string) => {
    if (!sheets.has(sheet)) {
      const file = join(distFolder, sheet);
      sheets.set(sheet, file.startsWith(join(distFolder, 'assets')) && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return sheets.get(sheet);
  };
  const styled = (route: string, html: string) => {
    const path = routePathFor(route, paths);
    return withInlineStyles(path === undefined ? html : withStyleSheets(html, styles[path]!), readSheet);
  };
  const modules = readRouteFiles(distFolder, PAGE_MODULES_FILE);
  const modulesOf = (route: string) => {
    const path = routePathFor(route, Object.keys(modules));
    return path === undefined ? [] : modules[path]!;
  };
  // A page with a model preloads it, not the publication: its first load reads nothing else.
  const shellFor = (route: string) => withPreloadOf(shell, { publication: id, file: modelFileOf(route) ?? published.pointer.file });
  for (const route of routes) {
    const modelFile = modelFileOf(route);
    const model = modelFile === undefined ? undefined : models.get(modelFile);
    const page = await entry.renderPage(route, { ...published, ...(model === undefined ? {} : { model: JSON.parse(model) as unknown }) });
    writePage(distFolder, route, styled(route, pageDocument(shellFor(route), route, page, entry.PRERENDER_MARKS, id, entry.PRERENDER_BASENAME, modulesOf(route))));
  }
  for (const route of shells) writePage(distFolder, route, styled(route, withBase(shellFor(route), route)));
  removeOtherModels(join(distFolder, 'data'), id);
  removeStaleIndicatorPages(distFolder, new Set(indicatorIds));
  return [...routes, ...shells];
}

function writePage(distFolder: string, route: string, html: string): void {
  const folder = join(distFolder, ...route.split('/').filter(Boolean));
  mkdirSync(folder, { recursive: true });
  writeAtomically(join(folder, 'index.html'), html);
}

function removeStaleIndicatorPages(distFolder: string, published: Set<string>): void {
  const folder = join(distFolder, 'indicator');
  if (!existsSync(folder)) return;
  for (const id of readdirSync(folder)) {
    if (!published.has(id)) rmSync(join(folder, id), { recursive: true, force: true });
  }
}

export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'dashboard-prerender',
    configResolved(resolved) {
      config = resolved;
    },
    // The dev server serves index.html at every route (its SPA fallback): <base href> at the
    // server's root keeps data and assets found from /indicator/CP5/ too.
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (!context.server) return html;
        return html.replace(/<head>/i, `<head>\n    <base href="${config.base.startsWith('/') ? config.base : '/'}" />`);
      },
    },
    async writeBundle(_options, bundle) {
      if (config.command !== 'build' || config.build.ssr) return;
      const distFolder = resolve(config.root, config.build.outDir);
      copyFileSync(join(distFolder, 'index.html'), join(distFolder, SHELL_FILE));
      const chunks = bundle as unknown as Record<string, ChunkLike>;
      const result = await prerenderSite({
        distFolder,
        beforeDrawing: ({ PAGE_MODULES: pages }) => {
          writeAtomically(join(distFolder, PAGE_STYLES_FILE), `${JSON.stringify(pageStylesOf(chunks, pages, config.root), null, 2)}\n`);
          writeAtomically(join(distFolder, PAGE_MODULES_FILE), `${JSON.stringify(pageModulesOf(chunks, pages, config.root), null, 2)}\n`);
        },
      });
      config.logger.info(`Drew ${result.pages.length} pages for the latest month in ${result.milliseconds} ms`);
    },
  };
}
