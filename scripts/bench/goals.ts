// The report's last table: each goal of issues #8, #3 and #12, what was measured, and whether it is met.
import { OVERVIEW_JS_TARGET_GZIP_BYTES } from './bundle.ts';
import { pageFloorRatio, type Result } from './results.ts';
import { kb, spread, table } from './stats.ts';

export const goal = (met: boolean) => (met ? 'met' : 'NOT met');

/** Section 7 of the report: its heading and its table. */
export function goalsSection(result: Result): string[] {
  const { bytes } = result;
  const over = bytes.overviewInitial.total.gzip - bytes.budgetGzip;
  const ten = result.overview[1];
  const mobile = result.lighthouse.find((run) => run.formFactor === 'mobile' && run.compressed && !run.page);
  const check120 = result.checkData[0];
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
    goals.push(['Overview data requests: the pointer and one file, its model (issues #12, #29)', `${requests}`, goal(requests === 2)]);
  }
  goals.push(['initial JS ≤ 100 KB gzip (issue #12)', kb(bytes.overviewInitial.jsBytes.gzip), goal(bytes.overviewInitial.jsBytes.gzip <= OVERVIEW_JS_TARGET_GZIP_BYTES)]);
  goals.push(['initial JS + CSS ≤ 170 KB gzip', kb(bytes.overviewInitial.total.gzip), goal(over <= 0)]);
  return ['\n7. Goals (issues #8, #3 and #12)', table(['goal', 'measured', ''], goals)];
}
