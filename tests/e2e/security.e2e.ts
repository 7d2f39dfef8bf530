// A dashboard on a council website must be safe against whatever text lands in its data: no
// text from the data is run as HTML, a Content-Security-Policy forbids inline scripts, and no
// request leaves the site's own origin.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfDist, heading, useSite } from './fixtures';

const ATTACK = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const TEXT_KEYS = new Set(['name', 'shortName', 'area', 'definition', 'label', 'source', 'organisation', 'title', 'board', 'sro', 'commentary', 'note', 'highlights', 'risks', 'text']);

function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? `${value} ${ATTACK}` : value;
  if (Array.isArray(value)) return value.map((item) => poison(item, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

const site = useSite(() => {
  const folder = copyOfDist();
  const data = join(folder, 'data');
  const files = ['site.json', 'indicators.json', 'workstreams.json', 'events.json', ...readdirSync(join(data, 'snapshots')).map((name) => `snapshots/${name}`)];
  for (const file of files) writeFileSync(join(data, file), JSON.stringify(poison(JSON.parse(readFileSync(join(data, file), 'utf8')))));
  // Its organisation is hostile text too, so site.json names another council than the site's
  // history does: it starts a history of its own (one council's figures are never published into
  // another's), in the folder's published/, which --to copies to the site's data/.
  for (const history of ['current.json', 'publications']) rmSync(join(data, history), { recursive: true });
  // Published as an officer would, so that the hostile text reaches every page.
  const published = spawnSync(process.execPath, ['scripts/run.mjs', 'publishData', data, '--to', data], { encoding: 'utf8' });
  if (published.status !== 0) throw new Error(`publish-data refused the hostile data: ${published.stdout}${published.stderr}`);
  return folder;
});

const ROUTES = ['', '?month=2017-11', 'indicator/CP5/', 'indicator/CL1/?view=spc', 'targets/', 'workstreams/', 'surveys/?month=2017-12', 'data-files/'];

describe('hostile text in every text field of the data', () => {
  it.each(ROUTES)('runs nothing and shows it as text on "%s"', async (route) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(site.server.url + route);
    await heading(page);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
    expect(await page.getByText('<img src=x onerror="alert(1)">', { exact: false }).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the built site', () => {
  it('carries a Content-Security-Policy with no inline scripts', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const policy = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
    const scripts = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('makes no request outside its own origin on any page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const origin = new URL(site.server.url).origin;
    for (const route of [...ROUTES, 'help/spc/', 'accessibility/']) {
      await page.goto(site.server.url + route);
      await heading(page);
    }
    await page.waitForTimeout(300);
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('a violation of the policy is refused: an injected inline script does not run', async () => {
    const page = await site.open('accessibility/');
    await heading(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      return (window as { __ran?: boolean }).__ran === true;
    });
    expect(ran).toBe(false);
    await page.context().close();
  });
});
