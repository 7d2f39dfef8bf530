// The Overview against its floor (a static page of the same figures), pair by pair, alternating
// which goes first, and the ratios of the two.
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../lib/staticServer.ts';
import { dashboardRun, floorRun, type DashboardRun, type FloorRun } from './measure.ts';
import type { SiteResult } from './results.ts';
import type { Site } from './sites.ts';

export async function pairs(browser: Browser, site: Site, server: StaticServer, count: number): Promise<SiteResult> {
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
