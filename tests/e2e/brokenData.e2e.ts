// Bad input never loses data: a month's file in a built site overwritten with broken content
// never reaches the pages, which keep showing what was published (every month, that one
// included); the Data page names the file and the problem. And the build refuses a data folder
// with an error.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfDist, heading, screenshot, useSite } from './fixtures';

let broken = '';
const site = useSite(() => {
  broken = copyOfDist();
  writeFileSync(join(broken, 'data/snapshots/2018-06.json'), '{ "month": "2018-06", "values": { "CP5": 76.6, } }');
  return broken;
});

describe('a broken month in a deployed site', () => {
  it('still shows every month as published, that one included', async () => {
    const page = await site.open('indicator/CP5/');
    await heading(page);
    const months = await page.getByRole('table', { name: /every month/ }).locator('tbody th').allTextContents();
    expect(months).toHaveLength(18);
    await expect(page.getByRole('row', { name: /^May 2018/ }).textContent()).resolves.toContain('71.7');
    await expect(page.getByRole('row', { name: /^Jun 2018/ }).textContent()).resolves.not.toContain('No snapshot');
    expect(await page.getByText('Some data files have problems and are not shown.').count()).toBe(0);
    await page.context().close();
  });

  it('names the file and the place on the Data page, as changed since publishing', async () => {
    const page = await site.open('data-files/');
    await heading(page);
    const section = page.getByRole('region', { name: /snapshots\/2018-06\.json/ });
    await section.waitFor({ timeout: 15_000 });
    await expect(section.textContent()).resolves.toMatch(/line 1, column 4\d: Invalid JSON: expected a key in double quotes/);
    await expect(section.textContent()).resolves.toContain('Changed since publishing');
    await expect(page.getByRole('row', { name: /snapshots\/2018-06\.json/ }).textContent()).resolves.toContain('Has errors: cannot be published');
    // Its file is there: June 2018 is broken, not missing (its errors say so).
    await expect(page.getByText('No month is missing between the first and the last.').count()).resolves.toBe(1);
    await screenshot(page, 'data-with-error');
    await page.context().close();
  });
});

describe('the build', () => {
  it('refuses a data folder with an error, naming the file and place', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dashboard-data-'));
    cpSync('data', folder, { recursive: true });
    writeFileSync(join(folder, 'snapshots/2018-06.json'), JSON.stringify({ month: '2018-07', values: {} }));
    const result = spawnSync('npx', ['vite', 'build', '--outDir', join(folder, 'out')], {
      env: { ...process.env, DASHBOARD_DATA_DIR: folder },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(`${folder}/snapshots/2018-06.json:1:2: error: The month inside the file does not match its name`);
    expect(output).toContain('so the site was not built');
  });
});
