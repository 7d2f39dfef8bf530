// One publisher at a time. Publishing into a history folder (published/, or a deployed site's
// data/) first creates `.publish.lock` there, exclusively (only one create can succeed), holding
// who holds it: process id, host, user, start time and a token of its own. Another run waits
// for it (up to a limit), then refuses, naming the holder. A lock whose holder is dead on this
// host, or that is older than STALE_AFTER_MS (a holder on another host cannot be asked), is stale:
// a waiting run moves it aside with one rename (only one rename of a file can succeed), checks
// that what it moved is the stale lock it judged (and puts back a live one it moved by mistake),
// then creates its own. Before each step that changes what the site shows, the holder checks that
// the lock is still its own.
import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { disk } from './disk.ts';
import { writeAll } from './writeAtomically.ts';

export const LOCK_FILE = '.publish.lock';

/** A lock older than this is stale whoever holds it: a publish takes seconds, drawing the pages a minute at most. */
export const STALE_AFTER_MS = 10 * 60_000;

/** How long a run waits for another to finish, by default. */
export const WAIT_MS = 120_000;

export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  started: string;
  token: string;
}

export class LockBusy extends Error {
  readonly holder: LockHolder | undefined;
  constructor(folder: string, holder: LockHolder | undefined, waitedMs: number) {
    super(`${describeHolder(holder)} is publishing into ${folder}; waited ${Math.round(waitedMs / 1000)} s. Run again when it has finished. If no publish is running, remove ${join(folder, LOCK_FILE)} and run again.`);
    this.name = 'LockBusy';
    this.holder = holder;
  }
}

export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'Another run (its lock file is being written)';
  return `Another run (process ${holder.pid}, ${holder.user} on ${holder.host}, since ${holder.started})`;
}

export interface HeldLock {
  folder: string;
  holder: LockHolder;
  /** Whether the lock file is still this run's own (a run that found it stale may have taken it). */
  stillHeld: () => boolean;
  /** Throws, naming the new holder, when the lock is no longer this run's own. */
  assertHeld: () => void;
  release: () => void;
}

export interface LockOptions {
  waitMs?: number;
  staleAfterMs?: number;
  /** Said once when the run starts waiting. */
  onWait?: (holder: LockHolder | undefined) => void;
  now?: () => number;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const value = JSON.parse(disk.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' && typeof value.started === 'string'
      ? (value as LockHolder)
      : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, as another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a holder can no longer be publishing: dead on this host, or older than the limit. */
export function isStale(holder: LockHolder, now: number, staleAfterMs: number): boolean {
  const started = Date.parse(holder.started);
  if (!Number.isFinite(started) || now - started > staleAfterMs) return true;
  return holder.host === hostname() && !isAlive(holder.pid);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => void Atomics.wait(sleeper, 0, 0, ms);

function tryCreate(file: string, holder: LockHolder): boolean {
  let descriptor: number;
  try {
    descriptor = disk.openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeAll(descriptor, Buffer.from(`${JSON.stringify(holder)}\n`));
    disk.fsyncSync(descriptor);
  } finally {
    disk.closeSync(descriptor);
  }
  return true;
}

/**
 * Move a stale lock aside (`stale`: the holder judged stale, or undefined for a lock file with no
 * holder in it); put back what was moved if it turns out to be another run's fresh lock.
 */
function takeOver(file: string, stale: LockHolder | undefined): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    disk.renameSync(file, aside);
  } catch {
    return; // Another run moved it first.
  }
  const moved = readHolder(aside);
  if (moved?.token !== stale?.token) {
    try {
      disk.linkSync(aside, file);
    } catch {
      // A lock is there again: its holder and the one moved will each find out with stillHeld().
    }
  }
  disk.rmSync(aside, { force: true });
}

export function acquirePublishLock(folder: string, options: LockOptions = {}): HeldLock {
  const now = options.now ?? Date.now;
  const waitMs = options.waitMs ?? WAIT_MS;
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const file = join(folder, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), user: userName(), started: new Date(now()).toISOString(), token: randomBytes(8).toString('hex') };
  const began = now();
  let waiting = false;
  let unreadableSince: number | undefined;
  for (;;) {
    if (tryCreate(file, holder)) break;
    const current = readHolder(file);
    if (current && isStale(current, now(), staleAfterMs)) {
      takeOver(file, current);
      continue;
    }
    // A lock file without a holder in it is being written, or was left by a run killed while
    // writing it: stale once it has been so for a few seconds.
    if (!current) {
      unreadableSince ??= now();
      if (now() - unreadableSince > 5_000) {
        takeOver(file, undefined);
        unreadableSince = undefined;
        continue;
      }
    } else unreadableSince = undefined;
    if (now() - began >= waitMs) throw new LockBusy(folder, current, now() - began);
    if (!waiting) {
      waiting = true;
      options.onWait?.(current);
    }
    sleep(Math.min(200, Math.max(1, waitMs - (now() - began))));
  }
  const stillHeld = () => readHolder(file)?.token === holder.token;
  return {
    folder,
    holder,
    stillHeld,
    assertHeld: () => {
      if (!stillHeld()) throw new Error(`the lock on ${folder} was taken by ${describeHolder(readHolder(file)).replace(/^Another run/, 'another run')} while this run held it (it took longer than ${Math.round(staleAfterMs / 60_000)} minutes?); nothing more was changed`);
    },
    release: () => {
      if (stillHeld()) disk.rmSync(file, { force: true });
    },
  };
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown user';
  }
}
