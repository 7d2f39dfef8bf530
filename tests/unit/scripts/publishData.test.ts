// scripts/publishData.ts (`npm run publish-data -- <deployed data folder>`), run as a child process
// against temporary copies of the sample data folder standing in for a deployed site's data/
// (dist/data/ as copied to the web server, with the publication a build made of it).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDataFiles } from '../../../scripts/lib/dataFolder';
import { run as runInProcess } from '../../../scripts/publishData';
import type { Pointer, Publication, PublicationLog } from '../../../src/domain/contract/publication';
import { deployedFolder as deployedAt, leftovers, publish, readJson, root } from './deployedSite';

const work = mkdtempSync(join(tmpdir(), 'publish-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let cases = 0;
const deployedFolder = () => deployedAt(join(work, `site-${++cases}`, 'data'));
const tree = (folder: string) =>
  new Map(
    readdirSync(join(folder, 'publications')).map((name) => [name, readFileSync(join(folder, 'publications', name)).toString('base64')]),
  );

describe('npm run publish-data', { timeout: 60_000 }, () => {
  it('publishes a good folder: a new publication with the added month, the log, then the pointer', async () => {
    const site = deployedFolder();
    const files = listDataFiles(site.folder);

    // While it runs, read the pointer and what it names as a visitor's browser would.
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const pointer = readJson<Pointer>(site.pointer);
        expect(() => readJson<Publication>(join(site.folder, pointer.file))).not.toThrow();
        await new Promise((next) => setTimeout(next, 1));
      }
    })();
    const run = await publish(site.folder);
    reading = false;
    await reader;

    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    const pointer = readJson<Pointer>(site.pointer);
    expect(pointer.publication).not.toBe(site.first.publication);
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^${files.length} files checked: 0 errors, \\d+ warnings?\\.$`)));
    expect(run.stdout).toContainEqual(`Published ${files.length} files (18 months) as ${site.folder}/publications/${pointer.publication}.json: added 2019-03.`);
    const publication = readJson<Publication>(join(site.folder, pointer.file));
    expect(publication.id).toBe(pointer.publication);
    expect(publication.dataset.snapshots.map((snapshot) => snapshot.month)).toContain('2019-03');
    expect(publication.dataset.files.map((file) => file.file).sort()).toEqual(files);
    const log = readJson<PublicationLog>(join(site.folder, 'publications/log.json'));
    expect(log.publications.map((entry) => entry.id)).toEqual([site.first.publication, pointer.publication]);
    expect(log.publications[1]).toMatchObject({ added: ['2019-03'], changed: [], removed: [] });
    expect(readJson<Publication>(join(site.folder, site.first.file)).id, 'the earlier publication is kept').toBe(site.first.publication);
    expect(readJson<{ files: string[] }>(join(site.folder, 'manifest.json')).files).toEqual(files);
    expect(leftovers(site.folder)).toEqual([]);
  });

  it('publishing the same figures again writes nothing new', async () => {
    const site = deployedFolder();
    await publish(site.folder);
    const before = tree(site.folder);
    const pointer = readFileSync(site.pointer, 'utf8');
    const run = await publish(site.folder);
    expect(run.status).toBe(0);
    expect(run.stdout[run.stdout.length - 1]).toMatch(/^Nothing new to publish: .*current\.json already points at publication [0-9a-f]{16}/);
    expect(tree(site.folder)).toEqual(before);
    expect(readFileSync(site.pointer, 'utf8')).toBe(pointer);
  });

  it('with a broken overwrite and a broken new month: prints the errors, exits 1, pointer and publications byte for byte', async () => {
    const site = deployedFolder();
    writeFileSync(join(site.folder, 'snapshots/2019-02.json'), '{ "month": "2019-02", "values": { "CP5": 132 } }\n');
    writeFileSync(join(site.folder, 'snapshots/2019-05.json'), '{ "month": "2019-05", ');
    const pointerBefore = readFileSync(site.pointer);
    const inode = statSync(site.pointer).ino;
    const publicationsBefore = tree(site.folder);

    const run = await publish(`${site.folder}/`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^${site.folder}/snapshots/2019-02\\.json:\\d+:\\d+: error: CP5 is a percentage outside 0 to 100`)));
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^${site.folder}/snapshots/2019-05\\.json:\\d+:\\d+: error: Invalid JSON`)));
    expect(run.stdout.some((line) => line.includes('//'))).toBe(false);
    expect(run.stdout).toContainEqual(
      `Nothing published: ${site.folder}/current.json not changed, so the site keeps showing publication ${site.first.publication} of 2019-03-20 (17 months, 2017-10 to 2019-02).`,
    );
    expect(readFileSync(site.pointer).equals(pointerBefore)).toBe(true);
    expect(statSync(site.pointer).ino).toBe(inode);
    expect(tree(site.folder)).toEqual(publicationsBefore);
    // The raw-file list does follow the folder, so the Data page can show the broken new month.
    expect(readJson<{ files: string[] }>(join(site.folder, 'manifest.json')).files).toContain('snapshots/2019-05.json');
    expect(leftovers(site.folder)).toEqual([]);
  });

  it('no folder, a missing folder, or a pointer that cannot be replaced: exit 1, nothing left behind', async () => {
    const lines: string[] = [];
    const io = { cwd: root, out: (line: string) => void lines.push(line), err: (line: string) => void lines.push(line) };
    expect(runInProcess([], io)).toBe(1);
    expect(lines[0]).toBe('publish-data: say which data folder to publish');

    lines.length = 0;
    expect(runInProcess([join(work, 'no-such-folder')], io)).toBe(1);
    expect(lines[0]).toBe(`publish-data: No data folder at ${join(work, 'no-such-folder')}`);

    // current.json is a folder: the rename fails, and the temporary file is removed.
    const site = deployedFolder();
    rmSync(site.pointer);
    mkdirSync(site.pointer);
    lines.length = 0;
    expect(runInProcess([site.folder], io)).toBe(1);
    expect(lines.some((line) => line.startsWith('publish-data: '))).toBe(true);
    expect(statSync(site.pointer).isDirectory()).toBe(true);
    expect(leftovers(site.folder)).toEqual([]);
  });
});
