// Tables and charts that fit (issue 27), in real Chromium: Targets shows the board's columns
// without sideways scrolling on a laptop, the rest behind "More columns", and a card per
// indicator on a tablet or a phone, still a table to assistive technology; the reconciling
// sentences wrap whole; the Indicator page's month labels stay on one line.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, useSite } from './fixtures';

const site = useSite();

async function openAt(route: string, width: number): Promise<Page> {
  const page = await site.open(route, { viewport: { width, height: 900 } });
  await heading(page);
  return page;
}

/** The board's columns, as their headers read (without the sort arrow). */
const BOARD_COLUMNS = ['Indicator', 'Value', 'Status', 'Target', 'Change', 'England', 'vs England', 'National', 'Trajectory'];
const MORE_COLUMNS = ['Area', 'Variation', 'Assurance', 'Year to date', 'Quality'];

/** The Targets table's headers on screen (drawn, inside the viewport), and its scroll box's widths. */
function targetsTable(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector<HTMLTableElement>('.targets-table')!;
    const box = table.closest<HTMLElement>('.table-scroll')!;
    const width = document.documentElement.clientWidth;
    const words = (th: Element) => th.textContent!.replace(/[⇅▲▼]/g, '').trim();
    const drawn = [...table.querySelectorAll('thead th')].filter((th) => th.getBoundingClientRect().width > 0);
    const onScreen = drawn.filter((th) => th.getBoundingClientRect().left >= 0 && th.getBoundingClientRect().right <= width + 0.5);
    return {
      headers: onScreen.map(words),
      drawn: drawn.map(words),
      scrollWidth: box.scrollWidth,
      clientWidth: box.clientWidth,
      pageWidth: document.documentElement.scrollWidth,
      viewport: width,
    };
  });
}

/** Every reconciling sentence: whether its text lies wholly inside the scroll box and the screen. */
function sentencesCut(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.targets-table .reconcile-row .note-text')].flatMap((sentence) => {
      const box = sentence.closest('.table-scroll')!.getBoundingClientRect();
      const rect = sentence.getBoundingClientRect();
      return rect.right > Math.min(box.right, width) + 0.5 || rect.left < box.left - 0.5 ? [sentence.textContent!.slice(0, 60)] : [];
    });
  });
}

describe('Targets at 1280 px, a laptop', () => {
  it('shows every column the board reads without sideways scrolling, the rest behind “More columns”', async () => {
    const page = await openAt('targets/?month=2017-11', 1280);
    const table = await targetsTable(page);
    expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    expect(table.headers).toEqual(BOARD_COLUMNS);
    expect(await page.getByText('Scroll sideways to see every column').count()).toBe(0);
    expect(await sentencesCut(page)).toEqual([]);
    await page.context().close();
  });

  it('opens “More columns” from the keyboard, keeps the choice in the address, and the CSV has every column either way', async () => {
    const page = await openAt('targets/?month=2017-11', 1280);
    const more = page.locator('summary', { hasText: 'More columns' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('columns') === 'all');
    expect((await targetsTable(page)).drawn).toEqual([...BOARD_COLUMNS, ...MORE_COLUMNS]);
    // Opened from the address alone (a link shared), and closed again.
    const shared = await openAt('targets/?month=2017-11&columns=all', 1280);
    expect((await targetsTable(shared)).drawn).toContain('Assurance');
    await shared.locator('summary', { hasText: 'More columns' }).click();
    await shared.waitForFunction(() => !new URLSearchParams(location.search).has('columns'));
    expect((await targetsTable(shared)).drawn).toEqual(BOARD_COLUMNS);
    const [file] = await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Download this table (CSV)' }).click()]);
    const header = (await import('node:fs')).readFileSync(await file.path(), 'utf8').slice(1).split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining([...BOARD_COLUMNS.filter((column) => column !== 'Indicator'), ...MORE_COLUMNS]));
    await page.context().close();
    await shared.context().close();
  });
});

