// Prepare a month in the browser, by keyboard alone: the form for the next month, last month's
// figures beside its fields and its words carried over, each part marked until changed or kept
// and listed first at Download; the file downloaded (Playwright's download event); dropped into a
// copy of data/, where `npm run check-data` passes; and, once published into a copy of the built
// site, the month is on the Overview. A mistake shows the GOV.UK error summary, focused, with
// links. Two tabs of one browser never overwrite each other's draft without a word. The form's one
// Download stays in view from every section, and never hides the field a keyboard user is on.
import { AxeBuilder } from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveStatic } from '../../scripts/lib/staticServer';
import { DRAFT_STORAGE_KEY } from '../../src/domain/contract/draftCheck';
import { copyOfDist, heading, useSite, waitForHeading } from './fixtures';

const site = useSite();
const work = mkdtempSync(join(tmpdir(), 'prepare-month-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NEW_MONTH = '2019-04';

function node(script: string, args: string[]): Promise<{ status: number; stdout: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', resolve(script), ...args], { env: { ...process.env, DASHBOARD_DATA_DIR: '' } }, (error, stdout) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout });
    });
  });
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Press Tab until the focused element has `id` (or, for a button, reads `text`); fail after `limit`. */
async function tabTo(page: Page, target: { id?: string; text?: string }, limit = 400) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (target.id !== undefined && (await activeId(page)) === target.id) return;
    if (target.text !== undefined && (await activeText(page)) === target.text) return;
  }
  throw new Error(`Could not reach ${JSON.stringify(target)} with the Tab key`);
}

