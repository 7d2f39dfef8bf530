// scripts/lib/writeAtomically.ts with faults put in the way of the disk (scripts/lib/disk.ts): a
// write that stops short, a disk that fills up, a read-back that differs. The file is whole or
// absent: never part of one under its final name, and no temporary file is left behind.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { disk } from '../../../scripts/lib/disk';
import { writeAtomically } from '../../../scripts/lib/writeAtomically';
import { crampedDisk as cramped, restoreDisk } from './faults/diskFaults';

const work = mkdtempSync(join(tmpdir(), 'write-atomically-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const real = { ...disk };
afterEach(restoreDisk);

let cases = 0;
const folder = () => {
  const made = join(work, `case-${++cases}`);
  rmSync(made, { recursive: true, force: true });
  return mkdtempSync(`${made}-`);
};
const text = 'x'.repeat(9_999) + '\n';

describe('writeAtomically', () => {
  it('a write that stops short is carried on to the end: the file is whole', () => {
    const file = join(folder(), 'whole.json');
    cramped({ limit: 1000 });
    writeAtomically(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(join(file, '..'))).toEqual(['whole.json']);
  });

  it('a disk that fills up part way: the old file stays as it was, nothing else is left, and the error says how much space it needed', () => {
    const dir = folder();
    const file = join(dir, 'log.json');
    writeFileSync(file, 'old\n');
    cramped({ capacity: 4_000 });
    expect(() => writeAtomically(file, text)).toThrow(/not enough space to write .*log\.json: it needs 10 KB/);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['log.json']);
  });

  it('a disk that fills up on a new file: no file under its name', () => {
    const dir = folder();
    cramped({ capacity: 4_000, limit: 4_000 });
    expect(() => writeAtomically(join(dir, 'new.json'), text)).toThrow(/not enough space/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a write call that writes nothing and says so (0 bytes) is a failure, not a loop', () => {
    const dir = folder();
    disk.writeSync = (() => 0) as typeof disk.writeSync;
    expect(() => writeAtomically(join(dir, 'zero.json'), text)).toThrow(/not enough space|wrote nothing/);
    expect(existsSync(join(dir, 'zero.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('what is read back must be what was written, and pass the caller’s own check, before it takes the name', () => {
    const dir = folder();
    disk.readFileSync = ((path: string) => (String(path).endsWith('.tmp') ? Buffer.from('garbled') : real.readFileSync(path))) as typeof disk.readFileSync;
    expect(() => writeAtomically(join(dir, 'a.json'), text)).toThrow(/read back/);
    restoreDisk();
    expect(() => writeAtomically(join(dir, 'b.json'), text, { verify: () => 'its hash is not its name' })).toThrow(/its hash is not its name/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('flushes the file before the rename and the folder after it', () => {
    const dir = folder();
    const calls: string[] = [];
    const opened = new Map<number, string>();
    disk.openSync = ((path: string, flags: string) => {
      const descriptor = real.openSync(path, flags);
      opened.set(descriptor, String(path) === dir ? 'folder' : 'file');
      return descriptor;
    }) as typeof disk.openSync;
    disk.fsyncSync = ((descriptor: number) => {
      calls.push(`flush ${opened.get(descriptor)}`);
      real.fsyncSync(descriptor);
    }) as typeof disk.fsyncSync;
    disk.renameSync = ((from: string, to: string) => {
      calls.push('rename');
      real.renameSync(from, to);
    }) as typeof disk.renameSync;
    writeAtomically(join(dir, 'c.json'), text);
    expect(calls).toEqual(['flush file', 'rename', 'flush folder']);
  });
});
