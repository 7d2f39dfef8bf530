// What axe does not see (WCAG 2.2 AA), in real Chromium: a dark forced-colour theme (Windows high
// contrast) with the charts' lines and words and the current page and view visible; every chart
// the keyboard reaches named in Chromium's accessibility tree; no sideways scrolling at 320 CSS
// pixels on any page, the meeting pack included; the contrast of texts that axe skips (a focused
// summary, a focused chart, the survey key); survey answers told apart by texture; the download
// buttons and the Data page's scroll box and status message; and the printed pack, as a tagged
// PDF, with its H1 and no word broken across lines in its tables. The accessibility statement
// (src/features/about/AccessibilityPage.tsx) names this file for these claims.
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PagePath } from '../../src/routing/pages';
import { heading, useSite } from './fixtures';

const site = useSite();

/** Every page of the manifest, by its path (a page added there is a type error here until listed). */
const ROUTES: Record<PagePath, string[]> = {
  '': ['', '?month=2017-11'],
  'indicator/:id': ['indicator/CP5/?month=2018-03', 'indicator/CL1/', 'indicator/WF1/?view=spc'],
  exceptions: ['exceptions/?month=2017-11'],
  changes: ['changes/?from=2018-12&to=2019-03'],
  compare: ['compare/?month=2019-03'],
  'prepare-month': ['prepare-month/'],
  'help/add-month': ['help/add-month/'],
  'build-from-annex-a': ['build-from-annex-a/'],
  'help/annex-a': ['help/annex-a/'],
  targets: ['targets/?month=2017-11'],
  workstreams: ['workstreams/?month=2018-06'],
  surveys: ['surveys/?month=2018-12'],
  'data-files': ['data-files/'],
  'help/spc': ['help/spc/'],
  'help/glossary': ['help/glossary/'],
  accessibility: ['accessibility/'],
  '*': ['#/no-such-page'],
  'meeting-pack': ['meeting-pack/?month=2017-11', 'meeting-pack/?month=2019-03'],
};

// ---------- colours as Chromium computes them ----------

function channels(css: string): [number, number, number] {
  const match = css.match(/rgba?\(([^)]+)\)/);
  if (!match) throw new Error(`Not an rgb() colour: ${css}`);
  const [r, g, b] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!];
}

