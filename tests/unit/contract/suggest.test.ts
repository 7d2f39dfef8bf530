import { describe, expect, it } from 'vitest';
import { editDistance, nearest, nearestMany } from '../../../src/domain/contract/suggest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['value', 'value', 0],
    ['valeu', 'value', 2],
    ['gren', 'green', 1],
    ['kitten', 'sitting', 3],
    ['CP5', 'cp5', 2],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearest', () => {
  const keys = ['value', 'numerator', 'denominator', 'note', 'breakdown'];

  it('suggests the key a typo was meant to be', () => {
    expect(nearest('valeu', keys)).toBe('value');
    expect(nearest('numerater', keys)).toBe('numerator');
    expect(nearest('denominatr', keys)).toBe('denominator');
    expect(nearest('gren', ['red', 'amber', 'green', 'blue'])).toBe('green');
    expect(nearest('practise', ['practice', 'people-performance', 'partnerships', 'platforms'])).toBe('practice');
  });

  it('returns the known spelling of a name in another case', () => {
    expect(nearest('cp5', ['CP2', 'CP5', 'WF1'])).toBe('CP5');
    expect(nearest('Value', keys)).toBe('value');
  });

  it('prefers the same name in another case over a nearer-looking one', () => {
    expect(nearest('cp5', ['cp4', 'CP5'])).toBe('CP5');
  });

  it('returns undefined when nothing is near enough', () => {
    expect(nearest('zzzzzz', keys)).toBeUndefined();
    expect(nearest('SAFEGUARDING9', ['CP5', 'WF1'])).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });

  it('allows at least 2 edits, and a third of the length for long names', () => {
    expect(nearest('ab', ['xy'])).toBe('xy'); // 2 edits, the minimum allowed
    expect(nearest('abc', ['xyz'])).toBeUndefined(); // 3 edits > max(2, 1)
    expect(nearest('abcdefghi', ['abcxyzghi'])).toBe('abcxyzghi'); // 3 edits <= 9 / 3
    expect(nearest('abcdefghi', ['wxcxyzghi'])).toBeUndefined(); // 5 edits > 3
  });

  it('accepts any iterable', () => {
    expect(nearest('valeu', new Set(keys))).toBe('value');
  });
});

describe('nearestMany', () => {
  it('lists the nearest names first, ties in alphabetical order, at most count', () => {
    expect(nearestMany('CP5', ['WF1', 'CP2', 'CP5', 'CP4', 'CL1'], 3)).toEqual(['CP5', 'CP2', 'CP4']);
    expect(nearestMany('x', ['a'], 5)).toEqual(['a']);
    expect(nearestMany('x', [], 3)).toEqual([]);
  });
});
