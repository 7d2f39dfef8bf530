// Every page of the built site, in real headless Chromium, served from a sub-path by a plain
// static server: each shows a known figure from the sample data, and a full-page screenshot is
// saved in tests/e2e/output/ for a person to look at.
import { describe, expect, it } from 'vitest';
import { hrefOf, PAGES, type PageEntry } from '../../src/routing/pages';
import { heading, screenshot, useSite, waitForHeading } from './fixtures';

const site = useSite();

describe('the built dashboard on the sample data', () => {
  // Every page of the manifest: an indicator page at the first indicator; any other path through an
  // old #/ address, which the app itself answers.
  const manifestPages = (PAGES as readonly PageEntry[]).map(({ path, title }) => [path === '*' ? '#/no-such-page' : hrefOf(path.replace(':id', 'CP5')).slice(1), title ?? 'ICPC timeliness'] as const);
  it.each(manifestPages)('opens the manifest’s page at /%s under its heading, %s', async (route, expected) => {
    const page = await site.open(route);
    expect((await heading(page)).slice(0, expected.length)).toBe(expected);
    await page.context().close();
  });

  it('Overview shows the latest month and a known figure', async () => {
    const page = await site.open('');
    expect(await heading(page)).toBe('Overview Mar 2019');
    const vacancy = page.getByRole('article', { name: 'Vacancy rate' });
    await expect(vacancy.locator('.figure').textContent()).resolves.toBe('20.2%');
    await expect(page.title()).resolves.toBe("Overview – Mar 2019 – Children's Improvement Dashboard");
    await screenshot(page, 'overview');
    await page.context().close();
  });

  it('Overview for November 2017 shows the figures published in the scrutiny paper', async () => {
    const page = await site.open('?month=2017-11');
    expect(await heading(page)).toBe('Overview Nov 2017');
    const figure = async (name: string) => page.getByRole('article', { name }).locator('.figure').textContent();
    expect(await figure('Vacancy rate')).toBe('43%');
    expect(await figure('ICPC timeliness')).toBe('32%');
    expect(await figure('Re-referrals')).toBe('19%');
    expect(await figure('CP visits in time')).toBe('87%');
    expect(await figure('Case supervision')).toBe('43%');
    await page.context().close();
  });

  it('Indicator page draws the chart and its table', async () => {
    const page = await site.open('indicator/CP5/?month=2017-11');
    expect(await heading(page)).toBe('ICPC timeliness Nov 2017');
    await page.locator('.recharts-surface').first().waitFor();
    const row = page.getByRole('row', { name: /^Nov 2017/ });
    await expect(row.textContent()).resolves.toContain('12 of 37');
    // Where the council stands nationally in the period in force (2017-18), as comparators.json gives it, and the band over the years.
    await expect(page.locator('.facts div', { hasText: 'Nationally' }).textContent()).resolves.toContain('Band D: 142nd of 150 councils in 2017-18, DfE published figure 52%');
    const bands = page.getByRole('table', { name: /national quartile band for ICPC timeliness, each published period/ });
    await expect(bands.getByRole('row', { name: /^2017-18/ }).textContent()).resolves.toBe('2017-18D142nd of 15052%');
    await screenshot(page, 'indicator-cp5');
    await page.context().close();
  });

  it('Indicator SPC view draws the XmR chart and its table of limits and signals', async () => {
    const page = await site.open('indicator/WF1/?view=spc');
    expect(await heading(page)).toBe('Vacancy rate Mar 2019');
    await page.locator('.recharts-surface').first().waitFor();
    const table = page.getByRole('table', { name: /values, mean and process limits by month/ });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(18);
    // The vacancy rate fell every month from 43.2%: special cause, improving, for a lower-is-better indicator.
    expect(rows[0]).toContain('Oct 2017');
    expect(rows.join('\n')).toContain('Special cause – improving');
    expect(await page.locator('.spc-row').textContent()).toContain('Improving');
    await screenshot(page, 'indicator-spc');
    await page.context().close();
  });

  it('Indicator SPC view offers the limits recalculated from the month the process changed, by keyboard, and marks the events', async () => {
    const page = await site.open('indicator/CP5/?month=2019-03&view=spc');
    await page.locator('.recharts-surface').first().waitFor();
    const table = page.getByRole('table', { name: /values, mean and process limits by month/ });
    const means = async () => (await table.locator('tbody tr td:nth-of-type(3)').allTextContents()).map((text) => text.trim());
    expect(new Set(await means()).size).toBe(1);
    // The events the trend marks are numbered on the SPC chart too.
    expect(await page.locator('#spc-heading ~ * .recharts-reference-line').count()).toBeGreaterThan(0);
    const show = page.getByRole('link', { name: 'Show limits recalculated from May 2018' });
    await show.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Show the limits as the board set them' }).waitFor();
    expect(page.url()).toContain('recalculate=2018-05');
    expect(new Set(await means()).size).toBe(2);
    expect(await page.locator('#spc-summary').textContent()).toContain('Shown with the limits recalculated from May 2018.');
    expect(await page.locator('main').textContent()).toContain('"recalculateFrom"');
    await screenshot(page, 'indicator-spc-recalculated');
    await page.context().close();
  });

  it('Targets page lists every indicator', async () => {
    const page = await site.open('targets/?month=2018-06');
    expect(await heading(page)).toBe('Targets Jun 2018');
    // The indicator's own row, headed by its name (a reconciling sentence has a row of its own under it).
    const icpc = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'ICPC timeliness', exact: true }) });
    await expect(icpc.textContent()).resolves.toContain('76.6%');
    await screenshot(page, 'targets');
    await page.context().close();
  });

  it('Workstreams page shows the RAG of each workstream', async () => {
    const page = await site.open('workstreams/?month=2019-03');
    expect(await heading(page)).toBe('Workstreams Mar 2019');
    await expect(page.getByRole('row', { name: /^Platforms/ }).first().textContent()).resolves.toContain('Blue (complete)');
    await screenshot(page, 'workstreams');
    await page.context().close();
  });

  it('Surveys page shows the response rate', async () => {
    const page = await site.open('surveys/?month=2018-01');
    expect(await heading(page)).toBe('Staff surveys Jan 2018');
    await expect(page.getByRole('table', { name: 'Survey returns' }).textContent()).resolves.toContain('24.8%');
    await expect(page.getByRole('table', { name: /Responses by team/ }).textContent()).resolves.toContain('fewer than 5');
    await screenshot(page, 'surveys');
    await page.context().close();
  });

  it('Data page lists every file and says the sample folder has no errors', async () => {
    const page = await site.open('data-files/');
    expect(await heading(page)).toBe('Data files and checks');
    await expect(page.getByRole('row', { name: /snapshots\/2017-11\.json/ }).textContent()).resolves.toContain('OK');
    await screenshot(page, 'data');
    await page.context().close();
  });

  it('a pasted deep link opens the right page, and the back button walks back', async () => {
    const page = await site.open('indicator/WF1/?month=2018-03');
    expect(await heading(page)).toBe('Vacancy rate Mar 2018');
    await page.getByRole('link', { name: /Previous month: February 2018/ }).click();
    // Wait for the new heading: read at once, the March page's h1 may still be there.
    await waitForHeading(page, 'Vacancy rate Feb 2018');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Vacancy rate Mar 2018');
    await page.context().close();
  });

  it('month labels do not shift in time zones either side of Greenwich', async () => {
    for (const timezoneId of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const page = await site.open('indicator/CP5/', { timezoneId });
      await heading(page);
      const months = await page.getByRole('table', { name: /every month/ }).locator('tbody th').allTextContents();
      expect(months[0]).toBe('Oct 2017');
      expect(months[months.length - 1]).toBe('Mar 2019');
      await page.context().close();
    }
  });
});
