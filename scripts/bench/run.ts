// npm run bench [-- --quick] [-- --pairs 7] [-- --no-lighthouse] [-- --no-annex-a] [-- --keep]
//
// Builds the site, generates 10 and 30 years of data for 80 indicators, and measures in headless
// Chromium on this machine: bytes before the Overview is usable, time to the Overview fully drawn
// against the floor (a static page of the same figures), the Indicator and Targets pages, JS heap,
// Lighthouse, check-data, the raw files' many requests against the pointer and one publication, and
// npm run build-month over a generated 200,000-row Annex A extract against openpyxl's read. Prints a table
// and writes everything to bench/results/<timestamp>.json. See bench/README.md for how to read it.
import { cpus, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '../lib/staticServer.ts';
import { generateLargeData } from '../generateLargeData.ts';
import { buildSite, OVERVIEW_BUDGET_GZIP_BYTES, ROOT } from './bundle.ts';
import { timeCheckData, type CheckDataTiming } from './checkDataTiming.ts';
import { chromiumRuns } from './chromiumRuns.ts';
import { builtBytes } from './initialBytes.ts';
import { lighthouseRuns } from './lighthouseRuns.ts';
import { ANNEX_A, CHECK_RUNS, FETCH_RUNS, KEEP, LIGHTHOUSE, log, PAGE_RUNS, PAIRS, quick, started } from './options.ts';
import { annexATable, benchAnnexA } from './annexA.ts';
import { report } from './report.ts';
import { siteFromBuild, type Site } from './sites.ts';

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
  const buildDir = join(work, 'build');
  try {
    log('vite build (sample data)…');
    const build = await buildSite({ outDir: buildDir, sourcemap: 'hidden' });
    const { initial, everything, composition } = builtBytes(buildDir);

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

    const checkData: CheckDataTiming[] = [];
    for (const [index, data] of generated.entries()) {
      // The first folder warms the code up; the larger one is timed once (it takes a while).
      log(`check-data over ${data.months} snapshot files…`);
      checkData.push(await timeCheckData(data.folder, index === 0 ? CHECK_RUNS : 1, index === 0));
    }

    const servers = await Promise.all(sites.map((site) => serveStatic(site.root)));
    const { chromium, siteResults, pages, fetches } = await chromiumRuns(sites, servers);

    const lighthouse = LIGHTHOUSE ? await lighthouseRuns(sites[0]!, servers[0]!) : [];
    await Promise.all(servers.map((server) => server.close()));

    if (ANNEX_A) log('Annex A: npm run build-month over a generated extract, against openpyxl reading it…');
    const annexA = ANNEX_A ? benchAnnexA({ rows: quick ? 20_000 : 200_000, runs: quick ? 1 : 3, log }) : undefined;

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
      annexA,
      seconds: (performance.now() - started) / 1000,
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(ROOT, 'bench/results', `${result.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(report(result));
    if (annexA) console.log(`\n8. Counting a month from Annex A (issue #25): build-month against openpyxl merely reading the same workbook\n${annexATable(annexA)}`);
    console.log(`\nJSON: ${relative(ROOT, file)}  (${result.seconds.toFixed(0)} s in all)`);
  } finally {
    if (KEEP) log(`work folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
