// The build and the history of publications (scripts/lib/vitePluginData.ts, its hooks run here as
// Vite runs them, writing what it emits into a dist/ of the test's own): the history lives in the
// data folder's published/, so a clean build keeps it and another council's build cannot mix
// into it; a damaged publication is named, never a TypeError; the public site carries what its
// pages show and the officers' site their raw files too.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { datasetToPublish } from '../../../scripts/lib/publishFolder';
import { dashboardData } from '../../../scripts/lib/vitePluginData';
import { publicationId, type Pointer, type PublicationLog } from '../../../src/domain/contract/publication';
import { copySample, readJson, root } from './deployedSite';

const work = mkdtempSync(join(tmpdir(), 'build-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let cases = 0;

type Hook = (this: unknown, ...args: unknown[]) => void;

/** Run the plugin's hooks as `vite build` does, into `outDir` (emptied first, as Vite does before writing). */
function build(dir: string, outDir: string, options: { officers?: boolean; said?: string[] } = {}): { said: string[] } {
  const plugin = dashboardData({ dir, officers: options.officers });
  const said = options.said ?? [];
  const spies = (['log', 'warn', 'error'] as const).map((kind) => vi.spyOn(console, kind).mockImplementation((line: string) => void said.push(line)));
  const emitted = new Map<string, string | Uint8Array>();
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
    emitFile: ({ fileName, source }: { fileName: string; source: string | Uint8Array }) => void emitted.set(fileName, source),
  };
  try {
    (plugin.configResolved as Hook).call(context, { root: '/', build: { outDir }, command: 'build' });
    (plugin.buildStart as Hook).call(context);
    (plugin.generateBundle as Hook).call(context);
    rmSync(outDir, { recursive: true, force: true });
    for (const [file, source] of emitted) {
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      writeFileSync(join(outDir, file), source);
    }
    (plugin.writeBundle as Hook).call(context, { dir: outDir });
    (plugin.closeBundle as Hook).call(context);
    return { said };
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
}

/** Why the build refused, and what it printed first ('' when it did not refuse). */
function refusal(dir: string, outDir: string): { message: string; said: string[] } {
  const said: string[] = [];
  try {
    build(dir, outDir, { said });
  } catch (error) {
    return { message: (error as Error).message, said };
  }
  return { message: '', said };
}

/** A council's data folder, copied from the sample without its history: the months to March 2019, or fewer. */
function folder(options: { withoutMarch?: boolean; organisation?: string } = {}): string {
  const dir = join(work, `case-${++cases}`, 'data');
  copySample(dir);
  if (options.withoutMarch) rmSync(join(dir, 'snapshots/2019-03.json'));
  if (options.organisation) {
    const site = join(dir, 'site.json');
    writeFileSync(site, readFileSync(site, 'utf8').replace('London Borough of Croydon', options.organisation));
  }
  return dir;
}

const publicationsIn = (dataFolder: string) => readdirSync(join(dataFolder, 'publications')).filter((name) => /^[0-9a-f]{16}\.json$/.test(name)).sort();

describe('the history lives with the data', () => {
  it('the sample folder’s own history shows the sample as it is, so building the sample writes nothing into the repository (change data/, build, and commit data/published/ with it)', () => {
    const live = readJson<Pointer>(join(root, 'data/published/current.json'));
    expect(live.publication).toBe(publicationId(datasetToPublish(checkFolder(join(root, 'data')))!));
  });

  it('a clean build keeps it: every earlier publication is in the new dist/, logged, and the data folder holds them in published/', () => {
    const dir = folder({ withoutMarch: true });
    build(dir, join(work, `dist-${cases}-a`));
    const first = readJson<Pointer>(join(dir, 'published/current.json'));
    cpSync(join(root, 'data/snapshots/2019-03.json'), join(dir, 'snapshots/2019-03.json'));
    const clean = join(work, `dist-${cases}-b`);
    build(dir, clean);

    const log = readJson<PublicationLog>(join(clean, 'data/publications/log.json'));
    const second = readJson<Pointer>(join(clean, 'data/current.json'));
    expect(log.publications.map((entry) => entry.id)).toEqual([first.publication, second.publication]);
    expect(log.organisation).toBe('London Borough of Croydon');
    expect(publicationsIn(join(clean, 'data'))).toEqual([`${first.publication}.json`, `${second.publication}.json`].sort());
    expect(publicationsIn(join(dir, 'published'))).toEqual(publicationsIn(join(clean, 'data')));
    expect(readFileSync(join(clean, 'data/current.json'), 'utf8')).toBe(readFileSync(join(dir, 'published/current.json'), 'utf8'));
  });

  it('a build over a history that names another council is refused, naming both', () => {
    const dir = folder();
    build(dir, join(work, `dist-${cases}`));
    const site = join(dir, 'site.json');
    writeFileSync(site, readFileSync(site, 'utf8').replace('London Borough of Croydon', 'Sandwell Metropolitan Borough Council'));
    const { message } = refusal(dir, join(work, `dist-${cases}`));
    expect(message).toContain(`${join(dir, 'published')} holds the publications of London Borough of Croydon, but site.json names Sandwell Metropolitan Borough Council`);
    expect(message).toContain('so the site was not built');
  });

  it('another council built into the same dist/ keeps none of the first council’s publications', () => {
    const dist = join(work, `dist-shared-${++cases}`);
    build(folder(), dist);
    const croydon = readJson<Pointer>(join(dist, 'data/current.json'));
    const sandwell = folder({ organisation: 'Sandwell Metropolitan Borough Council' });
    const { said } = build(sandwell, dist);
    const log = readJson<PublicationLog>(join(dist, 'data/publications/log.json'));
    expect(log.organisation).toBe('Sandwell Metropolitan Borough Council');
    expect(log.publications).toHaveLength(1);
    expect(existsSync(join(dist, 'data', croydon.file))).toBe(false);
    expect(said.join('\n')).not.toMatch(/Carried/);
  });

  it('a dist/ built before the history lived with the data: what it published is carried into published/ once', () => {
    const dir = folder({ withoutMarch: true });
    const dist = join(work, `dist-${cases}`);
    build(dir, dist);
    const first = readJson<Pointer>(join(dir, 'published/current.json'));
    // As an older build left it: the history only in dist/data/.
    rmSync(join(dir, 'published'), { recursive: true });
    cpSync(join(root, 'data/snapshots/2019-03.json'), join(dir, 'snapshots/2019-03.json'));
    const { said } = build(dir, dist);
    expect(said).toContain(`Carried the 1 earlier publication of ${join(dist, 'data')} into ${join(dir, 'published')}, where the history now lives.`);
    expect(readJson<PublicationLog>(join(dir, 'published/publications/log.json')).publications[0]!.id).toBe(first.publication);
  });
});

describe('a damaged history', () => {
  it('the live publication cut short, an earlier one edited: the first written again from the folder, the second named and left out; no TypeError', () => {
    const dir = folder({ withoutMarch: true });
    build(dir, join(work, `dist-${cases}`));
    const earlier = readJson<Pointer>(join(dir, 'published/current.json'));
    cpSync(join(root, 'data/snapshots/2019-03.json'), join(dir, 'snapshots/2019-03.json'));
    build(dir, join(work, `dist-${cases}`));
    const live = readJson<Pointer>(join(dir, 'published/current.json'));
    const liveFile = join(dir, 'published', live.file);
    const whole = readFileSync(liveFile, 'utf8');
    writeFileSync(liveFile, whole.slice(0, 1000));
    const earlierFile = join(dir, 'published', earlier.file);
    writeFileSync(earlierFile, readFileSync(earlierFile, 'utf8').replace('"value":86.5,', '"value":99.9,'));

    const dist = join(work, `dist-${cases}-again`);
    const { said } = build(dir, dist);
    expect(readFileSync(liveFile, 'utf8')).toBe(whole);
    expect(said).toContainEqual(expect.stringContaining(`${liveFile}, the publication the site shows, it is cut short or is not JSON (${Buffer.byteLength(whole.slice(0, 1000))} bytes): the site was down. It is written again from the folder`));
    expect(said).toContainEqual(`${earlierFile} its content does not match its name: it was changed after it was published: left out of the site (its ?publication= links will not open). Put it back from a backup of ${join(dir, 'published')}.`);
    expect(publicationsIn(join(dist, 'data'))).toEqual([`${live.publication}.json`]);
  });

  it('a dist/ whose pointer names a publication that is gone: the build goes on, and says what it could not carry', () => {
    const dir = folder();
    const dist = join(work, `dist-${cases}`);
    build(dir, dist);
    const pointer = readJson<Pointer>(join(dist, 'data/current.json'));
    rmSync(join(dir, 'published'), { recursive: true });
    rmSync(join(dist, 'data', pointer.file));
    writeFileSync(join(dist, 'data/publications/0123456789abcdef.json'), '{"format":1,');
    expect(() => build(dir, dist)).not.toThrow();
    expect(readJson<Pointer>(join(dist, 'data/current.json')).publication).toBe(pointer.publication);
  });
});

describe('what the site carries', () => {
  it('the public site: the history and feed.xml, no officers’ file; the officers’ site: their files and their list too', () => {
    const dir = folder();
    const dist = join(work, `dist-public-${cases}`);
    build(dir, dist);
    expect(readdirSync(join(dist, 'data')).sort()).toEqual(['current.json', 'publications']);
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const officers = join(work, `dist-officers-${cases}`);
    build(dir, officers, { officers: true });
    expect(readdirSync(join(officers, 'data')).sort()).toEqual(['calendar.json', 'comparators.json', 'current.json', 'events.json', 'indicators.json', 'manifest.json', 'publications', 'site.json', 'snapshots', 'workstreams.json']);
  });

  it('a month that is a link to a file outside the data folder: the build is refused, naming it', () => {
    const dir = folder();
    const outside = join(work, `outside-${cases}.json`);
    cpSync(join(dir, 'snapshots/2019-03.json'), outside);
    rmSync(join(dir, 'snapshots/2019-03.json'));
    symlinkSync(outside, join(dir, 'snapshots/2019-03.json'));
    const { message, said } = refusal(dir, join(work, `dist-${cases}`));
    expect(message).toContain('so the site was not built');
    expect(said.join('\n')).toContain(`${dir}/snapshots/2019-03.json:1:1: error: The file is a link to a file outside the data folder`);
  });
});
