// The whole journey by keyboard alone: choose a month, open an indicator, sort and filter the
// Targets table, open the Workstreams page, print the meeting pack. No mouse, no clicks.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, useSite, waitForHeading } from './fixtures';

const site = useSite();

/** Press Tab until the focused element matches, as a keyboard user would; fail after `limit`. */
async function tabTo(page: Page, describe: string, matches: (element: Element) => boolean, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((source) => {
      const element = document.activeElement;
      // eslint-disable-next-line no-new-func
      return element ? (new Function('element', `return (${source})(element)`) as (e: Element) => boolean)(element) : false;
    }, matches.toString());
    if (found) return;
  }
  throw new Error(`Could not reach ${describe} with the Tab key`);
}

async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' || style.boxShadow !== 'none' || style.backgroundColor === 'rgb(255, 221, 0)';
  });
}

describe('keyboard only', () => {
  it('walks the board’s journey', async () => {
    const page = await site.open('');
    expect(await heading(page)).toBe('Overview Mar 2019');

    // The skip link is the first stop and moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await focusVisible(page)).toBe(true);

    // Choose a month: the select, arrow keys, then the Show button.
    await tabTo(page, 'the month select', (element) => element.id === 'month-select');
    expect(await focusVisible(page)).toBe(true);
    for (let step = 0; step < 16; step++) await page.keyboard.press('ArrowDown');
    await tabTo(page, 'the Show button', (element) => element.textContent === 'Show');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Overview Nov 2017');

    // Open an indicator.
    await tabTo(page, 'the ICPC timeliness card', (element) => element.textContent === 'ICPC timeliness' && element.tagName === 'A');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'ICPC timeliness Nov 2017');

    // The chart's own keyboard layer: focus the chart and move along its points.
    await tabTo(page, 'the trend chart', (element) => element.classList.contains('recharts-surface') || element.classList.contains('recharts-wrapper'));
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.recharts-tooltip-wrapper').first().isVisible()).toBe(true);

    // Targets: filter by status and sort by value.
    await tabTo(page, 'the Targets link', (element) => element.textContent === 'Targets' && element.tagName === 'A');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Targets Nov 2017');
    await tabTo(page, 'the status filter', (element) => element.id === 'filter-status');
    await page.keyboard.press('ArrowDown'); // Red
    await page.waitForFunction(() => location.search.includes('status=red'));
    // Each indicator's row (a reconciling sentence, when there is one, has a row of its own under it).
    // The address changes a render before the table does: wait for the filtered rows.
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('.targets-table tbody tr:not(.reconcile-row)')];
      return shown.length > 0 && shown.every((row) => (row.textContent ?? '').includes('Red'));
    }, undefined, { timeout: 10_000 });
    const rows = await page.locator('.targets-table tbody tr:not(.reconcile-row)').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes('Red'))).toBe(true);
    await tabTo(page, 'the Value column heading', (element) => element.classList.contains('sort-button') && (element.textContent ?? '').startsWith('Value'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('sort=value'));
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Value');

    // Workstreams.
    await tabTo(page, 'the Workstreams link', (element) => element.textContent === 'Workstreams' && element.tagName === 'A');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Workstreams Nov 2017');

    // Print the month's meeting pack.
    await page.evaluate(() => {
      (window as { printed?: number }).printed = 0;
      window.print = () => void ((window as { printed?: number }).printed = 1);
    });
    await tabTo(page, 'the Meeting pack link', (element) => element.textContent === 'Meeting pack' && element.tagName === 'A');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Meeting pack Nov 2017');
    await tabTo(page, 'the Print button', (element) => element.textContent === 'Print this pack');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
    await page.context().close();
  });
});