describe.each([768, 390])('Targets at %i px, a tablet or a phone', (width) => {
  it('lays out a card per indicator with no sideways scrolling, every sentence whole', async () => {
    const page = await openAt('targets/?month=2017-11', width);
    const table = await targetsTable(page);
    expect(table.pageWidth).toBeLessThanOrEqual(width);
    expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableRowElement>('.targets-table tbody tr:not(.reconcile-row)')].map((row) => {
        const name = row.querySelector('th')!.getBoundingClientRect();
        const value = row.querySelector('td[data-label="Value"]')!.getBoundingClientRect();
        const status = row.querySelector('td[data-label="Status"]')!.getBoundingClientRect();
        // A card: the name above the value, the value above the status, each line the card's width.
        return { display: getComputedStyle(row).display, stacked: name.bottom <= value.top + 0.5 && value.bottom <= status.top + 0.5, sameLeft: Math.abs(value.left - status.left) < 0.5 };
      }),
    );
    expect(cards).toHaveLength(16);
    expect(cards.every((card) => card.display === 'block' && card.stacked && card.sameLeft)).toBe(true);
    expect(await sentencesCut(page)).toEqual([]);
    await page.context().close();
  });

  it('is still a table to assistive technology: 16 row headers, each card’s cells named by their column', async () => {
    const page = await openAt('targets/?month=2017-11', width);
    const session = await page.context().newCDPSession(page);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
    const roles = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role);
    expect(roles('table').length).toBeGreaterThanOrEqual(1);
    expect(roles('rowheader').map((node) => node.name?.value)).toContain('ICPC timeliness');
    expect(roles('rowheader')).toHaveLength(16);
    expect(roles('columnheader').map((node) => node.name?.value)).toContain('Value');
    // The card's label is decoration (the column header names the cell): the cell reads "32%", not "Value32%".
    const cells = roles('cell').map((node) => node.name?.value ?? '');
    expect(cells).toContain('32%');
    expect(cells.filter((name) => name.startsWith('Value'))).toEqual([]);
    await page.context().close();
  });
});

describe.each([768, 390])('the Indicator page’s tables at %i px', (width) => {
  it.each(['indicator/CP5/?month=2018-03', 'indicator/WF1/'])('keeps each month, period or date heading a row on one line: %s', async (route) => {
    const page = await openAt(route, width);
    const months = await page.evaluate(() =>
      [...document.querySelectorAll('main table tbody th[scope="row"]')]
        .filter((cell) => /^(\w{3} \d{4}|\d{4}-\d{2}|at \d+ \w{3} \d{4})$/.test(cell.textContent!.trim()))
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          return { text: cell.textContent!.trim(), lines: lines.size };
        }),
    );
    // The month table, the target changes and the national band table all have some.
    expect(months.length).toBeGreaterThan(10);
    expect(months.filter((month) => month.lines !== 1)).toEqual([]);
    await page.context().close();
  });
});

/** Texts in `selector`'s SVGs matching `pattern`, and whether each lies wholly inside its SVG. */
function svgTexts(page: Page, selector: string, pattern: string) {
  return page.evaluate(
    ({ selector, pattern }) =>
      [...document.querySelectorAll(`${selector} svg text`)]
        .filter((text) => new RegExp(pattern).test(text.textContent ?? ''))
        .map((text) => {
          const svg = text.closest('svg')!.getBoundingClientRect();
          const box = text.getBoundingClientRect();
          return { text: text.textContent, inside: box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5 };
        }),
    { selector, pattern },
  );
}

describe.each([1280, 390])('charts at %i px', (width) => {
  it('writes each small multiple’s months whole, and draws its target line', async () => {
    const page = await openAt('indicator/CL1/', width);
    await page.locator('.small-multiple .recharts-line').first().waitFor({ state: 'attached' });
    const months = await svgTexts(page, '.small-multiple', '^\\w{3} \\d{4}$');
    expect(months.length).toBe(10); // five teams, the first and last month each
    expect(months.filter((month) => !month.inside)).toEqual([]);
    // The team, all teams and the target in every panel; the key names the target.
    expect(await page.locator('.small-multiple').evaluateAll((panels) => panels.map((panel) => panel.querySelectorAll('.recharts-line').length))).toEqual([3, 3, 3, 3, 3]);
    expect(await page.locator('.small-multiples .line-key-list').textContent()).toContain('Target');
    await page.context().close();
  });

  it('writes the survey chart’s “Target 40%” once, inside the chart', async () => {
    const page = await openAt('surveys/?month=2018-12', width);
    await page.locator('.chart-line-target').first().waitFor({ state: 'attached' });
    expect(await svgTexts(page, '.recharts-wrapper', '^Target 40%$')).toEqual([{ text: 'Target 40%', inside: true }]);
    await page.context().close();
  });
});

it('draws the small multiples’ target line with JavaScript off too', async () => {
  const page = await site.open('indicator/CL1/', { javaScriptEnabled: false });
  expect(await page.locator('.small-multiple svg.static-chart').evaluateAll((panels) => panels.map((panel) => panel.querySelectorAll('path[stroke-dasharray="8 4"]').length > 0))).toEqual([true, true, true, true, true]);
  await page.context().close();
});

it('names each line at its end in the chart drawn at publication, read with JavaScript off, as its caption promises', async () => {
  const page = await site.open('indicator/CP5/', { javaScriptEnabled: false });
  expect(await page.locator('main').textContent()).toContain('each line is named at its end');
  const labels = await svgTexts(page, '.chart-figure', '.');
  const ends = await page.locator('.static-chart .line-end-label text').allTextContents();
  expect(ends).toEqual(expect.arrayContaining(['Target', 'England']));
  expect(labels.filter((label) => ends.includes(label.text ?? '') && !label.inside)).toEqual([]);
  await page.context().close();
});

