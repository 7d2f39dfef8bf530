// Reading a data folder from disk: what only the disk can tell. One broken link never aborts the
// run: it is one error on that file, and every other file is still checked.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const { dataset } = checkFolder(folder);
    expect(dataset.problems.map((p) => [p.file, p.severity, p.code])).toEqual([
      ['snapshots/2018-02.json.txt', 'warning', 'unread-file'],
      ['snapshots/2018/', 'warning', 'unread-file'],
    ]);
  });
});

describe('describeOpenError', () => {
  it('says why a file cannot be opened in words', () => {
    expect(describeOpenError({ code: 'EACCES' })).toBe('a file without permission to read it');
    expect(describeOpenError({ code: 'ENOENT' })).toContain('broken link');
    expect(describeOpenError({ code: 'EIO' })).toContain('EIO');
  });
});
