// The publish lock (scripts/lib/publishLock.ts): one holder at a time, named to those who wait;
// a stale lock (its holder dead on this host, or older than the limit) taken over safely, never
// by two takers at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { disk } from '../../../scripts/lib/disk';
import { acquirePublishLock, LOCK_FILE, LockBusy, STALE_AFTER_MS, type LockHolder } from '../../../scripts/lib/publishLock';
import { restoreDisk } from './faults/diskFaults';

const work = mkdtempSync(join(tmpdir(), 'publish-lock-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(restoreDisk);
let cases = 0;
const folder = () => mkdtempSync(join(work, `case-${++cases}-`));

const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;
function lockedBy(dir: string, holder: Partial<LockHolder>): LockHolder {
  const full: LockHolder = { pid: process.pid, host: hostname(), user: 'someone', started: new Date().toISOString(), token: 'their-token', ...holder };
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(full));
  return full;
}
const holderOf = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;

describe('acquirePublishLock', () => {
  it('holds the folder; another run that cannot wait is refused, naming the holder; released, the folder is free again', () => {
    const dir = folder();
    const held = acquirePublishLock(dir);
    expect(holderOf(dir)).toEqual(held.holder);
    expect(held.holder).toMatchObject({ pid: process.pid, host: hostname() });
    let refusal: unknown;
    try {
      acquirePublishLock(dir, { waitMs: 0 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(LockBusy);
    expect((refusal as Error).message).toBe(
      `Another run (process ${process.pid}, ${held.holder.user} on ${hostname()}, since ${held.holder.started}) is publishing into ${dir}; waited 0 s. Run again when it has finished. If no publish is running, remove ${join(dir, LOCK_FILE)} and run again.`,
    );
    held.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquirePublishLock(dir, { waitMs: 0 }).release();
  });

  it('says once that it waits, and takes the lock when the holder lets go', () => {
    const dir = folder();
    lockedBy(dir, { token: 'slow' });
    const said: string[] = [];
    let polls = 0;
    const held = acquirePublishLock(dir, {
      waitMs: 5_000,
      onWait: (holder) => said.push(holder!.token),
      now: () => {
        if (++polls === 4) rmSync(join(dir, LOCK_FILE));
        return Date.now();
      },
    });
    expect(said).toEqual(['slow']);
    expect(held.stillHeld()).toBe(true);
    held.release();
  });

  it('takes over a lock whose holder is dead on this host, leaving nothing of it behind', () => {
    const dir = folder();
    lockedBy(dir, { pid: deadPid() });
    const held = acquirePublishLock(dir, { waitMs: 0 });
    expect(holderOf(dir).token).toBe(held.holder.token);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    held.release();
  });

  it('takes over a lock from another host only once it is older than the limit', () => {
    const dir = folder();
    lockedBy(dir, { host: 'another-host', pid: 1, started: new Date(Date.now() - 60_000).toISOString() });
    expect(() => acquirePublishLock(dir, { waitMs: 0 })).toThrow(/process 1, someone on another-host/);
    lockedBy(dir, { host: 'another-host', pid: 1, started: new Date(Date.now() - STALE_AFTER_MS - 1_000).toISOString() });
    acquirePublishLock(dir, { waitMs: 0 }).release();
  });

  it('never two takers at once: when another run took the stale lock first, the one it moved is put back and this run waits', () => {
    const dir = folder();
    lockedBy(dir, { pid: deadPid(), token: 'dead' });
    const real = disk.renameSync;
    disk.renameSync = ((from: string, to: string) => {
      // Just before this run moves the stale lock aside, another run has done so and made its own.
      if (String(from) === join(dir, LOCK_FILE) && holderOf(dir).token === 'dead') lockedBy(dir, { token: 'quicker' });
      real(from, to);
    }) as typeof disk.renameSync;
    expect(() => acquirePublishLock(dir, { waitMs: 0 })).toThrow(LockBusy);
    expect(holderOf(dir).token).toBe('quicker');
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('a lock file with no holder in it (a run killed as it made it) is stale after a few seconds', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), '');
    let clock = Date.now();
    const held = acquirePublishLock(dir, { waitMs: 60_000, now: () => (clock += 1_000) });
    expect(holderOf(dir).token).toBe(held.holder.token);
    held.release();
  });

  it('a holder whose lock was taken knows it, and does not remove the new holder’s lock', () => {
    const dir = folder();
    const held = acquirePublishLock(dir);
    lockedBy(dir, { token: 'newer' });
    expect(held.stillHeld()).toBe(false);
    expect(() => held.assertHeld()).toThrow(/was taken by another run \(process \d+, someone on .*\) while this run held it/);
    held.release();
    expect(holderOf(dir).token).toBe('newer');
  });
});
