// npm run bench [-- --quick] [-- --pairs 7] [-- --no-lighthouse] [-- --keep]
//
// Builds the site, generates 10 and 30 years of data for 80 indicators, and measures in headless
// Chromium on this machine: bytes before the Overview is usable, time to the Overview fully drawn
// against the floor (a static page of the same figures), the Indicator and Targets pages, JS heap,
// Lighthouse, check-data, and the raw files' many requests against the pointer and one publication. Prints a table
// and writes everything to bench/results/<timestamp>.json. See bench/README.md for how to read it.
import { cpus, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serveStatic, type StaticServer } from '../lib/staticServer.ts';
import { generateLargeData } from '../generateLargeData.ts';
import { allAssets, buildSite, initialAssets, OVERVIEW_BUDGET_GZIP_BYTES, OVERVIEW_JS_TARGET_GZIP_BYTES, OVERVIEW_MODULE, readManifest, ROOT } from './bundle.ts';
import { timeCheckData, type CheckDataTiming } from './checkDataTiming.ts';
import { chunkComposition } from './composition.ts';

import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { dashboardRun, fetchRun, floorRun, LATENCY_MS, pageRun, type DashboardRun, type FloorRun } from './measure.ts';
import { siteFromBuild, type Site } from './sites.ts';
import { formatSpread, kb, mb, spread, table, type Spread } from './stats.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const pairsArg = args.indexOf('--pairs');
const PAIRS = pairsArg === -1 ? (quick ? 3 : 5) : Math.max(1, Number(args[pairsArg + 1]));
const PAGE_RUNS = quick ? 2 : 5;
const FETCH_RUNS = quick ? 1 : 2;
const CHECK_RUNS = quick ? 1 : 3;
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const KEEP = args.includes('--keep');

const started = performance.now();
const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

interface SiteResult {
  site: Omit<Site, 'floor' | 'root' | 'dataFolder'> & { month: string };
  dashboard: DashboardRun[];
  floor: FloorRun[];
  ratios: number[];
  /** The dashboard's first paint over the floor's, pair by pair. */
  paintRatios: number[];
}

