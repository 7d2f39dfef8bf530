import { describe, expect, it } from 'vitest';
import { glossaryModel } from '../../../../src/domain/present/pages/glossary';
import { GLOSSARY } from '../../../../src/domain/present/glossary';

describe('glossaryModel', () => {
  it('lists every term in alphabetical order, an abbreviation with its expansion and a phrase with a capital', () => {
    const { entries } = glossaryModel();
    expect(entries).toHaveLength(GLOSSARY.length);
    expect(entries.map((entry) => entry.term)).toEqual(entries.map((entry) => entry.term).sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    expect(entries.find((entry) => entry.id === 'icpc')).toMatchObject({ term: 'ICPC', expansion: 'Initial child protection conference' });
    expect(entries.find((entry) => entry.id === 'hit-and-miss')).toEqual(expect.objectContaining({ term: 'Hit and miss' }));
    expect(entries.find((entry) => entry.id === 'hit-and-miss')).not.toHaveProperty('expansion');
  });
});
