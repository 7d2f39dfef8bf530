// Everything measured in one headless Chromium: the Overview against its floor on each site, the
// Indicator and Targets pages against theirs (10 years), and the raw files' requests against the
// pointer and one publication, on localhost and with latency.
import { launchBrowser } from '../lib/browser.ts';
import type { StaticServer } from '../lib/staticServer.ts';
import { dashboardRun, fetchRun, floorRun, LATENCY_MS, pageRun, type FloorRun } from './measure.ts';
import { FETCH_RUNS, log, PAGE_RUNS, PAIRS } from './options.ts';
import { pairs } from './overviewPairs.ts';
import type { Result, SiteResult } from './results.ts';
import type { Site } from './sites.ts';

type PageRuns = { site: string; page: string; url: string; ms: number[]; floor: FloorRun[] };

export async function chromiumRuns(sites: Site[], servers: StaticServer[]): Promise<{ chromium: string; siteResults: SiteResult[]; pages: PageRuns[]; fetches: Result['fetches'] }> {
  const browser = await launchBrowser();
  const chromium = browser.version();
  const siteResults: SiteResult[] = [];
  const pages: PageRuns[] = [];
  const fetches: Result['fetches'] = [];
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
  return { chromium, siteResults, pages, fetches };
}
