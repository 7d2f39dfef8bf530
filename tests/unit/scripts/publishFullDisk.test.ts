// publish-data on a disk that fills up. A failed run leaves nothing under a final name (no
// publication cut short that a later run would switch the site to), changes neither the pointer
// nor the log, and says how much space it needed; once space is freed, the next run publishes.
// First with faults put in the disk's way in this process, then on a real full disk: a tmpfs
// filled up to 100 KB free, where this machine lets a test mount one (root).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disk } from '../../../scripts/lib/disk';
import { run } from '../../../scripts/publishData';
import type { Pointer } from '../../../src/domain/contract/publication';
import { checkPublicationText } from '../../../src/domain/contract/publicationIntegrity';
import { deployedFolder as deployedAt, leftovers, publish, readJson, root } from './deployedSite';
import { crampedDisk, reportedFreeSpace, restoreDisk } from './faults/diskFaults';

const work = mkdtempSync(join(tmpdir(), 'publish-full-disk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(restoreDisk);
let cases = 0;

/** Every file of the published side, byte for byte. */
function publishedSide(folder: string): Map<string, string> {
  const files = new Map([['current.json', readFileSync(join(folder, 'current.json'), 'base64')]]);
  for (const name of readdirSync(join(folder, 'publications'))) files.set(name, readFileSync(join(folder, 'publications', name), 'base64'));
  return files;
}

function runHere(folder: string): { status: number; lines: string[] } {
  const lines: string[] = [];
  const status = run([folder], { cwd: root, out: (line) => void lines.push(line), err: (line) => void lines.push(line) });
  return { status, lines };
}

function expectSoundLive(folder: string, before: Pointer): void {
  const pointer = readJson<Pointer>(join(folder, 'current.json'));
  expect(pointer.publication).not.toBe(before.publication);
  expect(typeof checkPublicationText(readFileSync(join(folder, pointer.file), 'utf8'), pointer.publication)).toBe('object');
}

describe('a disk that fills up (faults put in the way)', () => {
  it('while the publication is written: nothing under a final name, pointer and log unchanged, the space it needed said; then, with room, it publishes', () => {
    const site = deployedAt(join(work, `site-${++cases}`, 'data'));
    const before = publishedSide(site.folder);
    crampedDisk({ capacity: 50_000, limit: 8_192 });
    const failed = runHere(site.folder);
    expect(failed.status).toBe(1);
    expect(failed.lines.join('\n')).toMatch(/publish-data: not enough space to write .*\/publications\/[0-9a-f]{16}\.json: it needs \d+ KB/);
    expect(failed.lines).toContain(`${site.folder}/current.json not changed.`);
    expect(publishedSide(site.folder)).toEqual(before);
    expect(leftovers(site.folder)).toEqual([]);

    restoreDisk();
    const again = runHere(site.folder);
    expect(again.status).toBe(0);
    expectSoundLive(site.folder, site.first);
  });

  it('while the log is written: the new publication is taken away again, and the log is as it was', () => {
    const site = deployedAt(join(work, `site-${++cases}`, 'data'));
    const before = publishedSide(site.folder);
    // The disk fills up as the log's temporary file is made, after the publication is written.
    disk.openSync = ((path: string, flags: string) => {
      if (/\.log\.json\..*\.tmp$/.test(String(path))) throw Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC' });
      return openSync(path, flags);
    }) as typeof disk.openSync;
    const failed = runHere(site.folder);
    expect(failed.status).toBe(1);
    expect(failed.lines.join('\n')).toMatch(/not enough space to write .*publications\/log\.json/);
    expect(publishedSide(site.folder)).toEqual(before);
    expect(leftovers(site.folder)).toEqual([]);
  });

  it('when the system says beforehand that the space is short: refused before anything is written, saying how much it needs and how much is free', () => {
    const site = deployedAt(join(work, `site-${++cases}`, 'data'));
    const before = publishedSide(site.folder);
    reportedFreeSpace(100_000);
    const failed = runHere(site.folder);
    expect(failed.status).toBe(1);
    expect(failed.lines).toContainEqual(expect.stringMatching(new RegExp(`^publish-data: not enough space in ${site.folder}: publishing needs 2\\d\\d KB and 99 KB is free there$`)));
    expect(publishedSide(site.folder)).toEqual(before);
  });
});

// ---------------------------------------------------------------- a real full disk

const mountPoint = join(work, 'tmpfs');
function tryMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    mkdirSync(mountPoint, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Fill the disk with a file of its own until `free` bytes are left; the file is the space an officer can free. */
function fillUpTo(folder: string, free: number): string {
  const filler = join(folder, 'other-files.bin');
  const stats = statfsSync(folder);
  writeFileSync(filler, Buffer.alloc(Math.max(0, stats.bavail * stats.bsize - free)));
  return filler;
}

describe('on a real full disk: a tmpfs with 100 KB free (skipped where this machine cannot mount one: that needs root)', () => {
  let mounted = false;
  let staged = '';
  beforeAll(() => {
    staged = deployedAt(join(work, 'staged', 'data')).folder;
    mounted = tryMount();
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
  });

  it.each([
    ['refused before writing, as the system says how much is free', []],
    ['met while writing, where the system cannot say beforehand', [join(root, 'tests/unit/scripts/faults/noFreeSpaceReport.ts')]],
  ])('%s: nothing under a final name; after space is freed, published', async (_name, preload) => {
    if (!mounted) return;
    const folder = join(mountPoint, `site-${++cases}`, 'data');
    mkdirSync(join(folder, '..'), { recursive: true });
    cpSync(staged, folder, { recursive: true });
    const before = publishedSide(folder);
    const first = readJson<Pointer>(join(folder, 'current.json'));
    const filler = fillUpTo(mountPoint, 100_000);

    const failed = await publish(folder, { preload });
    expect(failed.status).toBe(1);
    expect(failed.stderr.join('\n')).toMatch(/not enough space .*needs \d+ KB/);
    expect(publishedSide(folder)).toEqual(before);
    expect(leftovers(folder)).toEqual([]);

    // The officer frees some space.
    rmSync(filler);
    const again = await publish(folder);
    expect(again.status).toBe(0);
    expectSoundLive(folder, first);
    rmSync(join(folder, '..'), { recursive: true, force: true });
  }, 60_000);

  it('is mounted here, or says why not', () => {
    if (!mounted) console.warn(`The real full-disk tests were skipped: ${process.getuid?.() === 0 ? 'this machine did not let root mount a tmpfs' : 'mounting a tmpfs needs root'}.`);
    expect(existsSync(staged)).toBe(true);
  });
});
