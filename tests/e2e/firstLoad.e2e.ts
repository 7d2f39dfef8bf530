// The Overview's first load (issue 29): the build writes the Overview's model for every month
// beside the publication, the page the build drew preloads the latest one, and the browser reads
// the pointer and that model, never the publication or the chunk of rules that works a model out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedDataOf } from '../../scripts/lib/vitePluginPrerender';
import { pageModelFiles } from '../../scripts/lib/pageModelFiles';
import { snapshotMonths } from '../../src/domain/board/monthView';
import { pageModelFile } from '../../src/domain/contract/pageModelFile';
import { publicationFile } from '../../src/domain/contract/publication';
import { formatMonth } from '../../src/domain/months';
import { DIST, useSite, waitForHeading } from './fixtures';

const site = useSite();
const { pointer, publication } = publishedDataOf(DIST);
const months = snapshotMonths(publication.dataset.snapshots);
const latest = months.at(-1)!;
/** The lazily loaded chunk that works the Overview's model out in the browser (src/data/overviewRules.ts). */
const rulesChunk = /\/assets\/overviewRules-[^/]*\.js$/;

describe('the Overview’s models written by the build', () => {
  it('are, for every month and the latest, the page model function’s own, byte for byte', () => {
    const expected = pageModelFiles(publication);
    expect(expected.size).toBe(months.length + 1);
    for (const [path, text] of expected) expect(readFileSync(join(DIST, 'data', path), 'utf8'), path).toBe(text);
    expect(readdirSync(join(DIST, 'data/models'))).toEqual([pointer.publication]);
  });

  it('the drawn Overview preloads its model, not the publication; another page preloads the publication', () => {
    const overview = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(overview).toContain(`href="data/${pageModelFile(pointer.publication, 'overview')}"`);
    expect(overview).not.toContain(publicationFile(pointer.publication));
    expect(readFileSync(join(DIST, 'targets/index.html'), 'utf8')).toContain(`href="data/${publicationFile(pointer.publication)}"`);
  });
});

describe('the Overview’s first load', () => {
  it('requests the pointer and the model, not the publication or the rules, and hydrates with no mismatch', async () => {
    expect(readdirSync(join(DIST, 'assets')).some((file) => rulesChunk.test(`/assets/${file}`)), 'the rules are a chunk of their own, so this test can fail').toBe(true);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(site.server.url);
    await waitForHeading(page, `Overview ${formatMonth(latest)}`);
    await page.getByRole('article').first().waitFor();
    const data = requested.filter((path) => path.includes('/data/')).map((path) => path.replace(/^.*?\/data\//, ''));
    expect(data).toContain('current.json');
    expect(data).toContain(pageModelFile(pointer.publication, 'overview'));
    expect(data).not.toContain(publicationFile(pointer.publication));
    expect(requested.filter((path) => rulesChunk.test(path))).toEqual([]);
    expect(problems).toEqual([]);

    // Another month is its own model; still no publication.
    await page.getByLabel('Month', { exact: true }).selectOption(months.at(-2)!);
    await page.getByRole('button', { name: 'Show' }).click();
    await waitForHeading(page, `Overview ${formatMonth(months.at(-2)!)}`);
    expect(requested.map((path) => path.replace(/^.*?\/data\//, ''))).toContain(pageModelFile(pointer.publication, 'overview', months.at(-2)));
    expect(requested.some((path) => path.endsWith(publicationFile(pointer.publication)))).toBe(false);

    // A page that reads the publication reads it then.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Targets' }).click();
    await waitForHeading(page, `Targets ${formatMonth(months.at(-2)!)}`);
    expect(requested.some((path) => path.endsWith(publicationFile(pointer.publication)))).toBe(true);
    await context.close();
  });

  it('with no model on the server (a site published before models were), the Overview is worked out from the publication', async () => {
    expect(existsSync(join(DIST, 'data', pageModelFile(pointer.publication, 'overview')))).toBe(true);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.route('**/data/models/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.server.url);
    await waitForHeading(page, `Overview ${formatMonth(latest)}`);
    await page.getByRole('article').first().waitFor();
    expect(requested.some((path) => path.endsWith(publicationFile(pointer.publication)))).toBe(true);
    expect(requested.some((path) => rulesChunk.test(path))).toBe(true);
    await context.close();
  });
});
