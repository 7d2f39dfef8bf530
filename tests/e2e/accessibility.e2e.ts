// axe-core (WCAG 2.0, 2.1 and 2.2 A and AA) finds nothing on any page, in every state the tests
// visit. Reflow at 320 CSS pixels and the keyboard journey are tested here too.
import { AxeBuilder } from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PagePath } from '../../src/routing/pages';
import { copyOfDist, heading, useSite } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}

const site = useSite(() => {
  // A built site with one broken month, so the Data page shows errors as well.
  const folder = copyOfDist();
  writeFileSync(join(folder, 'data/snapshots/2018-07.json'), '{ "month": "2018-07", "values": { "CP5": "73.8" } }');
  return folder;
});

/** The states visited, by the page manifest's page: a page added there is a type error here until it is listed. */
const STATES_BY_PAGE: Record<PagePath, [string, string][]> = {
  '': [
    ['Overview, latest month', ''],
    ['Overview, a month with red indicators', '?month=2017-11'],
  ],
  'indicator/:id': [
    ['Indicator trend', 'indicator/CP5/?month=2018-03'],
    ['Indicator with breakdown', 'indicator/CL1/'],
    ['Indicator SPC view', 'indicator/WF1/?view=spc'],
  ],
  exceptions: [['Exceptions', 'exceptions/?month=2017-11']],
  changes: [['Changes since the last meeting', 'changes/?from=2018-12&to=2019-03']],
  compare: [['Compare', 'compare/?month=2019-03']],
  'prepare-month': [['Prepare a month', 'prepare-month/']],
  'help/add-month': [['How to add a month', 'help/add-month/']],
  'build-from-annex-a': [['Build a month from Annex A', 'build-from-annex-a/']],
  'help/annex-a': [['How a month is built from Annex A', 'help/annex-a/']],
  targets: [
    ['Targets', 'targets/?month=2017-11'],
    ['Targets, filtered and sorted', 'targets/?month=2017-11&status=red&area=Workforce&sort=-value'],
  ],
  workstreams: [['Workstreams', 'workstreams/?month=2018-06']],
  surveys: [['Surveys', 'surveys/?month=2017-12']],
  'data-files': [['Data page with errors', 'data-files/']],
  'help/spc': [['How to read SPC charts', 'help/spc/']],
  'help/glossary': [['Glossary', 'help/glossary/']],
  accessibility: [['Accessibility statement', 'accessibility/']],
  '*': [['Page not found (an old #/ address)', '#/no-such-page']],
  'meeting-pack': [
    ['Meeting pack', 'meeting-pack/?month=2017-11'],
    ['Meeting pack, a month with the plan’s fields', 'meeting-pack/?month=2019-03'],
  ],
};
const STATES = Object.values(STATES_BY_PAGE).flat();

describe('axe finds no WCAG 2.2 AA violation', () => {
  it.each(STATES)('%s', async (_name, route) => {
    const page = await site.open(route);
    await heading(page);
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('would report a failure: an image with no text alternative is caught (the check is live)', async () => {
    const page = await site.open('accessibility/');
    await heading(page);
    await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="data:," width="20" height="20">'));
    expect((await violations(page)).some((violation) => violation.startsWith('image-alt'))).toBe(true);
    await page.context().close();
  });

  it('in the print view', async () => {
    const page = await site.open('?month=2017-11');
    await heading(page);
    await page.emulateMedia({ media: 'print' });
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('the meeting pack in the print view', async () => {
    const page = await site.open('meeting-pack/?month=2017-11');
    await heading(page);
    await page.waitForFunction(() => document.querySelector('.meeting-pack')?.hasAttribute('data-pack-planned'));
    await page.emulateMedia({ media: 'print' });
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('reflow at 320 CSS pixels (400% zoom)', () => {
  it.each(STATES.slice(0, 10))('%s needs no horizontal scrolling', async (_name, route) => {
    const page = await site.open(route, { viewport: { width: 320, height: 640 } });
    await heading(page);
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Nothing is cut off: no element other than a table's own scroll region reaches past the edge.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => !element.closest('.table-scroll') && !element.closest('.recharts-wrapper') && !element.closest('.visually-hidden') && !element.closest('.skip-link'))
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    );
    expect(cut).toEqual([]);
    await page.context().close();
  });
});
