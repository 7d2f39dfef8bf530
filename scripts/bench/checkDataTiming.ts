// How long `check-data` takes over a folder: checkFolder in this process (the checks alone), and
// the command line end to end (`npm run check-data -- <folder>`: npm and Node starting, the
// compiled JavaScript loading, then the same checks), against a bare `node -e 0` (issue #12:
// within 8× of it), alternating.
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
  /** Medians of alternating runs: `npm run check-data` and `node -e 0`. */
  start: { cli: Spread; bareNode: Spread; ratio: number };
}

function timeCommand(command: string, args: string[]): Promise<{ ms: number; exitCode: number | null; output: string }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (exitCode) => done({ ms: performance.now() - started, exitCode, output }));
  });
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
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const clis: number[] = [];
  const bare: number[] = [];
  let cli = { ms: 0, exitCode: null as number | null, output: '' };
  for (let run = 0; run < Math.max(3, runs); run++) {
    bare.push((await timeCommand(process.execPath, ['-e', '0'])).ms);
    cli = await timeCommand(npm, ['run', '--silent', 'check-data', '--', folder]);
    clis.push(cli.ms);
  }
  const summary = cli.output.trim().split('\n').filter((line) => !line.startsWith('npm warn')).at(-1) ?? '';
  const start = { cli: spread(clis), bareNode: spread(bare), ratio: spread(clis).median / spread(bare).median };
  return { folder, files: checked!.files.length, problems: checked!.dataset.problems.length, inProcess: spread(times), cli: { ms: start.cli.median, exitCode: cli.exitCode, summary }, start };
}
