// Reading a data folder from disk: what only the disk can tell. One broken link never aborts the
// run: it is one error on that file, and every other file is still checked.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder, describeOpenError, listDataFiles, surveyFolder } from '../../../scripts/lib/dataFolder';
import { validFolder } from '../../corpus/cases';

const work = mkdtempSync(join(tmpdir(), 'data-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let made = 0;
function copy(): string {
  const folder = join(work, `folder-${++made}`);
  cpSync(validFolder, folder, { recursive: true });
  return folder;
}

describe('surveyFolder and checkFolder', () => {
  it('a broken link and a link to itself are one error each; the rest is checked and used', () => {
    const folder = copy();
    symlinkSync('nowhere.json', join(folder, 'snapshots/2018-01.json'));
    symlinkSync('2018-02.json', join(folder, 'snapshots/2018-02.json'));
    const survey = surveyFolder(folder);
    expect(survey.unreadable.map((p) => [p.file, p.code])).toEqual([['snapshots/2018-01.json', 'unreadable-file'], ['snapshots/2018-02.json', 'unreadable-file']]);
    expect(survey.unreadable[1]!.found).toBe('a link that leads back to itself');
    expect(listDataFiles(folder)).not.toContain('snapshots/2018-01.json');
    const { dataset, files } = checkFolder(folder);
    expect(files).toContain('snapshots/2018-01.json');
    expect(dataset.problems.map((p) => p.code)).toEqual(['unreadable-file', 'unreadable-file']);
    expect(dataset.snapshots.map((s) => s.month)).toEqual(['2017-10', '2017-11', '2017-12']);
  });

  it('entries the dashboard does not read are warnings, folders named once, project files silent', () => {
    const folder = copy();
    mkdirSync(join(folder, 'snapshots/2018'));
    writeFileSync(join(folder, 'snapshots/2018/2018-01.json'), '{}');
    writeFileSync(join(folder, 'snapshots/2018-02.json.txt'), '{}');
    writeFileSync(join(folder, 'README.md'), '# notes');
    mkdirSync(join(folder, 'schema'));
    // The history the build and publish-data keep beside the data: theirs, not an officer's file.
    mkdirSync(join(folder, 'published/publications'), { recursive: true });
    writeFileSync(join(folder, 'published/current.json'), '{}');
    const { dataset } = checkFolder(folder);
    expect(dataset.problems.map((p) => [p.file, p.severity, p.code])).toEqual([
      ['snapshots/2018-02.json.txt', 'warning', 'unread-file'],
      ['snapshots/2018/', 'warning', 'unread-file'],
    ]);
  });
});

describe('links out of the folder', () => {
  it('a month file that is a link to a good file outside the folder is refused by name, and not read', () => {
    const folder = copy();
    const outside = join(work, `outside-${made}`);
    mkdirSync(outside);
    cpSync(join(folder, 'snapshots/2017-12.json'), join(outside, '2018-01.json'));
    writeFileSync(join(outside, '2018-01.json'), readFileSync(join(outside, '2018-01.json'), 'utf8').replace('"2017-12"', '"2018-01"'));
    symlinkSync(join(outside, '2018-01.json'), join(folder, 'snapshots/2018-01.json'));
    const { dataset, files, bytes } = checkFolder(folder);
    expect(files).toContain('snapshots/2018-01.json');
    expect(dataset.problems.map((p) => [p.file, p.severity, p.code, p.found])).toEqual([
      ['snapshots/2018-01.json', 'error', 'link-outside-folder', `a link to ${realpathSync(join(outside, '2018-01.json'))}`],
    ]);
    expect(bytes.has('snapshots/2018-01.json')).toBe(false);
    expect(dataset.snapshots.map((s) => s.month)).not.toContain('2018-01');
  });

  it('a link to a file inside the folder is read, and so is a folder reached through a link', () => {
    const folder = copy();
    mkdirSync(join(folder, 'archive'));
    cpSync(join(folder, 'snapshots/2017-12.json'), join(folder, 'archive/2017-12.json'));
    rmSync(join(folder, 'snapshots/2017-12.json'));
    symlinkSync('../archive/2017-12.json', join(folder, 'snapshots/2017-12.json'));
    const linked = join(work, `linked-${made}`);
    symlinkSync(folder, linked);
    const { dataset } = checkFolder(linked);
    expect(dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.snapshots.map((s) => s.month)).toContain('2017-12');
  });
});

describe('describeOpenError', () => {
  it('says why a file cannot be opened in words', () => {
    expect(describeOpenError({ code: 'EACCES' })).toBe('a file without permission to read it');
    expect(describeOpenError({ code: 'ENOENT' })).toContain('broken link');
    expect(describeOpenError({ code: 'EIO' })).toContain('EIO');
  });
});
