// A sample of the bad-input corpus through the browser: each case's files copied over a deployed
// site's data folder (its publication, made from the sample data, stays), the Data page names
// the bad file, and every other snapshot passes.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, checkFolder, listDataFiles } from '../../scripts/lib/dataFolder';
import { loadCases, prepareCase, sampleCases, type CorpusCase } from '../corpus/cases';
import { DIST, heading, useSite } from './fixtures';

// Entries the dashboard does not read (`2019-03.json.txt`, `snapshots/2019/`) are known only to
// the folder reader: the manifest carries them as `problems`, which the Data page shows under "In
// the data folder"; two of them are checked apart from the sample. A file that cannot be read is
// listed in the manifest, so the browser's fetch of it fails and names it.
const unread = loadCases().filter((corpusCase) => corpusCase.code === 'unread-file');
const browserCases = loadCases().filter((corpusCase) => corpusCase.code !== 'unread-file');
const CASES = [...sampleCases(12, browserCases), browserCases.find((corpusCase) => corpusCase.name === 'broken-link')!, ...unread.slice(0, 2)];
let root = '';

const site = useSite(() => {
  root = mkdtempSync(join(tmpdir(), 'corpus-sites-'));
  const staging = mkdtempSync(join(tmpdir(), 'corpus-data-'));
  for (const corpusCase of CASES) {
    const siteFolder = join(root, corpusCase.name);
    cpSync(DIST, siteFolder, { recursive: true });
    // The raw files are the case's; current.json and publications/ are the site's as deployed.
    for (const raw of listDataFiles(join(siteFolder, 'data'))) rmSync(join(siteFolder, 'data', raw));
    const data = prepareCase(corpusCase, staging);
    cpSync(data, join(siteFolder, 'data'), { recursive: true });
    const { files, folderProblems } = checkFolder(data);
    writeFileSync(join(siteFolder, 'data/manifest.json'), JSON.stringify(buildManifest(files, new Date(), folderProblems)));
  }
  return root;
});

function snapshotsOf(corpusCase: CorpusCase): string[] {
  return readdirSync(join(root, corpusCase.name, 'data/snapshots')).map((name) => `snapshots/${name}`);
}

describe('bad input in the browser', () => {
  it.each(CASES.map((corpusCase) => [corpusCase.name, corpusCase] as const))('%s: the Data page names the file, the good months are shown', async (_name, corpusCase) => {
    const page = await site.open(`${corpusCase.name}/data-files/`);
    await heading(page);
    await page.getByRole('table', { name: /^Every data file/ }).waitFor({ timeout: 15_000 });
    if (corpusCase.code === 'unread-file') {
      // Named with what to do, in its own section or under "In the data folder"; a Mac's ._ file
      // is said to be no month (safe to delete).
      await page.waitForFunction((file) => document.querySelector('main')?.textContent?.includes(file) ?? false, corpusCase.file, { timeout: 15_000 });
      expect(await page.locator('main').textContent()).toMatch(/does not read|not a month/);
      await page.context().close();
      return; // the entry is not a month file, and the months beside it are the sample's
    } else if (corpusCase.code === 'missing-month') {
      // A month with no file has no file to show: the page lists it under "Missing months".
      expect(await page.locator('.missing-months').textContent()).toContain(corpusCase.file);
    } else {
      // The heading names the file, then how it stands against the publication.
      const problems = page.getByRole('region', { name: new RegExp(`^${corpusCase.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`) });
      expect(await problems.count()).toBe(1);
      expect(await problems.textContent()).toContain(corpusCase.exit === 1 ? 'Error' : 'Warning');
    }
    for (const snapshot of snapshotsOf(corpusCase)) {
      if (snapshot === corpusCase.file) continue;
      const row = page.getByRole('row', { name: new RegExp(snapshot.replace(/[.]/g, '\\.')) });
      if ((await row.count()) === 0) continue; // not a contract file (e.g. a wrong extension)
      const status = (await row.textContent()) ?? '';
      // Every other month is used, unless the one broken thing also makes it a duplicate.
      if (corpusCase.code !== 'duplicate-month') expect(status, snapshot).toMatch(/OK|Passes, with warnings/);
    }
    await page.context().close();
  });
});