function luminance(css: string): number {
  const [r, g, b] = channels(css).map((value) => value / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

it('measures contrast as WCAG does, so the checks below can fail', () => {
  expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
  expect(contrast('rgb(11, 12, 12)', 'rgb(0, 0, 0)')).toBeLessThan(1.2);
});

async function openDrawn(route: string, options: Parameters<typeof site.open>[1] = {}): Promise<Page> {
  const page = await site.open(route, options);
  await heading(page);
  await page.waitForTimeout(300);
  return page;
}

/** The computed value of `property` on every element matching `selector`. */
function computed(page: Page, selector: string, property: string): Promise<string[]> {
  return page.evaluate(([selector, property]) => [...document.querySelectorAll(selector)].map((element) => getComputedStyle(element).getPropertyValue(property)), [selector, property] as const);
}

async function forcedDark(route: string): Promise<Page> {
  const page = await site.open(route);
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await heading(page);
  await page.waitForTimeout(300);
  return page;
}

describe('a dark forced-colour theme (Windows high contrast)', () => {
  it('draws the trend chart’s lines, axis words and line labels in the theme’s colours, not black on black', async () => {
    const page = await forcedDark('indicator/CP5/?month=2018-03');
    await page.locator('.chart-figure .recharts-line-curve').first().waitFor({ state: 'attached' });
    const canvas = (await computed(page, 'body', 'background-color'))[0]!;
    expect(luminance(canvas)).toBeLessThan(0.05);
    const strokes = await computed(page, '.chart-figure .recharts-line-curve', 'stroke');
    expect(strokes.length).toBeGreaterThanOrEqual(3);
    for (const stroke of strokes) expect(contrast(stroke, canvas)).toBeGreaterThanOrEqual(3);
    const words = await computed(page, '.chart-figure .recharts-cartesian-axis-tick-value, .chart-figure .line-end-label text', 'fill');
    expect(words.length).toBeGreaterThan(5);
    for (const fill of words) expect(contrast(fill, canvas)).toBeGreaterThanOrEqual(4.5);
    await page.context().close();
  });

  it('draws the SPC chart’s mean, limits, target and value visible', async () => {
    const page = await forcedDark('indicator/WF1/?view=spc');
    await page.locator('.chart-figure .recharts-line-curve').first().waitFor({ state: 'attached' });
    const canvas = (await computed(page, 'body', 'background-color'))[0]!;
    for (const line of ['limit', 'mean', 'target', 'value']) {
      const strokes = await computed(page, `.chart-figure .chart-line-${line} .recharts-line-curve`, 'stroke');
      expect(strokes.length, line).toBeGreaterThan(0);
      for (const stroke of strokes) expect(contrast(stroke, canvas), line).toBeGreaterThanOrEqual(3);
    }
    await page.context().close();
  });

  it('writes Compare’s council names and the survey chart’s statements in the theme’s text colour', async () => {
    for (const [route, selector] of [
      ['compare/?month=2019-03', '.chart-figure .recharts-yAxis-tick-labels text'],
      ['surveys/?month=2018-12', '.chart-figure .recharts-yAxis-tick-labels text, .chart-figure .recharts-xAxis-tick-labels text'],
    ] as const) {
      const page = await forcedDark(route);
      await page.locator(selector).first().waitFor({ state: 'attached' });
      const canvas = (await computed(page, 'body', 'background-color'))[0]!;
      const fills = await computed(page, selector, 'fill');
      expect(fills.length, route).toBeGreaterThan(3);
      for (const fill of fills) expect(contrast(fill, canvas), route).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    }
  });

  it('draws the Overview’s sparklines visible', async () => {
    const page = await forcedDark('');
    const canvas = (await computed(page, 'body', 'background-color'))[0]!;
    const strokes = await computed(page, '.sparkline-line', 'stroke');
    expect(strokes.length).toBeGreaterThan(5);
    for (const stroke of strokes) expect(contrast(stroke, canvas)).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('marks the current page in the navigation, and the chosen chart view, by more than the others have', async () => {
    const page = await forcedDark('');
    const canvas = (await computed(page, 'body', 'background-color'))[0]!;
    const current = await computed(page, '.nav-list a[aria-current="page"]', 'border-bottom-color');
    const others = await computed(page, '.nav-list a:not([aria-current])', 'border-bottom-color');
    expect(current).toHaveLength(1);
    expect(others.length).toBeGreaterThan(5);
    expect(contrast(current[0]!, canvas)).toBeGreaterThanOrEqual(3);
    for (const other of others) expect(contrast(other, canvas)).toBeLessThan(1.1);

    await page.goto(`${site.server.url}indicator/WF1/?view=spc`);
    await heading(page);
    const chosen = (await computed(page, '.view-switch a[aria-current="page"]', 'background-color'))[0]!;
    const notChosen = (await computed(page, '.view-switch a:not([aria-current])', 'background-color'))[0]!;
    expect(contrast(chosen, canvas)).toBeGreaterThanOrEqual(3);
    expect(luminance(notChosen)).toBeCloseTo(luminance(canvas), 2);
    await page.context().close();
  });
});

describe('every chart the keyboard reaches has a name (Chromium’s accessibility tree)', () => {
  it.each(['indicator/CP5/?month=2018-03', 'indicator/CL1/', 'indicator/WF1/?view=spc', 'compare/?month=2019-03', 'surveys/?month=2018-12', 'meeting-pack/?month=2017-11'])('%s', async (route) => {
    const page = await openDrawn(route);
    await page.locator('svg.recharts-surface[role="application"]').first().waitFor({ state: 'attached' });
    const focusable = await page.locator('svg.recharts-surface[role="application"]').count();
    const session = await page.context().newCDPSession(page);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
    const applications = nodes.filter((node) => !node.ignored && node.role?.value === 'application');
    expect(applications.length).toBe(focusable);
    expect(applications.map((node) => node.name?.value ?? '').filter((name) => name.trim() === '')).toEqual([]);
    await page.context().close();
  });

  it('names the trend chart by its heading', async () => {
    const page = await openDrawn('indicator/CP5/?month=2018-03');
    const title = await page.locator('#trend-heading').textContent();
    expect(await page.getByRole('application', { name: title!, exact: true }).count()).toBe(1);
    await page.context().close();
  });
});

describe('reflow at 320 CSS pixels (400% zoom): no page scrolls sideways', () => {
  it.each(Object.values(ROUTES).flat())('%s', async (route) => {
    const page = await openDrawn(route, { viewport: { width: 320, height: 640 } });
    if (route.startsWith('meeting-pack')) await page.waitForFunction(() => document.querySelector('.meeting-pack')?.hasAttribute('data-pack-planned'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe('contrast axe does not measure', () => {
  it('the focused “Key to the variation and assurance icons” summary is 4.5:1 or more', async () => {
    const page = await openDrawn('indicator/WF1/?view=spc');
    const summary = page.locator('.spc-key summary').first();
    await summary.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await summary.evaluate((element) => element === document.activeElement && element.matches(':focus-visible'))).toBe(true);
    const [colour, background] = await summary.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor]);
    expect(contrast(colour!, background!)).toBeGreaterThanOrEqual(4.5);
    await page.context().close();
  });

  it('a focused chart is ringed, not flooded yellow behind its bars', async () => {
    const page = await openDrawn('compare/?month=2019-03');
    const chart = page.locator('svg.recharts-surface[role="application"]').first();
    await chart.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const style = await chart.evaluate((element) => ({ focused: element.matches(':focus-visible'), background: getComputedStyle(element).backgroundColor, outline: getComputedStyle(element).outlineStyle, outlineColour: getComputedStyle(element).outlineColor }));
    expect(style.focused).toBe(true);
    expect(style.background).toBe('rgba(0, 0, 0, 0)');
    expect(style.outline).toBe('solid');
    expect(contrast(style.outlineColour, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('the survey key’s words, “Somewhat agree” among them, are 4.5:1 or more on white', async () => {
    const page = await openDrawn('surveys/?month=2018-12');
    const item = page.locator('.answer-key li', { hasText: 'Somewhat agree' });
    expect(await item.count()).toBe(1);
    const colour = await item.evaluate((element) => getComputedStyle(element).color);
    expect(contrast(colour, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
    await page.context().close();
  });
});

describe('the Surveys and Data pages', () => {
  it('tells the six answers apart by texture, the same in the bars and the key', async () => {
    const page = await openDrawn('surveys/?month=2018-12');
    await page.locator('.chart-figure .recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    const answers = await page.locator('.answer-key li').allTextContents();
    expect(answers).toHaveLength(6);
    const looks = await page.evaluate(() => {
      const chart = document.querySelectorAll('.chart-figure')[1]!;
      const fills = [...new Set([...chart.querySelectorAll('.recharts-bar-rectangle path')].map((path) => path.getAttribute('fill')))];
      const keyFills = [...chart.querySelectorAll('.answer-key rect')].map((rect) => rect.getAttribute('fill'));
      // What a greyscale print keeps of each fill: its white marks, whatever its colour.
      const marks = fills.map((fill) => document.querySelector(`${fill!.slice(4, -1)} path`)?.getAttribute('d') ?? 'solid');
      return { fills, keyFills, marks };
    });
    expect(looks.fills).toHaveLength(6);
    expect(new Set(looks.marks).size).toBe(6);
    expect(looks.keyFills).toEqual(looks.fills);
    await page.context().close();
  });

  it('gives each chart’s download buttons a name that says which chart', async () => {
    const page = await openDrawn('surveys/?month=2018-12');
    const names = await page.getByRole('button', { name: /^Download chart \(SVG\)/ }).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' ')));
    expect(names).toEqual(['Download chart (SVG) Response rate over time', 'Download chart (SVG) What staff said']);
    await page.context().close();
  });

  it('puts the Data page’s file table in a labelled scroll box the keyboard reaches, and announces the check’s end in a status message there from the start', async () => {
    const page = await site.open('', {});
    // Every status node as it is inserted, with the words it had then.
    await page.addInitScript(() => {
      const seen: { node: Element; text: string }[] = [];
      (window as unknown as { statusesSeen: typeof seen }).statusesSeen = seen;
      new MutationObserver((records) => {
        for (const record of records)
          for (const added of record.addedNodes) {
            if (!(added instanceof Element)) continue;
            for (const node of [added, ...added.querySelectorAll('[role="status"]')]) if (node.matches('[role="status"]')) seen.push({ node, text: node.textContent ?? '' });
          }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.server.url}data-files/`);
    await heading(page);
    const region = page.getByRole('region', { name: /^Every data file, \d+ in all$/ });
    await region.waitFor({ timeout: 20_000 });
    expect(await region.getAttribute('tabindex')).toBe('0');
    const finished = await page.evaluate(() => {
      const { statusesSeen } = window as unknown as { statusesSeen: { node: Element; text: string }[] };
      const done = [...document.querySelectorAll('[role="status"]')].find((node) => /^Checked \d+ files\.$/.test(node.textContent ?? ''));
      return { found: Boolean(done), insertedAs: statusesSeen.find((entry) => entry.node === done)?.text };
    });
    expect(finished.found).toBe(true);
    expect(finished.insertedAs).not.toMatch(/^Checked \d+ files\.$/);
    await page.context().close();
  });
});

describe('the printed meeting pack', () => {
  async function openPack(month: string): Promise<Page> {
    const page = await openDrawn(`meeting-pack/?month=${month}`);
    await page.waitForFunction(() => document.querySelector('.meeting-pack')?.hasAttribute('data-pack-planned'));
    return page;
  }

  it('says on screen how to make a tagged PDF, and the tagged PDF starts with the pack’s H1', async () => {
    const page = await openPack('2017-11');
    expect(await page.locator('.pack-intro').textContent()).toContain('“Save as PDF”');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true });
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
    const first = await document.getPage(1);
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await first.getStructTree()) as { role?: string; children?: unknown[] });
    expect(roles.filter((role) => role === 'H1')).toHaveLength(1);
    expect(roles.indexOf('H1')).toBeLessThan(roles.indexOf('H2'));
    const text = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Performance report: November 2017');
    expect(text).not.toContain('Save as PDF');
    await document.destroy();
    await page.context().close();
  });

  it('breaks no word across two lines in the glance and workstreams tables on A4, and no badge runs past its cell', async () => {
    const page = await openPack('2019-03');
    // The printed page's text width: A4 less its 15 mm margins, 180 mm.
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(300);
    const faults = await page.evaluate(() => {
      const found: string[] = [];
      for (const cell of document.querySelectorAll('.pack-glance-table td, .pack-workstreams-table td, .pack-workstreams-table th')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
            if (lines.size > 1) found.push(`broken: ${match[0]}`);
          }
        }
        for (const tag of cell.querySelectorAll('.tag')) if (tag.scrollWidth > tag.clientWidth + 1 || tag.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1) found.push(`overflows: ${tag.textContent}`);
      }
      return found;
    });
    expect(faults).toEqual([]);
    await page.context().close();
  });
});
