// A reader who asks for a month the data does not have (an old link, a typed address) is told,
// with JavaScript and without it: the page says there are no figures for that month and which
// month it shows instead; the page drawn at publication, read with no script, says it always shows
// the latest month, whatever its address asks for. Expected words are worked out from data/.
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/dataFolder';
import { formatMonth, formatMonthLong } from '../../src/domain/months';
import { heading, useSite } from './fixtures';

const site = useSite();
const { dataset } = checkFolder('data');
const months = dataset.snapshots.map((snapshot) => snapshot.month);
const first = formatMonthLong(months[0]!);
const latest = formatMonthLong(months.at(-1)!);

describe('a month the data does not have', () => {
  it('with JavaScript: the Overview at ?month=2030-01 shows the latest month and says so above the month picker', async () => {
    const page = await site.open('?month=2030-01');
    expect(await heading(page)).toBe(`Overview ${formatMonth(months.at(-1)!)}`);
    const notice = page.getByRole('status').filter({ hasText: 'There are no figures for' });
    expect(await notice.textContent()).toBe(`There are no figures for January 2030: the dashboard has figures from ${first} to ${latest}. Showing ${latest}, the latest month.`);
    expect(await notice.isVisible()).toBe(true);
    // Above the picker, where the month is chosen.
    const [noticeBox, pickerBox] = await Promise.all([notice.boundingBox(), page.locator('.month-picker').boundingBox()]);
    expect(noticeBox!.y).toBeLessThan(pickerBox!.y);
    await page.context().close();
  });

  it('with JavaScript: a month that is known says nothing of the kind', async () => {
    const page = await site.open(`targets/?month=${months.at(-2)}`);
    expect(await heading(page)).toBe(`Targets ${formatMonth(months.at(-2)!)}`);
    expect(await page.getByText('There are no figures for').count()).toBe(0);
    await page.context().close();
  });

  it('without JavaScript: the drawn page at any ?month= says it shows the latest month, whatever the address asks', async () => {
    const page = await site.open(`targets/?month=${months[0]}`, { javaScriptEnabled: false });
    expect(await page.locator('main h1').textContent()).toBe(`Targets ${formatMonth(months.at(-1)!)}`);
    const notice = page.getByText(/^Without JavaScript this page shows/);
    expect(await notice.textContent()).toBe(`Without JavaScript this page shows ${latest}, the latest month, whatever month its address asks for. To see another month, switch JavaScript on.`);
    expect(await notice.isVisible()).toBe(true);
    await page.context().close();
  });

  it('with JavaScript, the drawn page’s notice for readers without it is never shown', async () => {
    const page = await site.open('');
    await heading(page);
    expect(await page.getByText(/^Without JavaScript this page shows/).count()).toBe(0);
    await page.context().close();
  });
});
