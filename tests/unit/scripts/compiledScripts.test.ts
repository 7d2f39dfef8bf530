// The command lines run from compiled JavaScript (scripts/run.mjs, .build/): the same output and
// exit code as their TypeScript run with tsx, on a good folder and on a broken one.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'compiled-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: root }, (error, stdout, stderr) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('compiled command lines', () => {
  it('check-data compiled prints what the TypeScript prints, for a good folder and a broken one', async () => {
    const broken = join(work, 'data');
    cpSync(join(root, 'data'), broken, { recursive: true });
    writeFileSync(join(broken, 'snapshots/2019-02.json'), '{ "month": "2019-02", "values": { "CP5": 132 } }\n');
    for (const folder of ['data', broken]) {
      const compiled = await run(['scripts/run.mjs', 'checkData', folder]);
      const source = await run(['--import', 'tsx', 'scripts/checkData.ts', folder]);
      expect(compiled.stderr).toBe('');
      expect(compiled.stdout).toBe(source.stdout);
      expect(compiled.status).toBe(source.status);
    }
  }, 60_000);

  it('refuses a name that is not a command line', async () => {
    const result = await run(['scripts/run.mjs', '../../etc/passwd']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: node scripts/run.mjs');
  });
});
