import { describe, expect, it } from 'vitest';
import { monthRagLabel, noTargetWords, POLARITY_WORDS, ragLabel, ragWord } from '../../../src/domain/present/words';

describe('ragLabel', () => {
  it('says the RAG in words when there is one', () => {
    expect(ragLabel('up', 'red', 10)).toBe('Red');
    expect(ragLabel('down', 'green', 10)).toBe('Green');
  });
  it('says why there is none: context only, not available, or no target', () => {
    expect(ragLabel('neutral', undefined, 12)).toBe('Context only');
    expect(ragLabel('neutral', undefined, null)).toBe('Context only');
    expect(ragLabel('up', undefined, null)).toBe('Not available');
    expect(ragLabel('down', undefined, undefined)).toBe('Not available');
    expect(ragLabel('up', undefined, 0)).toBe('No target');
  });
  it('says a month with no file has no snapshot, and otherwise the same as ragLabel', () => {
    expect(monthRagLabel('up', { value: undefined, noSnapshot: true })).toBe('No snapshot');
    expect(monthRagLabel('up', { value: undefined, noSnapshot: false })).toBe('Not available');
    expect(monthRagLabel('up', { value: 5, noSnapshot: false, rag: 'amber' })).toBe('Amber');
  });
  it('has words for each polarity and for a missing target', () => {
    expect(POLARITY_WORDS.down).toBe('Lower is better');
    expect(noTargetWords({ polarity: 'neutral' })).toBe('None: context only');
    expect(noTargetWords({ polarity: 'up' })).toBe('No target');
  });
});

describe('ragWord', () => {
  it('names each status in words, never by colour alone', () => {
    expect(['red', 'amber', 'green', 'blue'].map((rag) => ragWord(rag as 'red'))).toEqual(['Red', 'Amber', 'Green', 'Blue (complete)']);
    expect(ragWord(undefined)).toBe('No RAG');
  });
});
