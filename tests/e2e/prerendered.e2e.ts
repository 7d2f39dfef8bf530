// Pages drawn at publication, with JavaScript on: the browser hydrates a page drawn from the
// publication the pointer names (no mismatch reported, links then navigate in the page), a page
// asked for another month never shows the drawn latest month meanwhile, and a page drawn from an
// older publication is drawn again from the current one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/publishData';
import { addMonths, formatMonth } from '../../src/domain/months';
import { copyOfDist, heading, useSite, waitForHeading } from './fixtures';

let folder = '';
let latest = '';
const site = useSite(() => {
  folder = copyOfDist();
  return folder;
});

describe('drawn pages in the browser', () => {
  it('hydrate with no mismatch and then navigate without reloading', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${site.server.url}indicator/CP5/`);
    latest = (await heading(page)).replace(/^ICPC timeliness /, '');
    // After hydration the interactive chart takes over from the drawn SVG.
    await page.locator('.recharts-surface').first().waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Targets' }).click();
    await waitForHeading(page, `Targets ${latest}`);
    expect(loads).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a month asked for never shows the drawn latest month while the app loads', async () => {
    const drawn = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(folder, 'indicator/CP5/index.html'), 'utf8'))![1]!.replace(/<[^>]+>/g, '');
    expect(drawn).toMatch(/^ICPC timeliness \w{3} \d{4}$/);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // Read in the page at DOMContentLoaded: the page's script has run, the app's has not yet.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { headingsAtLoad: string[] }).headingsAtLoad = [...document.querySelectorAll('h1')].map((h1) => h1.textContent ?? '');
      });
    });
    await page.goto(`${site.server.url}indicator/CP5/?month=2018-06`, { waitUntil: 'domcontentloaded' });
    const headings = await page.evaluate(() => (window as unknown as { headingsAtLoad: string[] }).headingsAtLoad);
    expect(headings).not.toContain(drawn);
    await waitForHeading(page, 'ICPC timeliness Jun 2018');
    await context.close();
  });

  it('a page drawn from an older publication shows the current one', async () => {
    // Publish a new month into the deployed copy, then put back the Overview drawn before it.
    const before = readFileSync(join(folder, 'index.html'), 'utf8');
    const snapshots = readdirSync(join(folder, 'data/snapshots')).sort();
    const last = JSON.parse(readFileSync(join(folder, 'data/snapshots', snapshots[snapshots.length - 1]!), 'utf8')) as { month: string };
    const next = addMonths(last.month, 1);
    writeFileSync(join(folder, `data/snapshots/${next}.json`), JSON.stringify({ ...last, month: next }));
    const lines: string[] = [];
    expect(run([join(folder, 'data')], { cwd: folder, out: (line) => lines.push(line), err: (line) => lines.push(line) }), lines.join('\n')).toBe(0);
    writeFileSync(join(folder, 'index.html'), before);
    expect(before).toContain(`${formatMonth(last.month)}</span></h1>`);

    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(site.server.url);
    await waitForHeading(page, `Overview ${formatMonth(next)}`);
    // Drawn afresh, not hydrated over figures that differ (which React would report).
    expect(errors).toEqual([]);
    await context.close();
  });
});
