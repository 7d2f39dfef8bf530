import { describe, expect, it } from 'vitest';
import { snapshotFromCsv } from '../../../src/domain/contract/csvImport';
import { mergeCsvIntoSnapshot } from '../../../src/domain/contract/csvMerge';

const HEADER = 'id,value,numerator,denominator,note,quality,what_it_shows,why,what_we_are_doing,narrative_owner';

describe('the CSV’s quality and narrative columns', () => {
  it('carries quality and the narrative’s three parts and owner per indicator', () => {
    const result = snapshotFromCsv(`${HEADER}\nCP5,32,12,37,,Caution,Far below target,Police notice period,Daily slots,Head of CP\nWF1,43,,,,,,,,\n`, '2017-11', 'nov.csv');
    expect(result.ok && result.snapshot.values).toEqual({
      CP5: { value: 32, numerator: 12, denominator: 37, quality: 'caution', narrative: { whatItShows: 'Far below target', why: 'Police notice period', whatWeAreDoing: 'Daily slots', owner: 'Head of CP' } },
      WF1: 43,
    });
  });

  it('gives only the narrative parts that are filled in', () => {
    const result = snapshotFromCsv('id,value,why\nCP5,32,Police notice period\n', '2017-11', 'nov.csv');
    expect(result.ok && result.snapshot.values).toEqual({ CP5: { value: 32, narrative: { why: 'Police notice period' } } });
  });

  it('an unknown quality word is an error at its cell', () => {
    const result = snapshotFromCsv('id,value,quality\nCP5,32,dodgy\n', '2017-11', 'nov.csv');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toMatchObject([{ severity: 'error', line: 2, column: 3, found: '"dodgy"' }]);
  });

  it('with --force, a CSV’s quality replaces the file’s; without the column, the file’s is kept', () => {
    const existing = { month: '2017-11', values: { CP5: { value: 30, quality: 'poor' as const, narrative: { why: 'Old' } } } };
    const withQuality = snapshotFromCsv('id,value,quality\nCP5,32,good\n', '2017-11', 'nov.csv');
    const without = snapshotFromCsv('id,value\nCP5,32\n', '2017-11', 'nov.csv');
    if (!withQuality.ok || !without.ok) throw new Error('the CSVs are good');
    expect(mergeCsvIntoSnapshot(existing, withQuality.snapshot).snapshot.values.CP5).toEqual({ value: 32, quality: 'good', narrative: { why: 'Old' } });
    expect(mergeCsvIntoSnapshot(existing, without.snapshot).snapshot.values.CP5).toEqual({ value: 32, quality: 'poor', narrative: { why: 'Old' } });
  });
});