/** Replace the focused text field's content by typing. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

const field = (key: string) => `field__${key.replace(/\./g, '__')}`;

describe('Prepare a month', () => {
  // Long: the keyboard walks the whole form more than once, then check-data and publish-data run.
  it('is filled in by keyboard, downloaded, passes check-data in a data folder and shows once published', { timeout: 150_000 }, async () => {
    const page = await site.open('prepare-month/');
    expect(await heading(page)).toBe('Prepare a month');
    expect(await page.inputValue(`#${field('month')}`)).toBe(NEW_MONTH);
    // Last month's figure is beside the field, not in it.
    expect(await page.inputValue(`#${field('values.CP2.value')}`)).toBe('');
    expect(await page.textContent('#previous-CP2')).toBe('Last month, March 2019: 96.2% (330 of 343).');

    await tabTo(page, { id: field('status') });
    await page.keyboard.press('ArrowDown'); // provisional -> final
    await tabTo(page, { id: field('commentary') });
    await retype(page, 'April: conference timeliness improved again.');
    await tabTo(page, { id: field('values.CP5.value') });
    await retype(page, '90');
    await tabTo(page, { id: field('values.CP5.numerator') });
    await retype(page, '45');
    await tabTo(page, { id: field('values.CP5.denominator') });
    await retype(page, '50');
    await tabTo(page, { id: field('values.CP5.whatItShows') });
    await retype(page, 'Above target for a second month');

    // The draft survives a reload.
    await page.reload();
    expect(await heading(page)).toBe('Prepare a month');
    expect(await page.inputValue(`#${field('values.CP5.value')}`)).toBe('90');
    expect(await page.textContent('main')).toContain('kept in this browser');

    // The latest month's questions are carried over; a new one goes after them.
    const carried = await page.locator('textarea[id^="field__questions__"]').count();
    await page.keyboard.press('Tab');
    await tabTo(page, { text: 'Add a question' });
    await page.keyboard.press('Enter');
    await tabTo(page, { id: field(`questions.${carried}.text`) });
    await page.keyboard.type('What will keep conferences on time through the summer?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('CP5'); // type-ahead in the indicator select

    // Download first lists the parts still as in March 2019 (those not changed above), focused.
    await tabTo(page, { text: `Download ${NEW_MONTH}.json` });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('carried-summary'));
    const parts = await page.locator('.carried-summary a').allTextContents();
    expect(parts[0]).toBe('SUP1 Case supervision: what it shows, why, what we are doing, owner');
    expect(parts.slice(1)).toEqual(['Practice', 'People and Performance', 'Partnerships', 'Platforms'].map((name) => `${name}: RAG, status, highlights, risks and action plan`));
    // Its first link takes focus to the part's box; the box, ticked, keeps the part as it is.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe(field('carried.values.SUP1'));
    await page.keyboard.press('Space');
    for (const workstream of ['practice', 'people-performance', 'partnerships', 'platforms']) {
      await tabTo(page, { id: field(`carried.workstreams.${workstream}`) });
      await page.keyboard.press('Space');
    }
    await page.locator('.carried-summary').waitFor({ state: 'detached' });
    await tabTo(page, { text: `Download ${NEW_MONTH}.json` });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${NEW_MONTH}.json`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(await page.textContent('main')).toContain(`Downloaded ${NEW_MONTH}.json`);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('prepare-month')))).toEqual([]);

    const written = JSON.parse(text);
    expect(written.month).toBe(NEW_MONTH);
    expect(written.status).toBe('final');
    expect(written.values.CP5).toMatchObject({ value: 90, numerator: 45, denominator: 50, narrative: { whatItShows: 'Above target for a second month' } });
    // A figure not given is not available, never March's again; March's words kept are there.
    expect(written.values.CP2).toBeNull();
    expect(written.values.SUP1.value).toBeNull();
    expect(written.values.SUP1.narrative).toBeDefined();
    expect(Object.keys(written.workstreams)).toEqual(['practice', 'people-performance', 'partnerships', 'platforms']);
    expect(written.questions).toHaveLength(carried + 1);
    expect(written.questions.at(-1)).toEqual({ indicator: 'CP5', text: 'What will keep conferences on time through the summer?' });

    // Dropped into a copy of data/: check-data passes.
    const data = join(work, 'data');
    cpSync(resolve('data'), data, { recursive: true });
    writeFileSync(join(data, 'snapshots', `${NEW_MONTH}.json`), text);
    const checked = await node('scripts/checkData.ts', [data]);
    expect(checked.stdout).toContain('0 errors');
    expect(checked.status).toBe(0);

    // Published into a copy of the built site: the month is the Overview's.
    const deployed = copyOfDist();
    writeFileSync(join(deployed, 'data', 'snapshots', `${NEW_MONTH}.json`), text);
    expect((await node('scripts/publishData.ts', [join(deployed, 'data')])).status).toBe(0);
    const server = await serveStatic(deployed);
    const browser = await launchBrowser();
    try {
      const overview = await (await browser.newContext()).newPage();
      await overview.goto(server.url);
      expect(await heading(overview)).toBe('Overview Apr 2019');
    } finally {
      await browser.close();
      await server.close();
      rmSync(deployed, { recursive: true, force: true });
    }
  });

  it('shows the error summary, focused, for a mistake, and its link takes focus to the field', async () => {
    const page = await site.open('prepare-month/');
    expect(await heading(page)).toBe('Prepare a month');
    await tabTo(page, { id: field('values.CP5.value') });
    await retype(page, '150');
    await tabTo(page, { id: field('values.CP5.numerator') });
    await retype(page, '');
    await tabTo(page, { id: field('values.CP5.denominator') });
    await retype(page, '');

    // The message is above the field, tied to it.
    const input = page.locator(`#${field('values.CP5.value')}`);
    await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true', field('values.CP5.value'));
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain(`${field('values.CP5.value')}-error`);
    expect(await page.textContent(`#${field('values.CP5.value')}-error`)).toMatch(/100/);

    await tabTo(page, { text: `Download ${NEW_MONTH}.json` });
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.keyboard.press('Enter');
    // March's words not yet confirmed are listed first, focused; the problems follow.
    await page.waitForFunction(() => document.activeElement?.classList.contains('carried-summary'));
    const summary = page.locator('.error-summary');
    expect(await summary.locator('h2').textContent()).toBe('There is a problem');
    expect(await summary.getAttribute('role')).toBe('alert');
    const links = summary.locator('a');
    expect(await links.count()).toBe(1);
    expect(await links.first().textContent()).toMatch(/^CP5 .*: value: .*100/);

    // Past the carried parts' links to the problem's.
    const carried = await page.locator('.carried-summary a').count();
    for (let press = 0; press <= carried; press++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe(field('values.CP5.value'));
    expect(downloaded).toBe(false);

    // Discard draft: the form is filled in from the latest month again.
    await tabTo(page, { text: 'Discard draft' });
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Prepare a month');
    await page.waitForFunction((id) => (document.getElementById(id) as HTMLInputElement | null)?.value !== '150', field('values.CP5.value'));
    // The summary goes with the draft (the check runs on a deferred value, so it may lag a frame).
    await page.locator('.error-summary').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('.error-summary').count()).toBe(0);
  });

  it('two tabs: a change in one stops the other keeping its draft, which says so and takes the other’s when asked', async () => {
    const first = await site.open('prepare-month/');
    expect(await heading(first)).toBe('Prepare a month');
    await first.fill(`#${field('values.CP5.value')}`, '90');
    await first.waitForFunction((key) => localStorage.getItem(key)?.includes('"value":"90"'), DRAFT_STORAGE_KEY);

    // A second tab of the same browser opens the kept draft and changes it.
    const second = await first.context().newPage();
    await second.goto(`${site.server.url}prepare-month/`);
    expect(await heading(second)).toBe('Prepare a month');
    expect(await second.inputValue(`#${field('values.CP5.value')}`)).toBe('90');
    await second.fill(`#${field('values.CP5.value')}`, '70');

    // The first is told at once, and what it types now is not kept over the second's.
    const notice = first.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await notice.waitFor();
    await first.fill(`#${field('values.CP5.value')}`, '91');
    expect(await first.evaluate((key) => JSON.parse(localStorage.getItem(key)!).values.CP5.value, DRAFT_STORAGE_KEY)).toBe('70');
    await notice.getByRole('button', { name: 'Use the other tab’s draft' }).click();
    expect(await first.inputValue(`#${field('values.CP5.value')}`)).toBe('70');
    await first.context().close();
  });

  it.each([1280, 390])('keeps its one Download in view from every section at %i px, and never over the field Tab moves to', async (width) => {
    const page = await site.open('prepare-month/', { viewport: { width, height: 844 } });
    expect(await heading(page)).toBe('Prepare a month');
    const download = page.getByRole('button', { name: /^Download / });
    expect(await download.count()).toBe(1);
    const headings = page.locator('form .draft-section-heading');
    const names = await headings.allTextContents();
    expect(names.length).toBeGreaterThan(10);
    for (const [index, name] of names.entries()) {
      await headings.nth(index).evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const box = (await download.boundingBox())!;
      expect(box.y, `Download from ${name}`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `Download from ${name}`).toBeLessThanOrEqual(844);
    }

    // Tab through an indicator and a workstream: each field stays clear of the bar over the form's
    // foot (WCAG 2.2, 2.4.11). A box of several lines is scrolled only as far as its caret's line,
    // so of a textarea its first line must be clear.
    await page.evaluate(() => window.scrollTo(0, 0));
    await tabTo(page, { id: field('values.CP5.value') });
    const clearOfBar = () =>
      page.evaluate(() => {
        const focused = document.activeElement!;
        const bar = document.querySelector('.draft-actions-sticky')!;
        const box = focused.getBoundingClientRect();
        const shown = focused.tagName === 'TEXTAREA' ? box.top + 30 : box.bottom;
        return bar.contains(focused) || (box.top >= 0 && shown <= bar.getBoundingClientRect().top);
      });
    for (let press = 0; press < 30; press++) {
      await page.keyboard.press('Tab');
      expect(await clearOfBar(), `focus on ${await activeId(page)}`).toBe(true);
    }
    await tabTo(page, { id: field('workstreams.practice.rag') });
    for (let press = 0; press < 30; press++) {
      await page.keyboard.press('Tab');
      expect(await clearOfBar(), `focus on ${await activeId(page)}`).toBe(true);
    }
  });

  it('has no axe violations (WCAG 2.2 AA) on the form, with an error shown, and on the guide', async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const page = await site.open('prepare-month/');
    expect(await heading(page)).toBe('Prepare a month');
    await page.fill(`#${field('values.CP5.value')}`, '150');
    await page.locator('.error-summary').waitFor();
    await page.getByRole('button', { name: `Download ${NEW_MONTH}.json` }).click();
    await page.locator('.carried-summary').waitFor();
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    await page.goto(`${site.server.url}help/add-month/`);
    expect(await heading(page)).toBe('How to add a month');
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  });
});
