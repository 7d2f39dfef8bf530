import { describe, expect, it } from 'vitest';
import { isSafeDataPath, unsafeDataPathReason } from '../../../src/domain/contract/dataPaths';
import { kindOfFile } from '../../../src/domain/contract/fileKinds';

describe('paths the pointer and manifest may name', () => {
  it.each(['site.json', 'snapshots/2017-11.json', 'snapshots/nov 2017 (copy).json', 'publications/ab12cd.json'])('%s is inside the data folder', (path) => {
    expect(isSafeDataPath(path)).toBe(true);
  });

  it.each([
    ['snapshots/..\\..\\secret.json', 'backslash'],
    ['../secret.json', '".."'],
    ['snapshots/../../x.json', '".."'],
    ['./site.json', '"."'],
    ['https://evil.example/x.json', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['//evil.example/x.json', 'root'],
    ['/etc/passwd', 'root'],
    ['snapshots//x.json', 'empty part'],
    ['snapshots/%2e%2e/x.json', '%'],
    ['snapshots/x.json?v=1', '?'],
    ['snapshots/a\u0000.json', 'control'],
    ['', 'empty'],
  ])('%j is refused (%s)', (path, words) => {
    expect(unsafeDataPathReason(path)).toContain(words);
  });

  it('a manifest entry that would leave the folder is no file of the contract, so the browser never fetches it', () => {
    expect(kindOfFile('snapshots/..\\..\\secret.json')).toBeUndefined();
    expect(kindOfFile('snapshots/%2e%2e.json')).toBeUndefined();
    expect(kindOfFile('constructor')).toBeUndefined();
    expect(kindOfFile('snapshots/2017-11.json')).toBe('snapshot');
  });
});
