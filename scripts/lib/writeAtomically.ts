// Write a file so that it is whole or absent, and readers see the old content or the new, never
// part of either: write a temporary file beside it, every byte (a write may stop short on a full
// or slow disk: carry on from where it stopped), flush it to disk, read it back and compare (and
// let the caller check it: a publication's hash must be its name), keep the old file's
// permissions, then rename it over the old one (a rename within one folder is atomic) and flush
// the folder, so that the rename itself survives a power cut where the system allows. On any
// failure the temporary file is removed, the old file is left as it was, and the error says how
// much space the file needed.
import { chmodSync, existsSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { disk } from './disk.ts';

/** A file that could not be written whole: its name, the bytes it needed and, when known, the space free. */
export class WriteFailure extends Error {
  readonly file: string;
  readonly needed: number;
  readonly noSpace: boolean;
  constructor(file: string, needed: number, noSpace: boolean, message: string) {
    super(message);
    this.name = 'WriteFailure';
    this.file = file;
    this.needed = needed;
    this.noSpace = noSpace;
  }
}

/** Bytes in words a reader compares with `df`: "312 KB", "1.4 MB" (1 KB = 1,000 bytes, rounded up). */
export function sizeInWords(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.ceil(bytes / 1_000))} KB`;
  return `${(Math.ceil(bytes / 100_000) / 10).toFixed(1)} MB`;
}

/** The space free for this user in `folder`, in bytes, where the system says. */
export function freeSpace(folder: string): number | undefined {
  try {
    const stats = disk.statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

const NO_SPACE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

function failure(file: string, needed: number, error: unknown): WriteFailure {
  if (error instanceof WriteFailure) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const noSpace = code !== undefined && NO_SPACE_CODES.has(code);
  const free = freeSpace(dirname(file));
  const room = free === undefined ? '' : `, and ${sizeInWords(free)} is free there`;
  const message = noSpace
    ? `not enough space to write ${file}: it needs ${sizeInWords(needed)}${room} (${(error as Error).message})`
    : `could not write ${file} (${sizeInWords(needed)}): ${(error as Error).message}`;
  return new WriteFailure(file, needed, noSpace, message);
}

/** Write every byte, carrying on after a short write; a write of nothing is a failure, not a loop. */
export function writeAll(descriptor: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = disk.writeSync(descriptor, bytes, offset, bytes.length - offset);
    if (!(written > 0)) {
      throw Object.assign(new Error(`the system wrote nothing after ${offset} of ${bytes.length} bytes (a full disk?)`), { code: 'ENOSPC' });
    }
    offset += written;
  }
}

/**
 * Flush a folder's entries (the rename just made) to disk. Not every system can open a folder for
 * this (Windows cannot): there the rename is as safe as the system makes it, and nothing fails.
 */
export function syncFolder(folder: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = disk.openSync(folder, 'r');
    disk.fsyncSync(descriptor);
  } catch {
    // EISDIR, EPERM, EINVAL, EBADF: the system does not flush folders this way.
  } finally {
    if (descriptor !== undefined) disk.closeSync(descriptor);
  }
}

export interface WriteOptions {
  /** The caller's own check of the bytes read back: a sentence saying what is wrong, or undefined. */
  verify?: (bytes: Uint8Array) => string | undefined;
}

/** The temporary file's name for `name`, and its pattern: `.current.json.<process id>.<8 hex digits>.tmp`. */
const temporaryName = (name: string) => `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
export const TEMPORARY_NAME = /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;

export function writeAtomically(file: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const folder = dirname(file);
  const temporary = join(folder, temporaryName(basename(file)));
  try {
    const descriptor = disk.openSync(temporary, 'wx');
    try {
      writeAll(descriptor, bytes);
      disk.fsyncSync(descriptor);
    } finally {
      disk.closeSync(descriptor);
    }
    const back = new Uint8Array(disk.readFileSync(temporary));
    if (!Buffer.from(back).equals(Buffer.from(bytes))) {
      throw new WriteFailure(file, bytes.length, false, `could not write ${file}: read back ${back.length} bytes that differ from the ${bytes.length} written`);
    }
    const problem = options.verify?.(back);
    if (problem !== undefined) throw new WriteFailure(file, bytes.length, false, `could not write ${file}: read back, ${problem}`);
    if (existsSync(file)) chmodSync(temporary, statSync(file).mode & 0o7777);
    disk.renameSync(temporary, file);
  } catch (error) {
    try {
      disk.rmSync(temporary, { force: true });
    } catch {
      // Leave the temporary file rather than hide the first failure: its name says what it is.
    }
    throw failure(file, bytes.length, error);
  }
  syncFolder(folder);
}
