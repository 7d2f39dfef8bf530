// Write a file so that readers see the old content or the new, never half of either: write a
// temporary file beside it, flush it to disk, keep the old file's permissions, then rename it
// over the old one (a rename within one folder is atomic). On any failure the temporary file is
// removed and the old file is left as it was.
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const descriptor = openSync(temporary, 'wx');
    try {
      writeSync(descriptor, text, null, 'utf8');
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (existsSync(file)) chmodSync(temporary, statSync(file).mode & 0o7777);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
