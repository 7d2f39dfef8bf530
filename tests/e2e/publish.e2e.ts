// Published means checked: a deployed site (dist/ copied to a plain static server) keeps showing
// the last good publication when an officer overwrites a month with a broken file, publish-data
// refuses it, and the Data page shows the raw file as changed since publishing with its error.
// Then a good new month, published, shows. And the Overview's figures take two requests.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageModelFile } from '../../src/domain/contract/pageModelFile';
import { copyOfDist, heading, useSite, waitForHeading } from './fixtures';

let folder = '';
const site = useSite(() => {
  folder = copyOfDist();
  return folder;
});

function publishData(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', 'publishData', join(folder, 'data')], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every file of the published side of the data folder, byte for byte. */
function publishedFiles(): Map<string, string> {
  const files = new Map<string, string>([['current.json', readFileSync(join(folder, 'data/current.json'), 'base64')]]);
  for (const name of readdirSync(join(folder, 'data/publications'))) {
    files.set(`publications/${name}`, readFileSync(join(folder, 'data/publications', name), 'base64'));
  }
  return files;
}

async function marchRow(page: Page): Promise<string> {
  await heading(page);
  return (await page.getByRole('table', { name: /every month/ }).getByRole('row', { name: /^Mar 2019/ }).textContent()) ?? '';
}

describe('publishing a deployed site', () => {
  it('a broken overwrite of a published month: publish-data exits 1, the site keeps the last good figures, the Data page shows the raw file', async () => {
    const before = await site.open('indicator/CP5/');
    const goodRow = await marchRow(before);
    expect(goodRow).toContain('86.3');
    await before.context().close();

    // The officer overwrites March 2019 with a typo (a trailing comma) and publishes.
    const march = readFileSync(join(folder, 'data/snapshots/2019-03.json'), 'utf8');
    writeFileSync(join(folder, 'data/snapshots/2019-03.json'), march.replace('"value": 86.3,', '"value": 68.3,,'));
    const published = publishedFiles();
    const run = publishData();
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/snapshots\/2019-03\.json:\d+:\d+: error: Invalid JSON/);
    expect(run.output).toMatch(/current\.json not changed, so the site keeps showing publication [0-9a-f]{16}/);
    expect(publishedFiles()).toEqual(published);

    // The live site still shows March as published.
    const after = await site.open('indicator/CP5/');
    expect(await marchRow(after)).toBe(goodRow);
    await after.goto(`${site.server.url}`);
    await waitForHeading(after, 'Overview Mar 2019');
    await after.context().close();

    // The Data page shows the raw file as changed since publishing, with its error.
    const data = await site.open('data-files/');
    await heading(data);
    const section = data.getByRole('region', { name: /snapshots\/2019-03\.json/ });
    await section.waitFor({ timeout: 15_000 });
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('Changed since publishing');
    expect(text).toMatch(/Error line \d+, column \d+: Invalid JSON/);
    expect(await data.getByRole('row', { name: /snapshots\/2019-03\.json/ }).textContent()).toContain('Has errors: cannot be published');
    await data.context().close();

    // Fixed, with a new month beside it: published, and shown.
    writeFileSync(join(folder, 'data/snapshots/2019-03.json'), march);
    writeFileSync(join(folder, 'data/snapshots/2019-04.json'), march.replace('"month": "2019-03"', '"month": "2019-04"'));
    const fixed = publishData();
    expect(fixed.output).toMatch(/Published \d+ files \(19 months\) as .*publications\/[0-9a-f]{16}\.json: added 2019-04\./);
    expect(fixed.status).toBe(0);
    const latest = await site.open('');
    await waitForHeading(latest, 'Overview Apr 2019');
    await latest.context().close();
  });
});

describe('since the last meeting, across publications', () => {
  it('a revised figure is listed on the Changes page, and the earlier publication opens as it was, saying so', async () => {
    const log = () => JSON.parse(readFileSync(join(folder, 'data/publications/log.json'), 'utf8')) as { publications: { id: string; added: string[] }[] };
    // The publication a meeting on March 2019 saw: the last one whose newest month was March.
    const marchMeeting = log().publications.filter((entry) => !entry.added.includes('2019-04')).at(-1)!.id;

    // The officer revises February's ICPC timeliness (86.5%, 45 of 52) and publishes again.
    const file = join(folder, 'data/snapshots/2019-02.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"value": 86.5,\n      "numerator": 45,', '"value": 84.6,\n      "numerator": 44,'));
    const run = publishData();
    expect(run.output).toMatch(/changed 2019-02/);
    expect(run.status).toBe(0);

    const changes = await site.open('changes/?from=2019-03&to=2019-04');
    await heading(changes);
    const table = changes.getByRole('table', { name: /Figures revised since/ });
    await table.waitFor({ timeout: 15_000 });
    const row = (await table.getByRole('row', { name: /ICPC timeliness/ }).textContent()) ?? '';
    expect(row).toMatch(/Feb 2019.*86\.5%.*84\.6%/);
    expect(await changes.getByText(/figure was revised since/).textContent()).toContain(marchMeeting);

    // Its link opens the pack as that publication had it: March 2019, with the notice.
    await changes.getByRole('link', { name: 'Open the meeting pack as published then' }).click();
    await waitForHeading(changes, 'Meeting pack Mar 2019');
    expect(new URL(changes.url()).searchParams.get('publication')).toBe(marchMeeting);
    expect(await changes.getByRole('region', { name: 'Earlier publication' }).textContent()).toContain(`publication ${marchMeeting}`);
    // The notice and the pack as published then pass axe too.
    const axe = await new AxeBuilder({ page: changes }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    // An indicator page as published then shows February's figure before its revision.
    await changes.goto(`${site.server.url}indicator/CP5/?publication=${marchMeeting}`);
    await waitForHeading(changes, 'ICPC timeliness Mar 2019');
    const february = (await changes.getByRole('table', { name: /every month/ }).getByRole('row', { name: /^Feb 2019/ }).textContent()) ?? '';
    expect(february).toContain('86.5');
    await changes.context().close();
  });
});

describe('loading the figures', () => {
  // The Overview reads the model written beside the publication (issue 29), publish-data's as the build's.
  it('the Overview makes exactly two data requests: the pointer and the model of the one publication it names', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/data/')) requests.push(path.replace(/^.*?\/data\//, ''));
    });
    await page.goto(site.server.url);
    await heading(page);
    await page.waitForLoadState('networkidle');
    const pointer = JSON.parse(readFileSync(join(folder, 'data/current.json'), 'utf8')) as { publication: string };
    expect(requests.sort()).toEqual(['current.json', pageModelFile(pointer.publication, 'overview')].sort());
    await context.close();
  });
});
