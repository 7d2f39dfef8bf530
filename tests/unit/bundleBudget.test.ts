// The bundle budgets of issues #8 and #12, on a real production build (vite build into a
// temporary folder, with its manifest and hidden source maps): what the Overview needs before it
// is usable is at most 170 KB of JavaScript + CSS gzipped and OVERVIEW_JS_BUDGET_GZIP_BYTES of
// JavaScript (issue #12's target is 100 KB: see scripts/bench/bundle.ts), with no recharts and
// none of the checks (zod, jsonc-parser, src/domain/contract/dataset.ts): the pages read a
// publication that was checked when it was published. Every page is a chunk of its own. Sizes are deterministic, so they are asserted here; timings never are (npm run bench
// reports them).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  entryKey,
  initialAssets,
  lazyPageModules,
  OVERVIEW_BUDGET_GZIP_BYTES,
  OVERVIEW_JS_BUDGET_GZIP_BYTES,
  OVERVIEW_MODULE,
  sourcesInChunk,
  packagesInChunk,
  readManifest,
  staticClosure,
  type AssetSet,
  type ViteManifest,
} from '../../scripts/bench/bundle';
import { chunkComposition } from '../../scripts/bench/composition';

const outDir = mkdtempSync(join(tmpdir(), 'dashboard-budget-'));
let manifest: ViteManifest;
let initial: AssetSet;

/** Where the bytes go, for the failure message: the largest packages of the initial JavaScript. */
function composition(): string {
  const rows = initial.js.flatMap((file) => chunkComposition(join(outDir, file)));
  const byGroup = new Map<string, number>();
  for (const row of rows) byGroup.set(row.group, (byGroup.get(row.group) ?? 0) + row.gzip);
  return [...byGroup]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([group, gzip]) => `  ${group}: ${(gzip / 1000).toFixed(1)} KB gzip`)
    .join('\n');
}

beforeAll(async () => {
  await buildSite({ outDir, sourcemap: 'hidden' });
  manifest = readManifest(outDir);
  initial = initialAssets(outDir, manifest, OVERVIEW_MODULE);
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the bundle budget for the Overview', () => {
  it('loads at most 170 KB of JavaScript and CSS (gzip) before the Overview is usable', () => {
    expect(initial.js.length).toBeGreaterThan(1);
    expect(initial.css.length).toBeGreaterThan(0);
    const total = initial.total.gzip;
    const message = `initial JS + CSS for the Overview is ${(total / 1000).toFixed(1)} KB gzip (JS ${(initial.jsBytes.gzip / 1000).toFixed(1)}, CSS ${(initial.cssBytes.gzip / 1000).toFixed(1)}), budget ${OVERVIEW_BUDGET_GZIP_BYTES / 1000} KB; largest parts:\n${composition()}`;
    expect(total, message).toBeLessThanOrEqual(OVERVIEW_BUDGET_GZIP_BYTES);
  });

  it(`loads at most ${OVERVIEW_JS_BUDGET_GZIP_BYTES / 1000} KB of JavaScript (gzip) before the Overview is usable`, () => {
    const message = `initial JS for the Overview is ${(initial.jsBytes.gzip / 1000).toFixed(1)} KB gzip, budget ${OVERVIEW_JS_BUDGET_GZIP_BYTES / 1000} KB; largest parts:\n${composition()}`;
    expect(initial.jsBytes.gzip, message).toBeLessThanOrEqual(OVERVIEW_JS_BUDGET_GZIP_BYTES);
  });

  it('loads none of the checks before the Overview is usable: no zod, jsonc-parser or contract/dataset.ts', () => {
    const sources = initial.js.flatMap((file) => sourcesInChunk(outDir, file));
    expect(sources.some((source) => source.includes('src/domain/months.ts')), 'the source maps name our own modules').toBe(true);
    const checks = sources.filter((source) => /node_modules\/(zod|jsonc-parser)\/|src\/domain\/contract\/(dataset|readFile|fileChecks|jsonSource)\.ts|src\/domain\/schema\.ts/.test(source));
    expect(checks).toEqual([]);
  });

  it('finds the checks in the Data page’s worker, so the check above can fail', () => {
    const worker = readdirSync(join(outDir, 'assets')).find((name) => /^rawCheck\.worker-.*\.js$/.test(name));
    expect(worker, 'the worker is built as a file of its own').toBeDefined();
    expect(readFileSync(join(outDir, 'assets', worker!), 'utf8')).toMatch(/Invalid JSON/);
  });

  it('does not load recharts before the Overview is usable', () => {
    const packages = new Set(initial.js.flatMap((file) => [...packagesInChunk(outDir, file)]));
    expect(packages.has('react-dom'), 'the source maps name the packages in the initial chunks').toBe(true);
    expect([...packages].filter((name) => name === 'recharts' || name.startsWith('d3-') || name === 'victory-vendor')).toEqual([]);
  });

  it('does not load the workbook reader (spreadsheet/ and fflate) before the Overview is usable; it is in its own chunk', () => {
    const packages = new Set(initial.js.flatMap((file) => [...packagesInChunk(outDir, file)]));
    expect([...packages].filter((name) => name === 'fflate')).toEqual([]);
    const sources = initial.js.flatMap((file) => sourcesInChunk(outDir, file));
    expect(sources.filter((source) => source.includes('src/domain/spreadsheet/'))).toEqual([]);
    // The Data page reads a workbook in a worker of its own (and, where there is no Worker, loads the same code lazily).
    const worker = readdirSync(join(outDir, 'assets')).find((name) => /^workbookPreview\.worker-.*\.js$/.test(name));
    expect(worker, 'the workbook reader is built as a worker of its own').toBeDefined();
    expect(readFileSync(join(outDir, 'assets', worker!), 'utf8')).toMatch(/OpenDocument spreadsheet/);
    const reader = manifest['src/data/workbookPreview.ts'];
    expect(reader?.isDynamicEntry, 'workbookPreview.ts is loaded lazily').toBe(true);
    expect(staticClosure(manifest, ['src/data/workbookPreview.ts']).some((key) => packagesInChunk(outDir, manifest[key]!.file).has('fflate'))).toBe(true);
  });

  it('finds recharts in the Indicator page’s chunks, so the check above can fail', () => {
    const indicatorFiles = staticClosure(manifest, ['src/features/indicator/IndicatorPage.tsx']).map((key) => manifest[key]!.file);
    expect(indicatorFiles.some((file) => packagesInChunk(outDir, file).has('recharts'))).toBe(true);
  });
});

describe('code splitting by page', () => {
  const pages = lazyPageModules();

  it('finds the lazy pages in the routes', () => {
    expect(pages).toContain(OVERVIEW_MODULE);
    expect(pages).toContain('src/features/indicator/IndicatorPage.tsx');
    expect(pages).toContain('src/features/targets/TargetsPage.tsx');
  });

  it('builds each page as its own lazily loaded chunk', () => {
    const entryFile = manifest[entryKey(manifest)]!.file;
    const files = pages.map((page) => {
      const chunk = manifest[page];
      expect(chunk, `${page} in the manifest`).toBeDefined();
      expect(chunk!.isDynamicEntry, `${page} is loaded lazily`).toBe(true);
      return chunk!.file;
    });
    expect(files).not.toContain(entryFile);
    expect(new Set(files).size).toBe(files.length);
  });

  it('loads no other page’s chunk before the Overview is usable', () => {
    const otherPages = pages.filter((page) => page !== OVERVIEW_MODULE).map((page) => manifest[page]!.file);
    expect(initial.js.filter((file) => otherPages.includes(file))).toEqual([]);
  });
});
