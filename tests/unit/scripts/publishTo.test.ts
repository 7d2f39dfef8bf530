// publish-data reading one folder and writing another: the officers' data folder (its history in
// published/) published to a public site's data/ folder with --to, which gets the publications,
// the log and the pointer and never an officer's file. A history of another council, or a site
// that shows a publication the folder does not have, is refused; so is a link out of the folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pointer, PublicationLog } from '../../../src/domain/contract/publication';
import { copySample, leftovers, publish, readJson } from './deployedSite';

const work = mkdtempSync(join(tmpdir(), 'publish-to-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let cases = 0;

/** An officers' data folder (no history yet) and an empty public site beside it. */
function officersAndSite(): { data: string; site: string } {
  const base = join(work, `case-${++cases}`);
  copySample(join(base, 'data'));
  mkdirSync(join(base, 'site'), { recursive: true });
  writeFileSync(join(base, 'site/index.html'), '<!doctype html><title>Dashboard</title>');
  return { data: join(base, 'data'), site: join(base, 'site') };
}

describe('publish-data <data folder> --to <site data folder>', { timeout: 60_000 }, () => {
  it('publishes into the folder’s published/ and brings the site’s data/ up to date: publications, log, pointer and feed.xml; no officer’s file', async () => {
    const { data, site } = officersAndSite();
    const run = await publish([data, '--to', join(site, 'data')]);
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    const pointer = readJson<Pointer>(join(data, 'published/current.json'));
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^Published 24 files \\(18 months\\) as ${data}/published/publications/${pointer.publication}\\.json: added 2017-10, `)));
    expect(run.stdout).toContainEqual(expect.stringContaining(`${site}/data/current.json now points at it; the site's data folder is up to date (1 publication copied to it)`));
    // The page models the Overview's first load reads (scripts/lib/pageModelFiles.ts) are the site's, never the history's.
    expect(readdirSync(join(site, 'data')).sort()).toEqual(['current.json', 'models', 'publications']);
    expect(readdirSync(join(site, 'data/models'))).toEqual([pointer.publication]);
    expect(existsSync(join(data, 'published/models'))).toBe(false);
    expect(readFileSync(join(site, 'data/current.json'), 'utf8')).toBe(readFileSync(join(data, 'published/current.json'), 'utf8'));
    expect(readFileSync(join(site, 'data/publications/log.json'), 'utf8')).toBe(readFileSync(join(data, 'published/publications/log.json'), 'utf8'));
    expect(readFileSync(join(site, 'feed.xml'), 'utf8')).toContain(`?publication=${pointer.publication}`);
    expect(existsSync(join(data, 'current.json'))).toBe(false);
    expect(leftovers(join(site, 'data'))).toEqual([]);
    expect(leftovers(data)).toEqual([]);

    // Published again: nothing new; a damaged copy on the site is written again from the history.
    writeFileSync(join(site, 'data', pointer.file), '{"format":1,');
    const again = await publish([data, '--to', join(site, 'data')]);
    expect(again.status).toBe(0);
    expect(again.stdout.join('\n')).toContain(`${join(site, 'data', pointer.file)}, the publication the site showed, it is cut short or is not JSON (12 bytes): the site was down. It is written again from ${join(data, 'published')}.`);
    expect(readFileSync(join(site, 'data', pointer.file), 'utf8')).toBe(readFileSync(join(data, 'published', pointer.file), 'utf8'));
  });

  it('without --to, an officers’ folder only extends its own history (the build, or --to, takes it to a site)', async () => {
    const { data } = officersAndSite();
    const run = await publish(data);
    expect(run.status).toBe(0);
    expect(readJson<PublicationLog>(join(data, 'published/publications/log.json')).publications).toHaveLength(1);
    expect(existsSync(join(data, 'current.json'))).toBe(false);
    expect(run.stdout.at(-1)).toMatch(new RegExp(`^${data}/published/current\\.json now points at it; earlier publications are kept\\.`));
  });

  it('a site that shows a publication the folder does not have is never taken back to older figures', async () => {
    const { data, site } = officersAndSite();
    // Another officer's up-to-date copy published March to the site.
    const other = join(work, `case-${cases}`, 'other');
    cpSync(data, other, { recursive: true });
    expect((await publish([other, '--to', join(site, 'data')])).status).toBe(0);
    const shown = readFileSync(join(site, 'data/current.json'), 'utf8');
    // This copy is older: it has no March.
    rmSync(join(data, 'snapshots/2019-03.json'));
    const run = await publish([data, '--to', join(site, 'data')]);
    expect(run.status).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/shows publication [0-9a-f]{16} .*which .* does not have: it was published from another folder\. Publishing from here would take the site back to older figures\./);
    expect(readFileSync(join(site, 'data/current.json'), 'utf8')).toBe(shown);
  });

  it('a folder whose history names another council is refused, naming both; nothing is written', async () => {
    const { data } = officersAndSite();
    expect((await publish(data)).status).toBe(0);
    const before = readFileSync(join(data, 'published/current.json'), 'utf8');
    writeFileSync(join(data, 'site.json'), readFileSync(join(data, 'site.json'), 'utf8').replace('London Borough of Croydon', 'Sandwell Metropolitan Borough Council'));
    const run = await publish(data);
    expect(run.status).toBe(1);
    expect(run.stderr[0]).toBe(
      `publish-data: ${join(data, 'published')} holds the publications of London Borough of Croydon, but site.json names Sandwell Metropolitan Borough Council. One council's figures are never published into another's history: build or publish Sandwell Metropolitan Borough Council with its own data folder (a new folder starts a new history), or, if this is London Borough of Croydon under a new name, move ${join(data, 'published')} aside to start a new history and keep it as the record of what was published before.`,
    );
    expect(readFileSync(join(data, 'published/current.json'), 'utf8')).toBe(before);
  });

  it('a month that is a link to a file outside the folder is refused by name', async () => {
    const { data } = officersAndSite();
    const outside = join(work, `case-${cases}`, '2019-03.json');
    cpSync(join(data, 'snapshots/2019-03.json'), outside);
    rmSync(join(data, 'snapshots/2019-03.json'));
    symlinkSync(outside, join(data, 'snapshots/2019-03.json'));
    const run = await publish(data);
    expect(run.status).toBe(1);
    expect(run.stdout).toContainEqual(`${data}/snapshots/2019-03.json:1:1: error: The file is a link to a file outside the data folder: expected the file itself, inside the data folder, found a link to ${outside}. Try copying the file into the data folder in place of the link.`);
    expect(existsSync(join(data, 'published/current.json'))).toBe(false);
  });
});
