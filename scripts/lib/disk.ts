// The file-system calls the publisher makes, gathered in one object so that a test can stand in
// the way of any of them (a short write, a full disk, a slow flush) without a real broken disk.
// In use they are Node's own functions, unchanged.
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statfsSync, writeSync } from 'node:fs';

export const disk = { openSync, writeSync, fsyncSync, closeSync, readFileSync, renameSync, rmSync, linkSync, statfsSync };
