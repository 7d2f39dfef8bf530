// Exports and run-time faults in the real browser: charts save as SVG and PNG, tables as CSV
// that Excel reads (byte-order mark, ISO months, figures as in the data); a data file that fails
// to load leaves the rest of the dashboard working, with a banner and a retry.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, useSite, waitForHeading } from './fixtures';

const site = useSite();

async function download(page: Page, buttonName: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).first().click()]);
  const path = await file.path();
  return readFileSync(path);
}

describe('exports', () => {
  it('saves the trend chart as SVG and as PNG', async () => {
    const page = await site.open('indicator/CP5/');
    await heading(page);
    await page.locator('.recharts-surface').first().waitFor();
    const svg = (await download(page, 'Download chart (SVG)')).toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Mar 2019');
    expect(svg).toContain('recharts-line');
    const png = await download(page, 'Download chart (PNG)');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(5000);
    await page.context().close();
  });

  it('downloads the Targets table as CSV for Excel: byte-order mark, units in the header, ISO months, unrounded figures', async () => {
    const page = await site.open('targets/?month=2017-11');
    await heading(page);
    const csv = (await download(page, 'Download this table (CSV)')).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split('\r\n');
    expect(header).toContain('Month,Indicator id,Indicator,Area,Unit,Value');
    const cp5 = rows.find((row) => row.startsWith('2017-11,CP5,'));
    expect(cp5).toContain(',percent,32,12,37,60,50,Red,');
    await page.context().close();
  });

  it('downloads an indicator’s table with the figures as in the file', async () => {
    const page = await site.open('indicator/CL1/');
    await heading(page);
    const csv = (await download(page, 'Download Average caseload by month (CSV)')).toString('utf8');
    expect(csv.slice(1).split('\r\n')[0]).toBe('Month,Value (number),Numerator,Denominator,Target (number),RAG,Change,Quality,Assessment (number),Care planning (number),Permanence (number),Children with disabilities (number),ASYE (newly qualified) (number),Note');
    await page.context().close();
  });
});

describe('the published figures failing in the browser', () => {
  it('the publication failing shows a clear page naming it, and loads on Try again', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    let fail = true;
    await page.route('**/data/publications/*.json', (route) => (fail ? route.fulfill({ status: 500, body: 'Server error' }) : route.continue()));
    await page.goto(`${site.server.url}indicator/WF1/`);
    await waitForHeading(page, 'The dashboard’s figures could not be loaded');
    expect(await page.locator('main').textContent()).toMatch(/data\/publications\/[0-9a-f]{16}\.json\) did not load: the server answered 500/);
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    // The error page's own h1 is there until the figures load: wait for the indicator's.
    await waitForHeading(page, 'Vacancy rate Mar 2019');
    const months = await page.getByRole('table', { name: /every month/ }).locator('tbody th').allTextContents();
    expect(months).toHaveLength(18);
    await context.close();
  });

  it('the pointer failing shows a clear page, not a blank screen', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.route('**/data/current.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(site.server.url);
    await waitForHeading(page, 'The dashboard’s figures could not be loaded');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await context.close();
  });
});
