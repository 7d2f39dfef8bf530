// A publication written out again as the data folder's files (contract/publishedFiles.ts): read
// back and checked, they pass as the folder did when it was published, small counts withheld.
import { describe, expect, it } from 'vitest';
import { withoutSmallCounts } from '../../../src/domain/board/smallCounts';
import { checkDataset } from '../../../src/domain/contract/dataset';
import { publishedDatasetOf } from '../../../src/domain/contract/publication';
import { filesOfDataset } from '../../../src/domain/contract/publishedFiles';
import { readDataFile } from '../../../src/domain/contract/readFile';
import { sha256Hex } from '../../../src/domain/contract/sha256';
import { fixtureFiles } from '../../../mocks/fixtures';

describe('filesOfDataset', () => {
  it('gives files that check as the published folder did, a withheld count left out', () => {
    const folder = fixtureFiles();
    const read = [...folder].map(([file, content]) => readDataFile(file, content));
    const checked = checkDataset(read);
    const published = publishedDatasetOf(checked, new Map([...folder].map(([file, content]) => [file, sha256Hex(content)])), { withhold: withoutSmallCounts })!;
    expect(JSON.stringify(published)).toContain('"Children with disabilities":null');

    const files = filesOfDataset(published);
    expect(files.map((file) => file.file)).toEqual(expect.arrayContaining(['site.json', 'indicators.json', 'workstreams.json', 'events.json', ...published.snapshots.map((s) => `snapshots/${s.month}.json`)]));
    const again = checkDataset(files.map((file) => readDataFile(file.file, file.text)));
    expect(again.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(again.snapshots.map((s) => s.month)).toEqual(published.snapshots.map((s) => s.month));
    for (const file of files) expect(file.text).not.toMatch(/"Children with disabilities": (null|3)/);
  });
});
