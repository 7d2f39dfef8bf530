// scripts/publishData.ts (`npm run publish-data -- <deployed data folder>`), run as a child process
// (`node --import tsx`) against temporary copies of the sample data folder standing in for a
// deployed site's data/ (dist/data/ as copied to the web server, with the build's manifest).
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listDataFiles } from '../../../scripts/lib/dataFolder';
import { manifestText, run as runInProcess } from '../../../scripts/publishData';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const script = join(root, 'scripts/publishData.ts');
const work = mkdtempSync(join(tmpdir(), 'publish-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number;
  stdout: string[];
  stderr: string[];
}

function publish(folder: string): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', script, folder], { cwd: root }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout: stdout.split('\n').filter(Boolean), stderr: stderr.split('\n').filter(Boolean) });
    });
  });
}

let cases = 0;
/** A deployed data folder: the sample data and the manifest a build made of it some time ago. */
function deployedFolder(): { folder: string; manifest: string; oldManifest: string } {
  const folder = join(work, `site-${++cases}`, 'data');
  mkdirSync(join(folder, '..'), { recursive: true });
  cpSync(join(root, 'data'), folder, { recursive: true });
  const oldManifest = manifestText(listDataFiles(folder).filter((file) => file !== 'snapshots/2019-03.json'), new Date('2019-03-20T09:00:00Z'));
  const manifest = join(folder, 'manifest.json');
  writeFileSync(manifest, oldManifest);
  return { folder, manifest, oldManifest };
}

const leftovers = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp$/i.test(name));

describe('npm run publish-data', () => {
  it('checks a good folder and writes a manifest of every file, by temp file and rename', async () => {
    const site = deployedFolder();
    chmodSync(site.manifest, 0o640);
    const inode = statSync(site.manifest).ino;
    const files = listDataFiles(site.folder);
    const months = files.filter((file) => file.startsWith('snapshots/')).length;

    // While it runs, read the manifest as a visitor's browser would: every read must parse.
    let reading = true;
    const seen = new Set<string>();
    const reader = (async () => {
      while (reading) {
        const text = readFileSync(site.manifest, 'utf8');
        expect(() => JSON.parse(text) as unknown).not.toThrow();
        seen.add(text);
        await new Promise((next) => setTimeout(next, 1));
      }
    })();
    const run = await publish(site.folder);
    reading = false;
    await reader;

    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout[run.stdout.length - 1]).toBe(`Published ${files.length} files (${months} months): manifest.json updated`);
    expect(run.stdout[run.stdout.length - 2]).toMatch(new RegExp(`^${files.length} files checked: 0 errors, \\d+ warnings?\\.$`));

    const text = readFileSync(site.manifest, 'utf8');
    const manifest = JSON.parse(text) as { generated: string; files: string[] };
    expect(manifest.files).toEqual(files);
    expect(manifest.files).toContain('snapshots/2019-03.json');
    expect(manifest.files).not.toContain('manifest.json');
    expect(Date.now() - Date.parse(manifest.generated)).toBeLessThan(60_000);
    expect(text).toBe(manifestText(files, new Date(manifest.generated)));
    expect(statSync(site.manifest).ino, 'a new file renamed into place').not.toBe(inode);
    expect(statSync(site.manifest).mode & 0o777, 'the old manifest’s permissions kept').toBe(0o640);
    expect(leftovers(site.folder)).toEqual([]);
    for (const text of seen) expect([site.oldManifest, readFileSync(site.manifest, 'utf8')]).toContain(text);
  });

  it('with a broken snapshot: prints the error, exits 1, manifest.json byte for byte as it was', async () => {
    const site = deployedFolder();
    writeFileSync(join(site.folder, 'snapshots/2019-04.json'), '{ "month": "2019-04", "values": { "CP5": 132 } }\n');
    writeFileSync(join(site.folder, 'snapshots/2019-05.json'), '{ "month": "2019-05", ');
    const before = readFileSync(site.manifest);
    const inode = statSync(site.manifest).ino;

    const run = await publish(`${site.folder}/`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^${site.folder}/snapshots/2019-04\\.json:\\d+:\\d+: error: CP5 is a percentage outside 0 to 100`)));
    expect(run.stdout).toContainEqual(expect.stringMatching(new RegExp(`^${site.folder}/snapshots/2019-05\\.json:\\d+:\\d+: error: Invalid JSON`)));
    expect(run.stdout.some((line) => line.includes('//'))).toBe(false);
    expect(run.stdout[run.stdout.length - 1]).toContain('manifest.json not changed');
    expect(readFileSync(site.manifest).equals(before)).toBe(true);
    expect(statSync(site.manifest).ino).toBe(inode);
    expect(leftovers(site.folder)).toEqual([]);
  });

  it('no folder, a missing folder, or a manifest that cannot be replaced: exit 1, nothing left behind', async () => {
    const lines: string[] = [];
    const io = { cwd: root, out: (line: string) => void lines.push(line), err: (line: string) => void lines.push(line) };
    expect(runInProcess([], io)).toBe(1);
    expect(lines[0]).toBe('publish-data: say which deployed data folder to publish');

    lines.length = 0;
    expect(runInProcess([join(work, 'no-such-folder')], io)).toBe(1);
    expect(lines[0]).toBe(`publish-data: No data folder at ${join(work, 'no-such-folder')}`);

    // manifest.json is a folder: the rename fails, and the temporary file is removed.
    const site = deployedFolder();
    rmSync(site.manifest);
    mkdirSync(site.manifest);
    lines.length = 0;
    expect(runInProcess([site.folder], io)).toBe(1);
    expect(lines.some((line) => line.startsWith('publish-data: '))).toBe(true);
    expect(statSync(site.manifest).isDirectory()).toBe(true);
    expect(leftovers(site.folder)).toEqual([]);
  });
});
