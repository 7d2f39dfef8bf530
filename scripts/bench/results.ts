// The benchmark's results as written to bench/results/<timestamp>.json and read by the report.
import type { allAssets, initialAssets } from './bundle.ts';
import type { CheckDataTiming } from './checkDataTiming.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { DashboardRun, FloorRun } from './measure.ts';
import type { Site } from './sites.ts';
import { spread } from './stats.ts';

export interface SiteResult {
  site: Omit<Site, 'floor' | 'root' | 'dataFolder'> & { month: string };
  dashboard: DashboardRun[];
  floor: FloorRun[];
  ratios: number[];
  /** The dashboard's first paint over the floor's, pair by pair. */
  paintRatios: number[];
}

export type Result = {
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

/** A page's fully drawn time over its floor's first paint, run by run, as a median. */
export function pageFloorRatio(page: { ms: number[]; floor?: FloorRun[] }): number | undefined {
  if (!page.floor?.length) return undefined;
  return spread(page.ms.map((drawn, index) => drawn / page.floor![index]!.paintMs)).median;
}