async function pairs(browser: Browser, site: Site, server: StaticServer, count: number): Promise<SiteResult> {
  const dashboard: DashboardRun[] = [];
  const floor: FloorRun[] = [];
  for (let pair = 0; pair < count; pair++) {
    // Alternate which goes first, so that a drift in the machine's load falls on both.
    const runDashboard = async () => dashboard.push(await dashboardRun(browser, server.url, site.root));
    const runFloor = async () => floor.push(await floorRun(browser, `${server.url}floor.html`));
    if (pair % 2 === 0) {
      await runDashboard();
      await runFloor();
    } else {
      await runFloor();
      await runDashboard();
    }
  }
  const last = dashboard.at(-1)!;
  if (last.sparklines !== site.floor.sparklines || last.cards !== site.priority) {
    throw new Error(
      `${site.name}: the dashboard drew ${last.cards} cards and ${last.sparklines} sparklines at its mark; the floor has ${site.priority} and ${site.floor.sparklines}`,
    );
  }
  const { floor: floorPage, root: _root, dataFolder: _dataFolder, ...rest } = site;
  return {
    site: { ...rest, month: floorPage.month },
    dashboard,
    floor,
    ratios: dashboard.map((run, index) => run.drawnMs / floor[index]!.loadMs),
    paintRatios: dashboard.map((run, index) => run.paintMs / floor[index]!.paintMs),
  };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
  const buildDir = join(work, 'build');
  try {
    // ---- build and bytes
    log('vite build (sample data)…');
    const build = await buildSite({ outDir: buildDir, sourcemap: 'hidden' });
    const manifest = readManifest(buildDir);
    const initial = initialAssets(buildDir, manifest, OVERVIEW_MODULE);
    const everything = allAssets(buildDir);
    const compositionByGroup = new Map<string, { raw: number; gzip: number }>();
    for (const file of initial.js) {
      for (const row of chunkComposition(join(buildDir, file))) {
        const sum = compositionByGroup.get(row.group) ?? { raw: 0, gzip: 0 };
        compositionByGroup.set(row.group, { raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip });
      }
    }
    const composition = [...compositionByGroup].map(([group, sizes]) => ({ group, ...sizes })).sort((a, b) => b.gzip - a.gzip);

    // ---- data
    log('generating 10 and 30 years × 80 indicators…');
    const generated = [10, 30].map((years) => {
      const t = performance.now();
      const summary = generateLargeData(join(work, `data-${years}y`), { years });
      return { years, ...summary, ms: performance.now() - t };
    });
    log('publishing the three sites and drawing their pages…');
    const sites: Site[] = [];
    for (const [name, folder, dir] of [
      ['sample', join(ROOT, 'data'), 'site-sample'],
      ['10 years', generated[0]!.folder, 'site-10y'],
      ['30 years', generated[1]!.folder, 'site-30y'],
    ] as const) {
      sites.push(await siteFromBuild(name, buildDir, folder, join(work, dir)));
    }

    // ---- check-data
    const checkData: CheckDataTiming[] = [];
    for (const [index, data] of generated.entries()) {
      // The first folder warms the code up; the larger one is timed once (it takes a while).
      log(`check-data over ${data.months} snapshot files…`);
      checkData.push(await timeCheckData(data.folder, index === 0 ? CHECK_RUNS : 1, index === 0));
    }

    // ---- Chromium
    const servers = await Promise.all(sites.map((site) => serveStatic(site.root)));
    const browser = await launchBrowser();
    const chromium = browser.version();
    const siteResults: SiteResult[] = [];
    const pages: { site: string; page: string; url: string; ms: number[]; floor: FloorRun[] }[] = [];
    const fetches: { site: string; snapshots: number; files: number; bytes: number; publishedBytes: number; latency: number; raw: number[]; published: number[] }[] = [];
    try {
      log('warming up Chromium…');
      await dashboardRun(browser, servers[0]!.url, sites[0]!.root);
      await floorRun(browser, `${servers[0]!.url}floor.html`);

      for (const [index, site] of sites.entries()) {
        log(`Overview against the floor, ${PAIRS} pairs: ${site.name}…`);
        siteResults.push(await pairs(browser, site, servers[index]!, PAIRS));
      }

      const ten = sites[1]!;
      const tenUrl = servers[1]!.url;
      for (const [page, route, check, floorFile] of [
        ['Indicator', `indicator/${ten.firstPriorityId}/`, 'indicator', 'floor-indicator.html'],
        ['Targets', 'targets/', 'targets', 'floor-targets.html'],
      ] as const) {
        log(`${page} page against its floor, ${PAGE_RUNS} pairs: ${ten.name}…`);
        const ms: number[] = [];
        const floor: FloorRun[] = [];
        for (let run = 0; run < PAGE_RUNS; run++) {
          ms.push(await pageRun(browser, tenUrl + route, check, ten.indicators));
          floor.push(await floorRun(browser, tenUrl + floorFile));
        }
        pages.push({ site: ten.name, page, url: route, ms, floor });
      }

      for (const latency of [0, LATENCY_MS]) {
        for (const [index, site] of sites.entries()) {
          log(`fetch: the raw files against the publication, ${site.name}, latency ${latency} ms…`);
          const raw: number[] = [];
          const published: number[] = [];
          for (let run = 0; run < FETCH_RUNS; run++) {
            raw.push(await fetchRun(browser, servers[index]!.url, 'raw', latency));
            published.push(await fetchRun(browser, servers[index]!.url, 'published', latency));
          }
          fetches.push({ site: site.name, snapshots: site.snapshots, files: site.rawFiles, bytes: site.rawBytes, publishedBytes: site.dataBytes, latency, raw, published });
        }
      }
    } finally {
      await browser.close();
    }

    // ---- Lighthouse
    // As served by scripts/lib/staticServer.ts (no compression), then gzipped as most hosts do.
    const lighthouse: LighthouseResult[] = [];
    if (LIGHTHOUSE) {
      const gzipped = await serveStatic(sites[0]!.root, undefined, { gzip: true });
      for (const compressed of quick ? [true] : [false, true]) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          // Mobile over gzip is issue #12's figure: the median of 5 runs (by performance score), as it asks.
          const runs = formFactor === 'mobile' && compressed && !quick ? 5 : 1;
          const results: LighthouseResult[] = [];
          for (let run = 0; run < runs; run++) {
            log(`Lighthouse ${formFactor}, ${compressed ? 'gzip' : 'uncompressed'}${runs > 1 ? `, run ${run + 1} of ${runs}` : ''}…`);
            results.push(await runLighthouse((compressed ? gzipped : servers[0]!).url, formFactor, compressed));
          }
          const sorted = [...results].sort((a, b) => a.performance - b.performance);
          const median = sorted[Math.floor(sorted.length / 2)]!;
          lighthouse.push(runs > 1 ? { ...median, runs: results.map((result) => result.performance) } : median);
        }
      }
      // Accessibility on the other two pages the accessibility issue names (desktop, gzip).
      for (const route of ['indicator/CP5/', 'targets/']) {
        log(`Lighthouse desktop, gzip, ${route}…`);
        lighthouse.push({ ...(await runLighthouse(`${gzipped.url}${route}`, 'desktop', true)), page: route });
      }
      await gzipped.close();
    }
    await Promise.all(servers.map((server) => server.close()));

    // ---- report
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, chromium },
      options: { quick, pairs: PAIRS, pageRuns: PAGE_RUNS, fetchRuns: FETCH_RUNS, checkRuns: CHECK_RUNS, lighthouse: LIGHTHOUSE },
      build: { ms: build.ms },
      bytes: {
        budgetGzip: OVERVIEW_BUDGET_GZIP_BYTES,
        overviewInitial: initial,
        all: everything,
        initialComposition: composition,
      },
      generated,
      overview: siteResults,
      pages,
      checkData,
      fetches,
      lighthouse,
      seconds: (performance.now() - started) / 1000,
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(ROOT, 'bench/results', `${result.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(report(result));
    console.log(`\nJSON: ${relative(ROOT, file)}  (${result.seconds.toFixed(0)} s in all)`);
  } finally {
    if (KEEP) log(`work folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** A page's fully drawn time over its floor's first paint, run by run, as a median. */
function pageFloorRatio(page: { ms: number[]; floor?: FloorRun[] }): number | undefined {
  if (!page.floor?.length) return undefined;
  return spread(page.ms.map((drawn, index) => drawn / page.floor![index]!.paintMs)).median;
}

type Result = {
  date: string;
  machine: { cpus: number; node: string; chromium: string };
  options: { quick: boolean; pairs: number; pageRuns: number; fetchRuns: number; checkRuns: number };
  bytes: {
    budgetGzip: number;
    overviewInitial: ReturnType<typeof initialAssets>;
    all: ReturnType<typeof allAssets>;
    initialComposition: { group: string; raw: number; gzip: number }[];
  };
  overview: SiteResult[];
  /** Fully drawn, each run paired with a load of the page's own floor (older results have no floor). */
  pages: { site: string; page: string; ms: number[]; floor?: FloorRun[] }[];
  checkData: CheckDataTiming[];
  fetches: { site: string; snapshots: number; files: number; bytes: number; publishedBytes: number; latency: number; raw: number[]; published: number[] }[];
  lighthouse: LighthouseResult[];
};

const ms = (value: Spread) => formatSpread(value, 0);
const goal = (met: boolean) => (met ? 'met' : 'NOT met');

function report(result: Result): string {
  const out: string[] = [];
  const { bytes } = result;
  out.push(
    `Dashboard benchmark, ${result.date.slice(0, 16).replace('T', ' ')} UTC: ${result.machine.cpus} CPUs, Node ${result.machine.node}, Chromium ${result.machine.chromium}` +
      `${result.options.quick ? ', --quick' : ''}`,
  );
  out.push('Times in ms from navigation start: median (min–max). KB = 1,000 bytes; gzip by node:zlib at its default level.');

  // Bytes
  out.push('\n1. JavaScript and CSS');
  const seenIn10y = result.overview[1]?.dashboard[0];
  const row = (label: string, set: { jsBytes: { raw: number; gzip: number }; cssBytes: { raw: number; gzip: number }; total: { raw: number; gzip: number }; js: string[] }) => [
    label,
    `${set.js.length}`,
    kb(set.jsBytes.gzip),
    kb(set.cssBytes.gzip),
    kb(set.total.gzip),
    kb(set.total.raw),
  ];
  const rows = [row('before the Overview is usable (manifest)', bytes.overviewInitial), row('whole build (every page)', bytes.all)];
  if (seenIn10y) {
    rows.splice(1, 0, [
      'before the mark, as Chromium loaded them',
      `${seenIn10y.js.files}`,
      kb(seenIn10y.js.gzip),
      kb(seenIn10y.css.gzip),
      kb(seenIn10y.js.gzip + seenIn10y.css.gzip),
      kb(seenIn10y.js.raw + seenIn10y.css.raw),
    ]);
  }
  out.push(table(['', 'JS files', 'JS gzip', 'CSS gzip', 'total gzip', 'total raw'], rows));
  const over = bytes.overviewInitial.total.gzip - bytes.budgetGzip;
  out.push(
    `  budget: initial JS + CSS ≤ ${bytes.budgetGzip / 1000} KB gzip: ${over <= 0 ? `met, ${kb(-over)} to spare` : `NOT met, over by ${kb(over)}`}`,
  );
  out.push(
    `  largest parts of the initial JavaScript (gzip each on its own): ${bytes.initialComposition
      .slice(0, 8)
      .map((part) => `${part.group} ${kb(part.gzip)}`)
      .join(', ')}`,
  );

  // Overview vs floor
  out.push(`\n2. Overview fully drawn (the app's 'overview-drawn' mark) against the floor (static HTML, load event), ${result.options.pairs} alternating pairs`);
  out.push(
    table(
      ['data', 'snapshots', 'ind. (priority)', 'data files', 'data', 'dashboard', 'floor', 'ratio', 'code in', 'data in', 'heap after load'],
      result.overview.map((site) => [
        site.site.name,
        `${site.site.snapshots}`,
        `${site.site.indicators} (${site.site.priority})`,
        `${site.site.dataFiles}`,
        mb(site.site.dataBytes),
        ms(spread(site.dashboard.map((run) => run.drawnMs))),
        ms(spread(site.floor.map((run) => run.loadMs))),
        formatSpread(spread(site.ratios), 1, '×'),
        `${spread(site.dashboard.map((run) => run.codeInMs)).median.toFixed(0)}`,
        `${spread(site.dashboard.map((run) => run.dataInMs)).median.toFixed(0)}`,
        mb(spread(site.dashboard.map((run) => run.heapUsed)).median),
      ]),
    ),
  );
  out.push('  code in / data in: when the last JS or CSS file, and the publication, had arrived (medians); the rest, to the mark, is drawing.');

  out.push(`\n2b. Overview figures visible (first contentful paint: the page drawn at publication, before its script runs) against the floor's first paint, the same ${result.options.pairs} pairs (issue #12: within 1.5×)`);
  out.push(
    table(
      ['data', 'dashboard', 'floor', 'ratio'],
      result.overview.map((site) => [
        site.site.name,
        ms(spread(site.dashboard.map((run) => run.paintMs))),
        ms(spread(site.floor.map((run) => run.paintMs))),
        formatSpread(spread(site.paintRatios), 1, '×'),
      ]),
    ),
  );

  // Other pages
  if (result.pages.length) {
    out.push('\n3. Other pages fully drawn, 10 years × 80 indicators (issue #3: under 2,000 ms), and against their own floor\'s first paint (a static page of the same figures; issue #12: within 2×)');
    const overview10 = result.overview[1];
    const pageRows = result.pages.map((page) => {
      const floor = page.floor?.length ? spread(page.floor.map((run) => run.paintMs)) : undefined;
      return [page.page, ms(spread(page.ms)), goal(spread(page.ms).median < 2000), floor ? ms(floor) : '', floor ? `${pageFloorRatio(page)!.toFixed(1)}×` : ''];
    });
    if (overview10) {
      const drawn = spread(overview10.dashboard.map((run) => run.drawnMs));
      pageRows.unshift(['Overview', ms(drawn), goal(drawn.median < 2000), '', '']);
    }
    out.push(table(['page', 'fully drawn', 'under 2 s', 'floor first paint', 'ratio'], pageRows));
  }

  // Lighthouse
  if (result.lighthouse.length) {
    out.push('\n4. Lighthouse on the sample site');
    out.push(
      table(
        ['page', 'preset', 'server', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'FCP', 'CLS', 'benchmarkIndex'],
        result.lighthouse.map((run) => [
          run.page ?? 'Overview',
          run.formFactor,
          run.compressed ? 'gzip' : 'uncompressed',
          run.runs ? `${run.performance} (median of ${run.runs.join(', ')})` : `${run.performance}`,
          `${run.accessibility}`,
          `${run.bestPractices}`,
          `${(run.lcpMs / 1000).toFixed(2)} s`,
          `${run.tbtMs.toFixed(0)} ms`,
          `${(run.fcpMs / 1000).toFixed(2)} s`,
          run.cls.toFixed(3),
          `${run.benchmarkIndex.toFixed(0)}`,
        ]),
      ),
    );
    const mobileGzip = result.lighthouse.find((run) => run.formFactor === 'mobile' && run.compressed && !run.page);
    for (const line of mobileGzip?.diagnostics ?? []) out.push(`  mobile, gzip: ${line}`);
  }

  // check-data
  out.push('\n5. check-data');
  out.push(
    table(
      ['snapshot files', 'files', 'problems', 'in process', 'npm run check-data', 'node -e 0', 'ratio'],
      result.checkData.map((timing) => [
        `${timing.files - 4}`,
        `${timing.files}`,
        `${timing.problems}`,
        ms(timing.inProcess),
        ms(timing.start.cli),
        ms(timing.start.bareNode),
        `${timing.start.ratio.toFixed(1)}×`,
      ]),
    ),
  );

  // Fetch
  out.push(`\n6. Data: the raw files as pages once read them (manifest, then every file in parallel) against the pointer and one publication`);
  out.push(
    table(
      ['data', 'snapshots', 'raw requests', 'raw bytes (publication)', 'latency', 'raw files', 'publication', 'raw ÷ publication'],
      result.fetches.map((entry) => {
        const raw = spread(entry.raw);
        const published = spread(entry.published);
        return [
          entry.site,
          `${entry.snapshots}`,
          `${entry.files}`,
          `${mb(entry.bytes)} (${mb(entry.publishedBytes)})`,
          entry.latency ? `${entry.latency} ms` : 'localhost',
          ms(raw),
          ms(published),
          `${(raw.median / published.median).toFixed(1)}×`,
        ];
      }),
    ),
  );

  // Goals
  const ten = result.overview[1];
  const mobile = result.lighthouse.find((run) => run.formFactor === 'mobile' && run.compressed && !run.page);
  const check120 = result.checkData[0];
  out.push('\n7. Goals (issues #8, #3 and #12)');
  const goals: string[][] = [];
  if (ten) {
    const ratio = spread(ten.ratios).median;
    goals.push(['Overview ≤ 1.5× the floor, 10 years (median ratio)', `${ratio.toFixed(1)}×`, goal(ratio <= 1.5)]);
    for (const site of result.overview) {
      const visible = spread(site.paintRatios).median;
      goals.push([`Overview figures visible ≤ 1.5× the floor's first paint, ${site.site.name} (issue #12)`, `${visible.toFixed(1)}×`, goal(visible <= 1.5)]);
    }
    for (const page of result.pages) {
      const drawn = spread(page.ms).median;
      goals.push([`${page.page} page < 2 s, 10 years (issue #3)`, `${drawn.toFixed(0)} ms`, goal(drawn < 2000)]);
      const ratio = pageFloorRatio(page);
      if (ratio !== undefined) goals.push([`${page.page} page drawn ≤ 2× its floor's first paint, 10 years (issue #12)`, `${ratio.toFixed(1)}×`, goal(ratio <= 2)]);
    }
    const overviewDrawn = spread(ten.dashboard.map((run) => run.drawnMs)).median;
    goals.splice(1, 0, ['Overview page < 2 s, 10 years (issue #3)', `${overviewDrawn.toFixed(0)} ms`, goal(overviewDrawn < 2000)]);
  }
  if (mobile) {
    goals.push(['Lighthouse mobile performance ≥ 95 (gzip, issue #12)', `${mobile.performance}`, goal(mobile.performance >= 95)]);
    goals.push(['Lighthouse mobile LCP ≤ 1.5 s (gzip, issue #12)', `${(mobile.lcpMs / 1000).toFixed(2)} s`, goal(mobile.lcpMs <= 1500)]);
    goals.push(['Lighthouse mobile TBT ≤ 200 ms (gzip, issue #12)', `${mobile.tbtMs.toFixed(0)} ms`, goal(mobile.tbtMs <= 200)]);
    goals.push(['Lighthouse mobile CLS 0 (gzip, issue #12)', mobile.cls.toFixed(3), goal(mobile.cls === 0)]);
  }
  if (check120) {
    goals.push(['check-data over 120 files ≤ 1 s (in process)', `${check120.inProcess.median.toFixed(0)} ms`, goal(check120.inProcess.median <= 1000)]);
    goals.push(['npm run check-data over 120 files ≤ 8× node -e 0 (issue #12)', `${check120.start.ratio.toFixed(1)}×`, goal(check120.start.ratio <= 8)]);
  }
  if (ten) {
    const requests = spread(ten.dashboard.map((run) => run.data.files)).median;
    goals.push(['Overview data requests: the pointer and one publication (issue #12)', `${requests}`, goal(requests === 2)]);
  }
  goals.push(['initial JS ≤ 100 KB gzip (issue #12)', kb(bytes.overviewInitial.jsBytes.gzip), goal(bytes.overviewInitial.jsBytes.gzip <= OVERVIEW_JS_TARGET_GZIP_BYTES)]);
  goals.push(['initial JS + CSS ≤ 170 KB gzip', kb(bytes.overviewInitial.total.gzip), goal(over <= 0)]);
  out.push(table(['goal', 'measured', ''], goals));
  return out.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
