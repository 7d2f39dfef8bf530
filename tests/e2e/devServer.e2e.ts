// npm start serves the live data folder: a month added to, changed in or removed from
// data/snapshots/ shows up in the open page without restarting anything.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { waitForHeading } from './fixtures';

let server: ChildProcess;
let browser: Browser;
let folder = '';
let url = '';

function devServerPort(chosen: string | undefined): number {
  if (chosen === undefined || chosen === '') return 5300 + Math.floor(Math.random() * 500);
  const port = Number(chosen);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_PORT must be a port number (1 to 65535), not "${chosen}"`);
  return port;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'dashboard-live-'));
  cpSync('data', folder, { recursive: true });
  // As a user runs it (npm start is vite --configLoader runner), over a copy of the data folder.
  // Vite takes the port it is given (--strictPort) and fails rather than move to another: E2E_PORT
  // if set, or else a random one from 5300 to 5799.
  const port = devServerPort(process.env.E2E_PORT);
  server = spawn('npx', ['vite', '--configLoader', 'runner', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, DASHBOARD_DATA_DIR: folder },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Wait until it answers (its console output is coloured under CI, so it is not parsed).
  url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}data/manifest.json`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('The dev server did not start');
    await new Promise((done) => setTimeout(done, 250));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(folder, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows a month added, changed and removed without a restart', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await waitForHeading(page, 'Overview Mar 2019');

    // Add April 2019.
    const march = JSON.parse(readFileSync(join(folder, 'snapshots/2019-03.json'), 'utf8'));
    const april = { ...march, month: '2019-04', values: { ...march.values, WF1: 19.5 } };
    writeFileSync(join(folder, 'snapshots/2019-04.json'), JSON.stringify(april, null, 2));
    await waitForHeading(page, 'Overview Apr 2019');
    const vacancy = () => page.getByRole('article', { name: 'Vacancy rate' }).locator('.figure').textContent();
    expect(await vacancy()).toBe('19.5%');

    // Change it.
    writeFileSync(join(folder, 'snapshots/2019-04.json'), JSON.stringify({ ...april, values: { ...april.values, WF1: 18.1 } }, null, 2));
    await page.waitForFunction(() => [...document.querySelectorAll('article')].some((card) => card.textContent?.includes('18.1%')), undefined, { timeout: 15_000 });

    // Remove it.
    rmSync(join(folder, 'snapshots/2019-04.json'));
    await waitForHeading(page, 'Overview Mar 2019');
    await page.close();
  });

  it('serves every path route, and old #/ addresses, with the data found from any depth', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}indicator/CP5/?month=2018-03`);
    await waitForHeading(page, 'ICPC timeliness Mar 2018');
    await page.goto(`${url}#/targets?month=2017-11`);
    await waitForHeading(page, 'Targets Nov 2017');
    expect(new URL(page.url()).pathname).toBe('/targets/');
    await page.close();
  });
});
