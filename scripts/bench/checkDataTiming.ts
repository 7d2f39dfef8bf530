// How long `check-data` takes over a folder: checkFolder in this process (the checks alone), and
// the command line end to end (`npm run check-data -- <folder>`: npm, tsx and Node starting, then
// the same checks), once.
import { spawn } from 'node:child_process';
import { checkFolder } from '../lib/dataFolder.ts';
import { ROOT } from './bundle.ts';
import { spread, type Spread } from './stats.ts';

export interface CheckDataTiming {
  folder: string;
  files: number;
  problems: number;
  inProcess: Spread;
  cli: { ms: number; exitCode: number | null; summary: string };
}

/** `runs` timed runs of checkFolder, after one untimed run if `warmUp` (the first run in a process also compiles the code). */
export async function timeCheckData(folder: string, runs: number, warmUp: boolean): Promise<CheckDataTiming> {
  if (warmUp) checkFolder(folder);
  const times: number[] = [];
  let checked: ReturnType<typeof checkFolder> | undefined;
  for (let run = 0; run < Math.max(1, runs); run++) {
    const started = performance.now();
    checked = checkFolder(folder);
    times.push(performance.now() - started);
  }
  const started = performance.now();
  const cli = await new Promise<{ exitCode: number | null; output: string }>((done, fail) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', '--silent', 'check-data', '--', folder], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (exitCode) => done({ exitCode, output }));
  });
  const ms = performance.now() - started;
  const summary = cli.output.trim().split('\n').filter((line) => !line.startsWith('npm warn')).at(-1) ?? '';
  return { folder, files: checked!.files.length, problems: checked!.dataset.problems.length, inProcess: spread(times), cli: { ms, exitCode: cli.exitCode, summary } };
}
