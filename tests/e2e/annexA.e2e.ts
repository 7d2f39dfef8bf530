// "Build a month from Annex A" in real Chromium: the sample extract and staff list chosen, counted in
// the page's worker with no request while it reads them, and every figure on the page equal to
// `npm run build-month -- --json` on the same files; the problems downloaded as CSV; axe finds nothing;
// the month previewed, then handed to Prepare a month with no child's ID in the browser's storage.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/buildMonth';
import { problemsCsv } from '../../src/domain/present/annexAProblems';
import { ANNEX_A_MEASURE_WORDS, measureCounts, measureFigure } from '../../src/domain/present/annexAWords';
import type { MonthCount } from '../../src/domain/records/countMonth';
import { ANNEX_A_MEASURE_IDS } from '../../src/domain/schema';
import { heading, useSite } from './fixtures';

const site = useSite();
const SAMPLE = resolve('docs/annex-a-sample/annex-a-2019-04.xlsx');
const STAFF = resolve('docs/annex-a-sample/staff-2019-04.csv');

/** The command's JSON for the same files, with the sample data folder's calendar (the one the built site serves). */
function commandLine(): MonthCount {
  const out: string[] = [];
  const status = run(['--annex-a', SAMPLE, '--staff', STAFF, '--month', '2019-04', '--data', 'data', '--json'], { cwd: process.cwd(), env: {}, out: (line) => out.push(line), err: (line) => out.push(line) });
  expect(status).toBe(0);
  return JSON.parse(out.join('\n')) as MonthCount;
}

async function countSample(page: Page): Promise<string[]> {
  await heading(page);
  await page.getByText('Ready: nothing you choose leaves this computer.').waitFor({ timeout: 30_000 });
  await page.getByLabel('Month to count (YYYY-MM)').fill('2019-04');
  await page.getByLabel('The Annex A extract').setInputFiles(SAMPLE);
  await page.getByLabel('The staff list (optional, for caseloads)').setInputFiles(STAFF);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: 'Count the month' }).click();
  await page.getByRole('heading', { name: /^April 2019: 13 of 13 measures counted/ }).waitFor({ timeout: 60_000 });
  return requests;
}

describe('Build a month from Annex A', () => {
  it('counts the sample in the browser with no request, and shows the command’s figures', async () => {
    const page = await site.open('build-from-annex-a/');
    const requests = await countSample(page);
    expect(requests).toEqual([]);

    const expected = commandLine();
    const table = page.getByRole('table', { name: /The month’s figures, April 2019/ });
    for (const id of ANNEX_A_MEASURE_IDS) {
      const row = table.getByRole('row', { name: new RegExp(`^${ANNEX_A_MEASURE_WORDS[id].name} \\(${id}\\)`) });
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells.slice(0, 2), id).toEqual([measureFigure(id, expected.measures[id]), measureCounts(id, expected.measures[id])]);
    }
    const problems = page.getByRole('table', { name: /Records not counted as they stand/ });
    expect(await problems.getByRole('row').count()).toBe(expected.problems.length + 1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the problems (CSV)' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(problemsCsv(expected.problems));

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.context().close();
  });

  it('previews the month, then hands it to Prepare a month: aggregates only in the browser’s storage', async () => {
    const page = await site.open('build-from-annex-a/');
    await countSample(page);
    await page.getByRole('button', { name: 'View the dashboard with this month' }).click();
    await page.getByText('The dashboard is showing this month now, marked “Preview – not published”.').waitFor();
    await page.getByRole('button', { name: 'Finish the month in Prepare a month' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prepare a month' }).waitFor();
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    const expected = commandLine();
    expect(stored).toContain(String(expected.measures.icpcIn15.value));
    const children = [...new Set(expected.problems.map((problem) => problem.child).filter((child): child is string => child !== null))];
    expect(children.length).toBeGreaterThan(10);
    expect(children.filter((child) => stored.includes(child))).toEqual([]);
    await page.context().close();
  });

  it('the help page says what is counted, from which columns', async () => {
    const page = await site.open('help/annex-a/');
    expect(await heading(page)).toBe('How a month is built from Annex A');
    await page.getByRole('table', { name: 'What is counted, from which columns' }).getByRole('row', { name: /icpcIn15/ }).waitFor();
    await page.context().close();
  });
});
