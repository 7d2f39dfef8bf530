// Measurements in headless Chromium (playwright-core, Debian's /usr/bin/chromium). Every load is
// in a fresh browser context (an empty cache and new connections) with the cache disabled, so
// each one is a first visit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { gzipBytes } from './bundle.ts';

const VIEWPORT = { width: 1280, height: 900 };
const TIMEOUT = 120_000;

interface Fresh {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/** A pause after each load, so that the closed context's renderer is gone before the next one starts. */
const settle = () => new Promise((done) => setTimeout(done, 250));

async function freshPage(browser: Browser): Promise<Fresh> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // The default buffer keeps 250 entries: too few for 360 data files.
  await page.addInitScript(() => performance.setResourceTimingBufferSize(5000));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, cdp };
}

interface ResourceEntry {
  name: string;
  end: number;
  encoded: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

export interface DashboardRun {
  /** Navigation start to the app's `overview-drawn` mark. */
  drawnMs: number;
  /** Navigation start to the first contentful paint: the figures drawn at publication, visible before any script runs. */
  paintMs: number;
  cards: number;
  sparklines: number;
  /** When the last JavaScript/CSS, the pointer and the last data file had arrived (ms from navigation start). */
  codeInMs: number;
  pointerInMs: number;
  dataInMs: number;
  /** JS heap in use after load, after a garbage collection. */
  heapUsed: number;
  /** What had been loaded by the mark. */
  js: Bytes;
  css: Bytes;
  data: Bytes;
  jsFiles: string[];
}

export interface FloorRun {
  loadMs: number;
  /** First contentful paint: the floor's figures visible. */
  paintMs: number;
  sparklines: number;
}

/** Sizes of the files a page loaded, read from the served folder (gzip as a server would send them). */
function bytesOf(root: string, mountUrl: string, entries: readonly ResourceEntry[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const entry of entries) {
    const path = decodeURIComponent(new URL(entry.name).pathname).slice(new URL(mountUrl).pathname.length);
    const bytes = readFileSync(join(root, path));
    raw += bytes.length;
    gzip += gzipBytes(bytes);
  }
  return { raw, gzip, files: entries.length };
}

const extension = (url: string) => /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1] ?? '';

export async function dashboardRun(browser: Browser, url: string, root: string): Promise<DashboardRun> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    const response = await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}: no such page to measure`);
    await page.waitForFunction(() => performance.getEntriesByName('overview-drawn', 'mark').length > 0, null, { timeout: TIMEOUT, polling: 100 });
    const seen = await page.evaluate(() => ({
      drawn: performance.getEntriesByName('overview-drawn', 'mark')[0]!.startTime,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      cards: document.querySelectorAll('article.card').length,
      sparklines: document.querySelectorAll('svg.sparkline').length,
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
        name: entry.name,
        end: entry.responseEnd,
        encoded: entry.encodedBodySize,
      })),
    }));
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapUsed = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    const before = seen.resources.filter((entry) => entry.end <= seen.drawn);
    const of = (kinds: string[]) => before.filter((entry) => kinds.includes(extension(entry.name)));
    const isPointer = (entry: ResourceEntry) => entry.name.endsWith('/data/current.json');
    const data = of(['json']).filter((entry) => entry.name.includes('/data/'));
    const latest = (entries: readonly ResourceEntry[]) => Math.max(0, ...entries.map((entry) => entry.end));
    return {
      drawnMs: seen.drawn,
      paintMs: seen.paint,
      cards: seen.cards,
      sparklines: seen.sparklines,
      codeInMs: latest(of(['js', 'css'])),
      pointerInMs: latest(data.filter(isPointer)),
      dataInMs: latest(data.filter((entry) => !isPointer(entry))),
      heapUsed,
      js: bytesOf(root, url, of(['js'])),
      css: bytesOf(root, url, of(['css'])),
      data: bytesOf(root, url, data),
      jsFiles: of(['js']).map((entry) => new URL(entry.name).pathname.split('/').at(-1)!),
    };
  } finally {
    await context.close();
    await settle();
  }
}

export async function floorRun(browser: Browser, url: string): Promise<FloorRun> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    // The first paint can come just after the load event on a page this small.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: TIMEOUT, polling: 'raf' });
    const seen = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      return { load: navigation.loadEventEnd || navigation.loadEventStart, paint, sparklines: document.querySelectorAll('svg.sparkline').length };
    });
    return { loadMs: seen.load, paintMs: seen.paint, sparklines: seen.sparklines };
  } finally {
    await context.close();
    await settle();
  }
}

export type PageCheck = 'indicator' | 'targets';

/**
 * Navigation start to a page fully drawn, seen by polling on every animation frame (so to within
 * a frame): the Indicator page's chart line, table and headline; every row of the Targets table.
 */
export async function pageRun(browser: Browser, url: string, check: PageCheck, rows: number): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    const response = await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    // A missing page would otherwise be waited for until the timeout.
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}: no such page to measure`);
    const handle = await page.waitForFunction(
      ({ check, rows }) => {
        const ready =
          check === 'indicator'
            ? document.querySelector('main h1') !== null &&
              // The chart's line, drawn at publication (plain SVG) or by recharts after hydration.
              (document.querySelector('.recharts-surface path.recharts-line-curve[d]') !== null || document.querySelector('svg.static-chart path[d]') !== null) &&
              document.querySelectorAll('main table tbody tr').length > 0
            : document.querySelectorAll('table.targets-table tbody tr').length >= rows;
        return ready ? performance.now() : false;
      },
      { check, rows },
      { timeout: TIMEOUT, polling: 'raf' },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
    await settle();
  }
}

export interface FetchRun {
  small: number;
  combined: number;
}

/** Like Chrome DevTools' presets, but with bandwidth unthrottled: round trips only. */
export const LATENCY_MS = 100;

/**
 * The old way (data/manifest.json, then every raw file in parallel, each read to bytes, before
 * the checks) against the new (the pointer, then the one publication, parsed), from the same
 * server, in one fresh context each. With `latency`, every request waits that long first, as
 * over a real network; on localhost there is no round-trip cost at all.
 */
export async function fetchRun(browser: Browser, siteUrl: string, mode: 'raw' | 'published', latency: number): Promise<number> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await page.goto(`${siteUrl}blank.html`, { waitUntil: 'load', timeout: TIMEOUT });
    if (latency > 0) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
    }
    return await page.evaluate(async (mode) => {
      const started = performance.now();
      const options: RequestInit = { cache: 'no-store' };
      if (mode === 'raw') {
        const manifest = (await (await fetch('data/manifest.json', options)).json()) as { files: string[] };
        const all = await Promise.all(manifest.files.map(async (file) => new Uint8Array(await (await fetch(`data/${file}`, options)).arrayBuffer())));
        if (all.length !== manifest.files.length) throw new Error('missing files');
      } else {
        const pointer = (await (await fetch('data/current.json', options)).json()) as { file: string };
        const publication = (await (await fetch(`data/${pointer.file}`, options)).json()) as { dataset: unknown };
        if (!publication.dataset) throw new Error('no dataset');
      }
      return performance.now() - started;
    }, mode);
  } finally {
    await context.close();
    await settle();
  }
}
