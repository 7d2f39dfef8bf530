import { describe, expect, it } from 'vitest';
import { kindOfFile, unreadEntryWarning, unreadEntryWarnings } from '../../../src/domain/contract/fileKinds';
import { describeProblem } from '../../../src/domain/contract/problems';

describe('kindOfFile', () => {
  it('knows the contract files and snapshots', () => {
    expect(kindOfFile('site.json')).toBe('site');
    expect(kindOfFile('snapshots/2017-11.json')).toBe('snapshot');
    expect(kindOfFile('snapshots/2019-03.json.txt')).toBeUndefined();
    expect(kindOfFile('2019-03.json')).toBeUndefined();
  });
});

describe('unreadEntryWarning: what the dashboard does not read, and what to do', () => {
  it('a month saved with a hidden .txt extension', () => {
    const problem = unreadEntryWarning('snapshots/2019-03.json.txt')!;
    expect(problem).toMatchObject({ severity: 'warning', code: 'unread-file', file: 'snapshots/2019-03.json.txt', line: 1, column: 1 });
    expect(describeProblem(problem)).toContain('Try renaming it to snapshots/2019-03.json');
  });

  it('a folder inside snapshots/', () => {
    const problem = unreadEntryWarning('snapshots/2019/')!;
    expect(problem.message).toBe('The dashboard does not read the folder snapshots/2019/');
    expect(problem.suggestion).toContain('moving its files up into snapshots/');
  });

  it('a folder named Snapshots/', () => {
    expect(unreadEntryWarning('Snapshots/')!.suggestion).toBe('renaming Snapshots/ to snapshots/');
  });

  it('a month file outside snapshots/', () => {
    expect(unreadEntryWarning('2019-03.json')!.suggestion).toBe('moving it to snapshots/2019-03.json');
  });

  it('a contract file in the wrong case', () => {
    expect(unreadEntryWarning('Indicators.json')!.suggestion).toBe('renaming it to indicators.json');
  });

  it('says nothing of contract files, the project’s own files and hidden files', () => {
    expect(unreadEntryWarnings(['site.json', 'snapshots/2017-11.json', 'snapshots/', 'README.md', 'schema/', 'templates/', 'benchmark-mapping.json', '.DS_Store', 'snapshots/.gitkeep'])).toEqual([]);
  });

  it('names any other file once', () => {
    expect(unreadEntryWarnings(['notes.docx', 'old/'])).toHaveLength(2);
  });
});

describe('a Mac’s ._ file beside a month', () => {
  it('is never a month, whatever its name', () => {
    expect(kindOfFile('snapshots/._2019-04.json')).toBeUndefined();
    expect(kindOfFile('snapshots/.2019-04.json')).toBeUndefined();
    expect(kindOfFile('snapshots/2019-04.json')).toBe('snapshot');
  });
  it('is a warning saying what it is and that it is safe to delete; other hidden files say nothing', () => {
    const warning = unreadEntryWarning('snapshots/._2019-04.json');
    expect(warning).toMatchObject({ severity: 'warning', code: 'unread-file', file: 'snapshots/._2019-04.json' });
    expect(describeProblem(warning!)).toBe('The file snapshots/._2019-04.json is a macOS metadata file, not a month: expected only the files of the contract, found a macOS metadata file (AppleDouble), left by a Mac beside snapshots/2019-04.json. Try deleting it: it holds none of your figures, and is safe to delete.');
    expect(unreadEntryWarning('._site.json')?.found).toContain('beside site.json');
    expect(unreadEntryWarning('.DS_Store')).toBeUndefined();
  });
});
