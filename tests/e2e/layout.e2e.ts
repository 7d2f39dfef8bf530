// The screenshot review: every page at 1280, 768 and 390 px wide, saved in tests/e2e/output/ for a
// person to look at, and a check that nothing a reader needs has run off the side of the screen:
// no table's key columns (its first column, and the columns marked data-key-column: the value and
// the status) and no chart's plot area lie outside the viewport's width, and the page itself
// never scrolls sideways.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REVIEW_PAGES, REVIEW_WIDTHS } from '../../scripts/lib/reviewPages';
import { heading, screenshot, useSite } from './fixtures';

const site = useSite();

/** What lies outside the viewport's width, in words: empty when everything fits. */
async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const outside = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
    };
    const visible = (element: Element) => element.getClientRects().length > 0;
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
    document.querySelectorAll('main table').forEach((table, tableIndex) => {
      if (!visible(table)) return;
      const name = table.querySelector('caption')?.textContent?.trim() || `table ${tableIndex + 1}`;
      const header = table.querySelector('thead tr');
      const keyColumns = new Set([0]);
      header?.querySelectorAll('th').forEach((cell, index) => {
        if (cell.hasAttribute('data-key-column')) keyColumns.add(index);
      });
      const columns = header?.children.length ?? 0;
      table.querySelectorAll('tr').forEach((row) => {
        // A note's row spans the table; only rows of one cell a column are checked.
        if (columns && row.children.length !== columns) return;
        for (const index of keyColumns) {
          const cell = row.children[index];
          if (cell && outside(cell)) problems.push(`${name}: column ${index + 1} ("${header?.children[index]?.textContent?.trim()}") is off the screen`);
        }
      });
    });
    document.querySelectorAll('main .recharts-wrapper').forEach((chart, index) => {
      if (!visible(chart)) return;
      const plot = chart.querySelector('.recharts-cartesian-grid') ?? chart.querySelector('svg');
      if (plot && outside(plot)) problems.push(`chart ${index + 1}: its plot area is off the screen`);
    });
    return [...new Set(problems)];
  });
}

async function openAt(route: string, width: number): Promise<Page> {
  const page = await site.open(route, { viewport: { width, height: 900 } });
  await heading(page);
  // Charts are drawn at once (no animation): wait only for them to be in the page.
  await page.waitForFunction(() => [...document.querySelectorAll('main .recharts-wrapper')].every((chart) => chart.querySelector('svg .recharts-cartesian-grid, svg .recharts-bar, svg .recharts-line')));
  return page;
}

describe('every page fits the screen at 1280, 768 and 390 px', () => {
  for (const { name, route } of REVIEW_PAGES) {
    it.each(REVIEW_WIDTHS)(`${name} at %i px`, async (width) => {
      const page = await openAt(route, width);
      await screenshot(page, `layout-${name}-${width}`);
      expect(await offScreen(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('would report a table whose status column is off a phone’s screen (the check is live)', async () => {
    // Targets lays its rows out as cards on a phone: the Indicator page's month table is a table at every width.
    const page = await openAt('indicator/CP5/?month=2018-03', 390);
    await page.addStyleTag({ content: '.table-scroll { overflow: visible !important; } .table-months thead th:first-child { min-width: 600px; }' });
    const problems = await offScreen(page);
    expect(problems.some((problem) => problem.includes('("Status")'))).toBe(true);
    expect(problems.some((problem) => problem.includes('the page scrolls sideways'))).toBe(true);
    await page.context().close();
  });

  it('would report a chart drawn wider than the screen (the check is live)', async () => {
    const page = await openAt('indicator/CP5/?month=2018-03', 390);
    await page.addStyleTag({ content: '.chart-figure .recharts-wrapper { min-width: 900px; }' });
    expect(await offScreen(page)).toContain('chart 1: its plot area is off the screen');
    await page.context().close();
  });
});

describe('the heading focused after navigation', () => {
  const headingStyle = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, background: style.backgroundColor, shadow: style.boxShadow, outline: style.outlineStyle };
    });

  it('shows no focus style when a mouse or a finger brought the reader there', async () => {
    for (const hasTouch of [false, true]) {
      const page = await site.open('', { viewport: { width: 1280, height: 900 }, hasTouch });
      await heading(page);
      const link = page.locator('nav[aria-label="Main"] a', { hasText: 'Targets' });
      if (hasTouch) await link.tap();
      else await link.click();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      expect(await headingStyle(page)).toEqual({ tag: 'H1', background: 'rgba(0, 0, 0, 0)', shadow: 'none', outline: 'none' });
      await page.context().close();
    }
  });

  it('shows the yellow focus style when the keyboard brought the reader there', async () => {
    const page = await site.open('');
    await heading(page);
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Surveys' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect((await headingStyle(page)).background).toBe('rgb(255, 221, 0)');
    await page.context().close();
  });
});
