// The plan's own fields in the built site on the sample data, at a desktop width and a phone
// width: each page shows its new section, and a full-page screenshot is saved in
// tests/e2e/output/ (plan-*-1280.png, plan-*-390.png) for a person to look at.
import { describe, expect, it } from 'vitest';
import { heading, screenshot, useSite } from './fixtures';

const site = useSite();

for (const width of [1280, 390]) {
  describe(`the plan’s fields at ${width} px`, () => {
    const open = (route: string) => site.open(route, { viewport: { width, height: 900 } });

    it('Indicator page: quality, owner, trajectory, year to date, narrative, target log', async () => {
      const page = await open('indicator/CP5/?month=2018-10');
      expect(await heading(page)).toBe('ICPC timeliness Oct 2018');
      await page.locator('.recharts-surface').first().waitFor();
      const glance = page.getByRole('region', { name: 'Oct 2018 at a glance' });
      await expect(glance.textContent()).resolves.toMatch(/Quality: good.*Owner.*Head of Service.*Planned 79.2%: On trajectory.*Year to date74.8%\. Financial year 2018-19: April to March so far, 7 months/);
      await expect(page.getByRole('heading', { name: 'What we are doing' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('table', { name: /ICPC timeliness: target changes/ }).textContent()).resolves.toContain('Improvement Board');
      await screenshot(page, `plan-indicator-${width}`);
      await page.context().close();
    });

    it('Targets: trajectory, year to date and quality columns; the owner filter', async () => {
      const page = await open('targets/?month=2018-10&owner=Head+of+Workforce');
      expect(await heading(page)).toBe('Targets Oct 2018');
      await expect(page.getByRole('status').textContent()).resolves.toBe('Showing 4 of 16 indicators.');
      // The indicator's own row, headed by its name (a reconciling sentence has a row of its own under it).
      const vacancy = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Vacancy rate', exact: true }) });
      await expect(vacancy.textContent()).resolves.toMatch(/On trajectory.*27% \(2018-19, 7 months\).*Good quality/);
      await screenshot(page, `plan-targets-${width}`);
      await page.context().close();
    });

    it('Workstreams: action plans with the overdue action first and marked', async () => {
      const page = await open('workstreams/?month=2018-10');
      expect(await heading(page)).toBe('Workstreams Oct 2018');
      const plan = page.getByRole('table', { name: 'People and Performance: action plan, Oct 2018' });
      await expect(plan.getByRole('row').nth(1).textContent()).resolves.toMatch(/^OverduePP-01: Recruit 20 permanent social workers/);
      await screenshot(page, `plan-workstreams-${width}`);
      await page.context().close();
    });

    it('Overview: the off-track stories and the overdue actions', async () => {
      const page = await open('?month=2018-10');
      expect(await heading(page)).toBe('Overview Oct 2018');
      await expect(page.getByRole('region', { name: 'Off track: the story behind the figures' }).textContent()).resolves.toContain('Case supervision: 78.8% (Behind trajectory)');
      await expect(page.getByRole('region', { name: 'Overdue actions' }).textContent()).resolves.toContain('Owner: Head of Workforce');
      await screenshot(page, `plan-overview-${width}`);
      await page.context().close();
    });
  });
}