describe('a saved chart carries its title and its key', () => {
  async function download(page: Page, name: RegExp): Promise<Buffer> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
    return (await import('node:fs')).readFileSync(await file.path());
  }

  it('the trend chart as SVG and PNG: the heading above, each line’s sample and name under it', async () => {
    const page = await openAt('indicator/CP5/', 1280);
    await page.locator('.recharts-line').first().waitFor({ state: 'attached' });
    const title = (await page.locator('#trend-heading').textContent())!.trim();
    const key = await page.locator('.chart-figure .line-key-list li').allTextContents();
    expect(key).toEqual(expect.arrayContaining(['Target', 'England']));
    const svg = (await download(page, /^Download chart \(SVG\)/)).toString('utf8');
    const written = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    // The page's heading, then the chart's: "ICPC timeliness Mar 2019: Trend, every month".
    expect(written[0]).toMatch(new RegExp(`^ICPC timeliness Mar 2019: ${title}$`));
    for (const name of key) expect(written).toContain(name.trim());
    // The PNG is drawn from the same file: twice the size of the chart with its title and key, not the chart alone.
    const chartHeight = await page.locator('.chart-figure .recharts-wrapper > svg.recharts-surface').first().evaluate((element) => Math.round(element.getBoundingClientRect().height));
    const png = await download(page, /^Download chart \(PNG\)/);
    expect(png.readUInt32BE(20)).toBeGreaterThan(2 * (chartHeight + 34));
    await page.context().close();
  });

  it('the survey chart as SVG: its title and recharts’ legend', async () => {
    const page = await openAt('surveys/?month=2018-12', 1280);
    await page.locator('.chart-line-target').first().waitFor({ state: 'attached' });
    const svg = (await download(page, /^Download chart \(SVG\) Response rate over time/)).toString('utf8');
    expect(svg).toContain(">Staff surveys Dec 2018: Response rate over time</text>");
    expect(svg).toContain('>Response rate (%)</text>');
    expect(svg).toContain('>Target (%)</text>');
    await page.context().close();
  });
});

describe.each([1280, 390])('the story behind the figures at %i px', (width) => {
  it('comes on the Overview right after the exceptions it explains, before the summary and the cards', async () => {
    const page = await openAt('', width);
    const tops = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('main h2')].map((h2) => [h2.textContent!.trim(), Math.round(h2.getBoundingClientRect().top + scrollY)])));
    const story = tops['Off track: the story behind the figures']!;
    expect(story).toBeGreaterThan(tops['Exceptions: look at these first']!);
    expect(story).toBeLessThan(tops['Summary of the month']!);
    expect(story).toBeLessThan(tops['Priority indicators']!);
    await page.context().close();
  });
});

it('the meeting pack sends a reader for a line left off its chart to the dashboard, never to a table it does not have', async () => {
  const page = await openAt('meeting-pack/?month=2019-03', 1280);
  const notes = await page.locator('.meeting-pack .line-key-omitted').allTextContents();
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.every((note) => note.includes('on this indicator’s page of the dashboard') && !note.includes('table below'))).toBe(true);
  await page.context().close();
});

describe('the chart tooltip (WCAG 1.4.13)', () => {
  it('opens on a click, not on hover, stays while the pointer moves onto it and across the chart, and closes on Escape', async () => {
    const page = await openAt('indicator/CP5/', 1280);
    const tooltip = () => page.evaluate(() => {
      const wrapper = document.querySelector<HTMLElement>('.chart-figure .recharts-tooltip-wrapper');
      const shown = Boolean(wrapper && getComputedStyle(wrapper).visibility !== 'hidden' && wrapper.textContent?.trim());
      return shown ? wrapper!.textContent!.trim() : '';
    });
    const plot = page.locator('.chart-figure .recharts-cartesian-grid').first();
    await plot.waitFor({ state: 'attached' });
    await page.locator('.chart-figure .recharts-wrapper').first().scrollIntoViewIfNeeded();
    const grid = (await plot.boundingBox())!;
    await page.mouse.move(grid.x + grid.width * 0.3, grid.y + grid.height * 0.5, { steps: 5 });
    expect(await tooltip()).toBe('');
    await page.mouse.click(grid.x + grid.width * 0.3, grid.y + grid.height * 0.5);
    await page.waitForFunction(() => document.querySelector('.chart-figure .recharts-tooltip-wrapper')?.textContent?.trim());
    const shown = await tooltip();
    expect(shown).toMatch(/ICPC timeliness/);
    const box = (await page.locator('.chart-figure .recharts-tooltip-wrapper').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
    expect(await tooltip()).toBe(shown);
    await page.mouse.move(grid.x + grid.width * 0.8, grid.y + grid.height * 0.2, { steps: 10 });
    expect(await tooltip()).toBe(shown);
    await page.keyboard.press('Escape');
    expect(await tooltip()).toBe('');
    await page.context().close();
  });
});
