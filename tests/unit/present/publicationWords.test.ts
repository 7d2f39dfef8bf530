import { describe, expect, it } from 'vitest';
import { publicationChangeWords } from '../../../src/domain/present/publicationWords';

describe('publicationChangeWords', () => {
  it('names up to three months, and counts more as a span', () => {
    expect(publicationChangeWords({ added: ['2018-05'], changed: ['2018-02', '2018-03'], removed: [] })).toBe('added May 2018; changed Feb 2018, Mar 2018');
    expect(publicationChangeWords({ added: ['2017-10', '2017-11', '2017-12', '2018-01'], changed: [], removed: ['2017-09'] })).toBe('added 4 months, Oct 2017 to Jan 2018; removed Sep 2017');
  });

  it('says nothing for an entry that changed no month', () => {
    expect(publicationChangeWords({ added: [], changed: [], removed: [] })).toBe('');
  });
});
