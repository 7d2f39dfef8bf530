// The comparison with England and the comparators' period rule (board/comparison.ts) in words.
import { describe, expect, it } from 'vitest';
import { comparisonWord, periodRule } from '../../../src/domain/present/comparisonWords';

describe('comparisonWord', () => {
  it('names each comparison, and says when there is none', () => {
    expect((['better', 'worse', 'similar', 'higher', 'lower'] as const).map(comparisonWord)).toEqual(['Better', 'Worse', 'Similar', 'Higher', 'Lower']);
    expect(comparisonWord(undefined)).toBe('No comparator');
  });
});

describe('periodRule', () => {
  it('is stated in a sentence', () => {
    expect(periodRule('2019-03', 'Mar 2019')).toMatch(/^Comparators are those of the month’s own period: for Mar 2019, the latest published figures/);
  });
});
