// Shared by the publish-data tests: the command run as a child process, and a deployed site's
// data/ folder made from the sample data (dist/data/ as copied to the web server: the officers'
// files with the publications at its top), published some time ago without March 2019.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { datasetToPublish, publishInto } from '../../../scripts/lib/publishFolder';
import type { Pointer } from '../../../src/domain/contract/publication';

export const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const script = join(root, 'scripts/publishData.ts');

export interface Run {
  status: number;
  stdout: string[];
  stderr: string[];
}

/**
 * `npm run publish-data -- <args>` as a child process; `preload` modules run first (to put a
 * fault in the disk's way); `onStart` is given the child's process id.
 */
export function publish(args: string | string[], options: { preload?: string[]; env?: NodeJS.ProcessEnv; onStart?: (pid: number) => void } = {}): Promise<Run> {
  const preload = (options.preload ?? []).flatMap((module) => ['--import', module]);
  return new Promise((done) => {
    const child = execFile(process.execPath, ['--import', 'tsx', ...preload, script, ...[args].flat()], { cwd: root, env: { ...process.env, ...options.env } }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout: stdout.split('\n').filter(Boolean), stderr: stderr.split('\n').filter(Boolean) });
    });
    if (child.pid !== undefined) options.onStart?.(child.pid);
  });
}

/** The sample data folder copied to `folder`, without its history (published/). */
export function copySample(folder: string): void {
  mkdirSync(folder, { recursive: true });
  cpSync(join(root, 'data'), folder, { recursive: true, filter: (source) => !source.startsWith(join(root, 'data/published')) });
}

/** A deployed data folder: the sample data without March 2019, published on 20 March 2019; March's file is then put in. */
export function deployedFolder(folder: string): { folder: string; pointer: string; first: Pointer } {
  copySample(folder);
  const march = readFileSync(join(folder, 'snapshots/2019-03.json'));
  rmSync(join(folder, 'snapshots/2019-03.json'));
  publishInto(folder, datasetToPublish(checkFolder(folder))!, { now: new Date('2019-03-20T09:00:00Z') });
  writeFileSync(join(folder, 'snapshots/2019-03.json'), march);
  const pointer = join(folder, 'current.json');
  return { folder, pointer, first: JSON.parse(readFileSync(pointer, 'utf8')) as Pointer };
}

export const readJson = <T,>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Files a run left behind that are neither published nor the officers': temporary files, lock files. */
export const leftovers = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp$|\.lock|\.before$|\.stale-/i.test(name));
