// "Published means checked" against a killed process: publish-data killed (SIGKILL, which no code
// can catch) at moments spread evenly over the part of its run that writes, on a share whose every
// flush takes 150 ms, so that the kills fall in every step (the publication, the log, the pointer,
// the folder's flushes), the last just after the pointer is switched. After each kill the site is
// sound: the pointer names the old or the new publication, whole and matching its name; the log
// is whole and never shorter; every file under a final name is whole. The next run takes over the
// dead run's lock, publishes, logs the publication once, and removes what the killed run left
// half-written. KILLS=52 runs more moments.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { datasetToPublish } from '../../../scripts/lib/publishFolder';
import { publicationId, type Pointer } from '../../../src/domain/contract/publication';
import { checkLogText, checkPublicationText } from '../../../src/domain/contract/publicationIntegrity';
import { deployedFolder, leftovers, publish, readJson, root } from './deployedSite';

const work = mkdtempSync(join(tmpdir(), 'publish-killed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const KILLS = Number(process.env.KILLS ?? 8);
const slowFlush = { preload: [join(root, 'tests/unit/scripts/faults/slowFlush.ts')], env: { SLOW_FLUSH_MS: '150' } };
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Whether a run has begun to write into the folder (a temporary file of its own is there). */
const writing = (folder: string, pid: number) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((name) => name.includes(`.${pid}.`) && name.endsWith('.tmp'));

async function untilWriting(folder: string, pid: () => number, finished: () => boolean): Promise<number> {
  while (!finished() && !(pid() && writing(folder, pid()))) await pause(5);
  return performance.now();
}

/** Every publication under its final name, and whether each is whole and matches its name. */
function publications(folder: string): Map<string, boolean> {
  const dir = join(folder, 'publications');
  const ids = readdirSync(dir).flatMap((name) => /^([0-9a-f]{16})\.json$/.exec(name)?.[1] ?? []);
  return new Map(ids.map((id) => [id, typeof checkPublicationText(readFileSync(join(dir, `${id}.json`), 'utf8'), id) === 'object']));
}

let staged = '';
let before: { pointer: string; log: string[] };
let next = '';
/** How long an unkilled run spends writing, from its first temporary file to its end (ms). */
let writingFor = 0;

beforeAll(async () => {
  staged = deployedFolder(join(work, 'staged', 'data')).folder;
  const log = checkLogText(readFileSync(join(staged, 'publications/log.json'), 'utf8'));
  if (typeof log === 'string') throw new Error(log);
  before = { pointer: readJson<Pointer>(join(staged, 'current.json')).publication, log: log.publications.map((entry) => entry.id) };
  next = publicationId(datasetToPublish(checkFolder(staged))!);
  const folder = join(work, 'timed', 'data');
  cpSync(staged, folder, { recursive: true });
  let pid = 0;
  let finished = false;
  const run = publish(folder, { ...slowFlush, onStart: (id) => (pid = id) }).finally(() => (finished = true));
  const started = await untilWriting(folder, () => pid, () => finished);
  expect((await run).status).toBe(0);
  writingFor = performance.now() - started;
}, 60_000);

describe('publish-data killed at any moment', () => {
  it(`leaves a sound site every time (${KILLS} moments), and the next run publishes, logging the publication once`, async () => {
    const outcomes = { old: 0, new: 0 };
    for (let kill = 0; kill < KILLS; kill++) {
      const folder = join(work, `kill-${kill}`, 'data');
      cpSync(staged, folder, { recursive: true });
      const at = (writingFor * (kill + 0.5)) / KILLS;
      let pid = 0;
      let finished = false;
      const run = publish(folder, { ...slowFlush, onStart: (id) => (pid = id) }).finally(() => (finished = true));
      const started = await untilWriting(folder, () => pid, () => finished);
      if (kill < KILLS - 1) await pause(Math.max(0, at - (performance.now() - started)));
      // The last moment is just after the switch: the pointer names the new publication, the run has not ended.
      else while (!finished && readJson<Pointer>(join(folder, 'current.json')).publication !== next) await pause(2);
      if (!finished) process.kill(pid, 'SIGKILL');
      await run;
      const where = kill < KILLS - 1 ? `killed ${Math.round(at)} ms into ${Math.round(writingFor)} ms of writing` : 'killed just after the switch';

      const pointer = readJson<Pointer>(join(folder, 'current.json'));
      expect([before.pointer, next], where).toContain(pointer.publication);
      outcomes[pointer.publication === next ? 'new' : 'old']++;
      for (const [id, sound] of publications(folder)) expect(sound, `${where}: publications/${id}.json`).toBe(true);
      const log = checkLogText(readFileSync(join(folder, 'publications/log.json'), 'utf8'));
      expect(typeof log, `${where}: the log ${String(log)}`).toBe('object');
      const logged = typeof log === 'object' ? log.publications.map((entry) => entry.id) : [];
      expect(logged.slice(0, before.log.length), where).toEqual(before.log);
      if (pointer.publication === next) expect(logged.at(-1), where).toBe(next);

      const again = await publish(folder);
      expect(again.stderr, `${where}: ${again.stdout.join('\n')}`).toEqual([]);
      expect(again.status, where).toBe(0);
      expect(readJson<Pointer>(join(folder, 'current.json')).publication, where).toBe(next);
      const after = checkLogText(readFileSync(join(folder, 'publications/log.json'), 'utf8'));
      expect(typeof after === 'object' && after.publications.map((entry) => entry.id), where).toEqual([...before.log, next]);
      expect(leftovers(folder), where).toEqual([]);
      expect(existsSync(join(folder, '.publish.lock')), where).toBe(false);
      rmSync(join(folder, '..'), { recursive: true, force: true });
    }
    // The moments reached both sides of the switch.
    console.log(`publish-data killed ${KILLS} times over ${Math.round(writingFor)} ms of writing: ${outcomes.old} left the old publication live, ${outcomes.new} the new one; every one sound.`);
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 600_000);
});
