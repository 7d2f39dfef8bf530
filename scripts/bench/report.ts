// The benchmark's report: a table per measure, then the goals (goals.ts). See bench/README.md for
// how to read it.
import { goal, goalsSection } from './goals.ts';
import { pageFloorRatio, type Result } from './results.ts';
import { formatSpread, kb, mb, spread, table, type Spread } from './stats.ts';

const ms = (value: Spread) => formatSpread(value, 0);

export function report(result: Result): string {
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
  out.push('  code in / data in: when the last JS or CSS file, and the Overview’s data (its model written at publication), had arrived (medians); the rest, to the mark, is drawing.');

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
  out.push(...goalsSection(result));
  return out.join('\n');
}
