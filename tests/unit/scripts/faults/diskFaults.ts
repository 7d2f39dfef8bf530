// Faults put in the disk's way (scripts/lib/disk.ts), for the publishing tests: in this process,
// or, imported with `node --import` before a command, in a child process (see the modules beside).
import { disk } from '../../../../scripts/lib/disk';

const real = { ...disk };

/** Put Node's own calls back. */
export function restoreDisk(): void {
  Object.assign(disk, real);
}

/**
 * writeSync that writes at most `limit` bytes a call and, after `capacity` bytes in all, fails
 * as a full disk does (ENOSPC), as a disk filling up does: short writes, then an error.
 */
export function crampedDisk({ limit = Infinity, capacity = Infinity }: { limit?: number; capacity?: number }): void {
  let written = 0;
  disk.writeSync = ((descriptor: number, data: Uint8Array | string, offsetOrPosition?: number | null, lengthOrEncoding?: number | string) => {
    // Either form of the call: (fd, bytes, offset, length) or (fd, text, position, encoding).
    const bytes = typeof data === 'string' ? Buffer.from(data, (lengthOrEncoding as BufferEncoding | undefined) ?? 'utf8') : data;
    const offset = typeof data === 'string' ? 0 : (offsetOrPosition ?? 0);
    const length = typeof data === 'string' || typeof lengthOrEncoding !== 'number' ? bytes.length - offset : lengthOrEncoding;
    const room = capacity - written;
    if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const done = real.writeSync(descriptor, bytes, offset, Math.min(length, limit, room));
    written += done;
    return done;
  }) as typeof disk.writeSync;
}

/** statfsSync reporting `free` bytes free (in 4 KB blocks), or failing as where the system cannot say. */
export function reportedFreeSpace(free: number | undefined): void {
  disk.statfsSync = ((path: string) => {
    if (free === undefined) throw Object.assign(new Error('statfs is not supported here'), { code: 'ENOSYS' });
    return { ...real.statfsSync(path), bsize: 4096, bavail: Math.floor(free / 4096) };
  }) as typeof disk.statfsSync;
}

/** fsyncSync that takes `ms` first, as on a slow network share. */
export function slowFlush(ms: number): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  disk.fsyncSync = ((descriptor: number) => {
    Atomics.wait(sleeper, 0, 0, ms);
    real.fsyncSync(descriptor);
  }) as typeof disk.fsyncSync;
}
