// One publisher at a time: truly concurrent publish-data runs (child processes) on one deployed
// folder. The first officer's share is slow (every flush takes 2 s); five more officers each add a
// month and publish while the run before is writing, on quicker shares, so an older run would
// finish last: every publication any run announced is in the log, in order, and the site ends on
// the newest figures, never going back.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pointer, Publication, PublicationLog } from '../../../src/domain/contract/publication';
import { deployedFolder, leftovers, publish, readJson, root, type Run } from './deployedSite';

const work = mkdtempSync(join(tmpdir(), 'publish-concurrency-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const slowFlush = (ms = 300) => ({ preload: [join(root, 'tests/unit/scripts/faults/slowFlush.ts')], env: { SLOW_FLUSH_MS: String(ms) } });
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The publication a run announced ("Published … as <folder>/publications/<id>.json: …"), if any. */
const announced = (run: Run) => run.stdout.map((line) => /^Published .* as .*\/publications\/([0-9a-f]{16})\.json:/.exec(line)?.[1]).find(Boolean);

/** Whether process `pid` is writing a file into the folder (its temporary file is there). */
const writing = (folder: string, pid: number) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((name) => name.includes(`.${pid}.`) && name.endsWith('.tmp'));

function addMonth(folder: string, month: string): void {
  const march = readFileSync(join(folder, 'snapshots/2019-03.json'), 'utf8');
  writeFileSync(join(folder, `snapshots/${month}.json`), march.replace('"month": "2019-03"', `"month": "${month}"`));
}

describe('publish-data run by several officers at once', () => {
  it('six runs, each started as its officer adds a month: no announced publication missing from the log, the pointer never moving back', async () => {
    const site = deployedFolder(join(work, 'site-1', 'data'));
    const months = ['2019-04', '2019-05', '2019-06', '2019-07', '2019-08'];
    const runs: Promise<Run>[] = [];
    for (const [index, month] of [undefined, ...months].entries()) {
      if (month) addMonth(site.folder, month);
      let pid = 0;
      const running = publish(site.folder, { ...slowFlush(index === 0 ? 2_000 : 100), onStart: (id) => (pid = id) });
      runs.push(running);
      // The next officer adds a month once this run is writing (a temporary file of its own is there).
      let finished = false;
      void running.then(() => (finished = true));
      while (!finished && !writing(site.folder, pid)) await pause(25);
    }
    const results = await Promise.all(runs);
    for (const result of results) {
      expect(result.stderr, result.stdout.join('\n')).toEqual([]);
      expect(result.status).toBe(0);
      // Each either published or found its figures already published by another.
      expect(result.stdout.some((line) => /^(Published|Nothing new to publish)/.test(line)), result.stdout.join('\n')).toBe(true);
    }

    const log = readJson<PublicationLog>(join(site.folder, 'publications/log.json'));
    const logged = log.publications.map((entry) => entry.id);
    for (const id of results.map(announced).filter((id): id is string => id !== undefined)) expect(logged, `publication ${id} was announced`).toContain(id);

    // Each publication holds at least the months of the one before: the site never went back.
    const monthsOf = (id: string) => readJson<Publication>(join(site.folder, `publications/${id}.json`)).dataset.snapshots.map((snapshot) => snapshot.month);
    for (let index = 1; index < logged.length; index++) {
      expect(monthsOf(logged[index]!)).toEqual(expect.arrayContaining(monthsOf(logged[index - 1]!)));
    }
    const pointer = readJson<Pointer>(site.pointer);
    expect(pointer.publication).toBe(logged.at(-1));
    expect(monthsOf(pointer.publication)).toEqual(expect.arrayContaining(['2019-03', ...months]));
    expect(leftovers(site.folder)).toEqual([]);
  }, 180_000);

  it('a run that cannot wait long enough refuses, naming who holds the lock; the holder finishes', async () => {
    const site = deployedFolder(join(work, 'site-2', 'data'));
    const holder = publish(site.folder, slowFlush(1_500));
    // Start the second once the first holds the lock.
    for (let tries = 0; tries < 200; tries++) {
      await pause(50);
      try {
        readFileSync(join(site.folder, '.publish.lock'));
        break;
      } catch {
        // Not yet.
      }
    }
    const impatient = await publish([site.folder, '--wait', '0.2']);
    expect(impatient.status).toBe(1);
    expect(impatient.stderr.join('\n')).toMatch(
      new RegExp(`^publish-data: Another run \\(process \\d+, \\S+ on \\S+, since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\) is publishing into ${site.folder}; waited 0 s\\. Run again when it has finished\\.`),
    );
    expect((await holder).status).toBe(0);
  }, 60_000);
});
