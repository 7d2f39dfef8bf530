// Lighthouse on the sample site: the Overview as served by scripts/lib/staticServer.ts (no
// compression), then gzipped as most hosts do, mobile and desktop; and the Indicator and Targets
// pages on desktop over gzip, for their accessibility.
import { serveStatic, type StaticServer } from '../lib/staticServer.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { log, quick } from './options.ts';
import type { Site } from './sites.ts';

export async function lighthouseRuns(sample: Site, sampleServer: StaticServer): Promise<LighthouseResult[]> {
  const lighthouse: LighthouseResult[] = [];
  const gzipped = await serveStatic(sample.root, undefined, { gzip: true });
  for (const compressed of quick ? [true] : [false, true]) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      // Mobile over gzip is issue #12's figure: the median of 5 runs (by performance score), as it asks.
      const runs = formFactor === 'mobile' && compressed && !quick ? 5 : 1;
      const results: LighthouseResult[] = [];
      for (let run = 0; run < runs; run++) {
        log(`Lighthouse ${formFactor}, ${compressed ? 'gzip' : 'uncompressed'}${runs > 1 ? `, run ${run + 1} of ${runs}` : ''}…`);
        results.push(await runLighthouse((compressed ? gzipped : sampleServer).url, formFactor, compressed));
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
  return lighthouse;
}
