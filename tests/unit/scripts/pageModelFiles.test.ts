// The page models written at publication are the page model functions' own results: for every
// month of the sample, the Overview's model as written (and read back) is overviewModel's.
import { describe, expect, it } from 'vitest';
import { publicationOf } from '../../../mocks/handlers';
import { fixtureFiles } from '../../../mocks/fixtures';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { pageModelFiles } from '../../../scripts/lib/pageModelFiles';
import { snapshotMonths } from '../../../src/domain/board/monthView';
import { pageModelFile, parsePageModelFile } from '../../../src/domain/contract/pageModelFile';
import type { Publication } from '../../../src/domain/contract/publication';
import { overviewModel } from '../../../src/domain/present/pages/overview';

const sample = publicationOf(checkFolder('data').bytes);

/** A model file of the publication, read back as the browser reads it. */
function read(publication: Publication, files: Map<string, string>, month?: string) {
  const text = files.get(pageModelFile(publication.id, 'overview', month));
  expect(text, `the model of ${month ?? 'the latest month'}`).toBeDefined();
  const file = parsePageModelFile(JSON.parse(text!), { publication: publication.id, page: 'overview', month });
  if (typeof file === 'string') throw new Error(file);
  return file;
}

describe('pageModelFiles', () => {
  const files = pageModelFiles(sample);
  const months = snapshotMonths(sample.dataset.snapshots);

  it('writes the Overview of every month of the sample and the latest again, nothing else', () => {
    expect(months.length).toBeGreaterThan(12);
    expect([...files.keys()].sort()).toEqual([...months.map((month) => pageModelFile(sample.id, 'overview', month)), pageModelFile(sample.id, 'overview')].sort());
  });

  it.each(months)('the model written for %s is overviewModel’s for that month, with the site’s names', (month) => {
    const file = read(sample, files, month);
    expect(file.model).toEqual(overviewModel(sample.dataset, month));
    expect(file).toMatchObject({ publication: sample.id, page: 'overview', month, site: sample.dataset.site });
  });

  it('the latest is the last month’s', () => {
    expect(read(sample, files)).toEqual(read(sample, files, months.at(-1)));
  });

  it('writes none for a publication with no month', () => {
    expect(pageModelFiles({ ...sample, dataset: { ...sample.dataset, snapshots: [] } }).size).toBe(0);
  });

  it('carries nothing the Overview hides: no team breakdown or survey team counts (the publication withholds the small ones)', () => {
    // The fixture has a survey team of 3 and a breakdown by team.
    const fixture = publicationOf(fixtureFiles());
    expect(JSON.stringify(fixture.dataset)).toMatch(/"byTeam"/);
    for (const text of pageModelFiles(fixture).values()) expect(text).not.toMatch(/"byTeam"|"breakdown"|"numerator"|"denominator"|"withheld"/);
  });
});
