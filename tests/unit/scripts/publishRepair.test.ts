// publish-data where the site is itself damaged: the live publication cut short (an interrupted
// upload), deleted or edited by hand, or the log cut short. Each is noticed, named and put right
// from the checked folder, or the command says plainly that the site is down and how to restore it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pointer, PublicationLog } from '../../../src/domain/contract/publication';
import { checkPublicationText } from '../../../src/domain/contract/publicationIntegrity';
import { deployedFolder as deployedAt, leftovers, publish, readJson } from './deployedSite';

const work = mkdtempSync(join(tmpdir(), 'publish-repair-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let cases = 0;

/** A deployed folder whose files are the figures it shows (March 2019 not added): publishing it again changes nothing. */
function liveSite() {
  const site = deployedAt(join(work, `site-${++cases}`, 'data'));
  rmSync(join(site.folder, 'snapshots/2019-03.json'));
  const live = join(site.folder, site.first.file);
  return { ...site, live, text: readFileSync(live, 'utf8') };
}

const sound = (file: string, id: string) => existsSync(file) && typeof checkPublicationText(readFileSync(file, 'utf8'), id) === 'object';

describe('a damaged live publication', { timeout: 60_000 }, () => {
  it.each([
    ['cut short (an interrupted upload)', (text: string) => text.slice(0, Math.floor(text.length / 2)), 'it is cut short or is not JSON'],
    ['edited by hand (ICPC timeliness, Feb 2019, 86.5 to 99.9)', (text: string) => text.replace('"value":86.5,', '"value":99.9,'), 'its content does not match its name'],
    ['deleted', undefined, 'it is missing'],
  ])('%s: named, and written again from the folder, whose figures are the same', async (_name, damage, found) => {
    const site = liveSite();
    if (damage) {
      const damaged = damage(site.text);
      expect(damaged).not.toBe(site.text);
      writeFileSync(site.live, damaged);
    } else rmSync(site.live);
    expect(sound(site.live, site.first.publication)).toBe(false);

    const run = await publish(site.folder);
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout.join('\n')).toContain(`${site.live}, the publication the site shows, ${found}`);
    expect(run.stdout.join('\n')).toMatch(/the site was down\. It is written again from the folder, whose figures are the same\./);
    expect(sound(site.live, site.first.publication)).toBe(true);
    expect(readJson<Pointer>(site.pointer)).toEqual(site.first);
    expect(readFileSync(site.live, 'utf8')).toBe(site.text);
    expect(leftovers(site.folder)).toEqual([]);
  });

  it('when the folder’s figures differ from it: they are published as a new publication, and it says so', async () => {
    const site = liveSite();
    writeFileSync(site.live, site.text.slice(0, 500));
    writeFileSync(join(site.folder, 'snapshots/2019-03.json'), readFileSync(join(site.folder, 'snapshots/2019-02.json'), 'utf8').replace('"month": "2019-02"', '"month": "2019-03"'));
    const run = await publish(site.folder);
    expect(run.status).toBe(0);
    expect(run.stdout.join('\n')).toContain(`${site.live}, the publication the site showed, it is cut short or is not JSON (500 bytes): the site was down. The folder's figures differ from it, so they are published as a new publication.`);
    const pointer = readJson<Pointer>(site.pointer);
    expect(pointer.publication).not.toBe(site.first.publication);
    expect(sound(join(site.folder, pointer.file), pointer.publication)).toBe(true);
  });

  it('with an error in the folder as well: says plainly that the site is down, and how to restore it', async () => {
    const site = liveSite();
    rmSync(site.live);
    writeFileSync(join(site.folder, 'snapshots/2019-03.json'), '{ "month": "2019-03", ');
    const run = await publish(site.folder);
    expect(run.status).toBe(1);
    const said = run.stdout.join('\n');
    expect(said).not.toMatch(/keeps showing/);
    expect(said).toContain(
      `Nothing published, and the site is down: ${site.folder}/current.json names publication ${site.first.publication}, but ${site.live}: it is missing. To restore it, fix the errors and run publish-data again (it writes the folder's figures), or put that file back from a backup of ${site.folder}.`,
    );
  });
});

describe('a damaged log', { timeout: 60_000 }, () => {
  it('is kept aside under a dated name, never silently shortened: the log is made again from every publication kept', async () => {
    const site = deployedAt(join(work, `site-${++cases}`, 'data'));
    // A second publication (March added), then the log cut short.
    expect((await publish(site.folder)).status).toBe(0);
    const second = readJson<Pointer>(site.pointer);
    const logFile = join(site.folder, 'publications/log.json');
    const whole = readFileSync(logFile, 'utf8');
    writeFileSync(logFile, whole.slice(0, 120));
    writeFileSync(join(site.folder, 'snapshots/2019-04.json'), readFileSync(join(site.folder, 'snapshots/2019-03.json'), 'utf8').replace('"month": "2019-03"', '"month": "2019-04"'));

    const run = await publish(site.folder);
    expect(run.status).toBe(0);
    const aside = readdirSync(join(site.folder, 'publications')).filter((name) => /^log\.damaged-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/.test(name));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(site.folder, 'publications', aside[0]!), 'utf8')).toBe(whole.slice(0, 120));
    expect(run.stdout.join('\n')).toContain(`${logFile} was damaged (it is cut short or is not JSON (120 bytes)): kept as ${join(site.folder, 'publications', aside[0]!)}, and the log made again from the 2 publications kept beside it.`);
    const log = readJson<PublicationLog>(logFile);
    const third = readJson<Pointer>(site.pointer);
    expect(log.publications.map((entry) => entry.id)).toEqual([site.first.publication, second.publication, third.publication]);
    expect(log.publications.at(-1)).toMatchObject({ added: ['2019-04'] });
  });
});
