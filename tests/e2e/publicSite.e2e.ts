// The public site serves only what its pages show. `npm run build` (the public site, not the
// officers' `--mode officers`) of the sample data is built here, then every file of it is read:
// none of the sample's small counts (a survey team under 5, a team figure resting on fewer than 5
// children) is anywhere in it, as a number, and none of the officers' raw files is served. In
// Chromium its pages still say "fewer than 5", its Data page says the officers' files are not
// here, and its pages name the feed of publications, which is there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSmallCount, restsOnSmallCount } from '../../src/domain/board/smallCounts';
import type { Snapshot } from '../../src/domain/schema';
import { heading, useSite } from './fixtures';

const DATA = resolve('data');
const out = mkdtempSync(join(tmpdir(), 'dashboard-public-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(() => {
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--configLoader', 'runner', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the public build failed:\n${built.stdout}${built.stderr}`);
}, 240_000);
const site = useSite(() => out);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/** The sample's small counts: each team and the count the public site must never carry. */
function smallCounts(): { month: string; team: string; count: number }[] {
  const found: { month: string; team: string; count: number }[] = [];
  for (const name of readdirSync(join(DATA, 'snapshots'))) {
    const snapshot = JSON.parse(readFileSync(join(DATA, 'snapshots', name), 'utf8')) as Snapshot;
    for (const survey of snapshot.surveys ?? []) {
      for (const [team, count] of Object.entries(survey.byTeam ?? {})) if (isSmallCount(count)) found.push({ month: snapshot.month, team, count: count! });
    }
    for (const entry of Object.values(snapshot.values)) {
      if (entry === null || typeof entry !== 'object' || !entry.breakdown) continue;
      for (const [team, figure] of Object.entries(entry.breakdown as Record<string, unknown>)) {
        if (typeof figure === 'object' && figure !== null && restsOnSmallCount(figure as { value: number }))
          found.push({ month: snapshot.month, team, count: (figure as { denominator?: number; numerator?: number }).denominator ?? (figure as { numerator: number }).numerator });
      }
    }
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;');

describe('the public site', () => {
  it('carries none of the sample’s small counts anywhere, as JSON or in a drawn page', () => {
    const small = smallCounts();
    // The sample has one: a survey team of 3 in December 2017 (a test that finds none proves nothing).
    expect(small).toContainEqual({ month: '2017-12', team: 'Children with disabilities', count: 3 });
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(30);
    const texts = files.filter((file) => /\.(json|html|xml|js|css|txt|csv)$/.test(file)).map((file) => [file, readFileSync(file, 'utf8')] as const);
    for (const { team, count } of small) {
      const asJson = new RegExp(`"${escapeRegExp(team)}"\\s*:\\s*(\\{[^}]*"(?:denominator|numerator)"\\s*:\\s*)?${count}(?![\\d.])`);
      const asCell = new RegExp(`>\\s*(${escapeRegExp(team)}|${escapeRegExp(escapeHtml(team))})\\s*</th>\\s*<td[^>]*>\\s*${count}\\s*<`);
      for (const [file, text] of texts) {
        expect(asJson.test(text), `${file} carries ${team}: ${count}`).toBe(false);
        expect(asCell.test(text), `${file} shows ${team}: ${count}`).toBe(false);
      }
    }
    // And each JSON file read as data: no survey team count under 5 in any byTeam.
    for (const [file, text] of texts.filter(([file]) => file.endsWith('.json'))) {
      JSON.parse(text, (key, value: unknown) => {
        if (key === 'byTeam' && value && typeof value === 'object') {
          for (const count of Object.values(value)) expect(isSmallCount(count as number), `${file}: a byTeam count of ${String(count)}`).toBe(false);
        }
        return value;
      });
    }
  });

  it('serves none of the officers’ raw files: its data/ holds the publications, the log, the pointer and the page models only', () => {
    expect(readdirSync(join(out, 'data')).sort()).toEqual(['current.json', 'models', 'publications']);
    const raw = filesUnder(DATA).filter((file) => !file.startsWith(join(DATA, 'published')) && file.endsWith('.json'));
    const served = new Set(filesUnder(out).map((file) => readFileSync(file).toString('base64')));
    for (const file of raw) expect(served.has(readFileSync(file).toString('base64')), `${file} is served`).toBe(false);
  });

  it('shows the small count as “fewer than 5”, says on the Data page that the officers’ files are not here, and names its feed', async () => {
    const surveys = await site.open('surveys/?month=2017-12');
    await heading(surveys);
    const row = surveys.getByRole('table', { name: /Responses by team/ }).getByRole('row', { name: /Children with disabilities/ });
    expect(await row.textContent()).toContain('fewer than 5');
    await surveys.context().close();

    const data = await site.open('data-files/');
    await heading(data);
    expect(await data.getByText(/This is the public site/).textContent()).toContain('the officers’ own files are not here');
    expect(await data.getByRole('heading', { name: 'Every publication' }).isVisible()).toBe(true);
    const feedHref = await data.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toBe('feed.xml');
    const feed = await data.request.get(new URL('feed.xml', site.server.url).toString());
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    await data.context().close();
  });
});
