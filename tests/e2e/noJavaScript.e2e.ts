// With JavaScript switched off, the pages drawn at publication still show the latest month:
// every priority indicator's figure and RAG word on the Overview, and an indicator page's
// figures and its chart as SVG. The expected figures are worked out here from data/ with the
// domain's own functions, not copied from the page.
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/dataFolder';
import { allSeries, indicatorStatus } from '../../src/domain/board/status';
import { displayName } from '../../src/domain/names';
import { decimalsFor, formatNumber, formatValue } from '../../src/domain/format';
import { formatMonth } from '../../src/domain/months';
import { useSite } from './fixtures';
import { ragWord } from '../../src/domain/present/words';

const site = useSite();
const { dataset } = checkFolder('data');
const latest = dataset.snapshots[dataset.snapshots.length - 1]!.month;
const series = allSeries(dataset.indicators, dataset.snapshots);
const statusOf = (id: string) => {
  const indicator = dataset.indicators.find((candidate) => candidate.id === id)!;
  return indicatorStatus(indicator, series.get(id) ?? [], latest);
};

describe('the published site with JavaScript switched off', () => {
  it('Overview shows every priority figure and RAG word of the latest month', async () => {
    const page = await site.open('', { javaScriptEnabled: false });
    expect(await page.locator('main h1').textContent()).toBe(`Overview ${formatMonth(latest)}`);
    const priority = dataset.indicators.filter((indicator) => indicator.priority);
    expect(priority.length).toBeGreaterThan(0);
    let withRag = 0;
    for (const indicator of priority) {
      const status = statusOf(indicator.id);
      const card = page.getByRole('article', { name: displayName(indicator) });
      expect(await card.locator('.figure').textContent(), indicator.id).toBe(formatValue(status.value, indicator));
      if (status.rag) {
        withRag++;
        // The one status: the RAG word first, then against which target.
        expect(await card.locator('.tag').textContent(), indicator.id).toMatch(new RegExp(`^${ragWord(status.rag)}: (meets|below|above) the `));
      }
      expect(await card.locator('svg.sparkline').count(), indicator.id).toBe(1);
    }
    expect(withRag).toBeGreaterThan(0);
    await page.context().close();
  });

  it('an indicator page shows its figures, table and chart as SVG', async () => {
    const indicator = dataset.indicators.find((candidate) => candidate.priority && candidate.polarity !== 'neutral' && statusOf(candidate.id).rag)!;
    const status = statusOf(indicator.id);
    const page = await site.open(`indicator/${indicator.id}/`, { javaScriptEnabled: false });
    expect(await page.locator('main h1').textContent()).toBe(`${displayName(indicator)} ${formatMonth(latest)}`);
    // The chart is in the HTML as SVG, with the line drawn and a point for each month with a value.
    const chart = page.locator('figure svg.static-chart');
    expect(await chart.count()).toBe(1);
    expect(await chart.getAttribute('aria-label')).toContain(displayName(indicator));
    const valued = (series.get(indicator.id) ?? []).filter((point) => point.month <= latest && typeof point.value === 'number');
    expect(await chart.locator('path[stroke-width="3"]').count()).toBeGreaterThan(0);
    expect(await chart.locator('g > g > circle, g > g > rect, g > g > path').count()).toBeGreaterThanOrEqual(valued.length);
    // The table holds the latest month's figure and RAG word.
    const row = page.getByRole('row', { name: new RegExp(`^${formatMonth(latest)}`) });
    const cells = await row.first().locator('td').allTextContents();
    // The table shows figures to at least three decimal places, unit in its heading.
    expect(cells[0]).toBe(formatNumber(status.value as number, Math.max(decimalsFor(indicator), 3)));
    expect(cells).toContain(ragWord(status.rag!));
    await page.context().close();
  });

  it('links between pages work with no script', async () => {
    const page = await site.open('', { javaScriptEnabled: false });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Targets' }).click();
    await page.waitForURL(/\/council\/dashboard\/targets\/$/);
    expect(await page.locator('main h1').textContent()).toBe(`Targets ${formatMonth(latest)}`);
    // The page's own style sheet (its chunk's targets.css) is linked by the drawn page: the
    // filters are laid out in a row with no script, so nothing moves when the script arrives.
    expect(await page.locator('.filters').evaluate((element) => getComputedStyle(element).display)).toBe('flex');
    await page.context().close();
  });
});
