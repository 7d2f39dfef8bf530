// The glossary terms, and marking the first use of each on a page.
import { describe, expect, it } from 'vitest';
import { firstUses, GLOSSARY, termsUsed } from '../../../src/domain/present/glossary';

const marked = (segments: ReturnType<typeof firstUses>) =>
  segments.map((text) => text.map((segment) => (segment.entry ? `[${segment.text}]` : segment.text)).join(''));

describe('the glossary', () => {
  it('has every term the board asked about, each once, with a definition', () => {
    const terms = GLOSSARY.map((entry) => entry.term);
    for (const term of ['ICPC', 'CIN', 'CLA', 'RHI', 'ASYE', 'SRO', 'MASH', 'RAG', 'SPC', 'hit and miss', 'special cause', 'process limits', 'common cause', 'assurance', 'trajectory', 'statistical neighbours']) {
      expect(terms).toContain(term);
    }
    expect(new Set(GLOSSARY.map((entry) => entry.id)).size).toBe(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      expect(entry.definition.length, entry.term).toBeGreaterThan(30);
      expect(entry.id).toMatch(/^[a-z-]+$/);
    }
  });

  it('expands every abbreviation, and no phrase', () => {
    for (const entry of GLOSSARY) expect(Boolean(entry.expansion), entry.term).toBe(entry.term === entry.term.toUpperCase());
  });
});

describe('firstUses', () => {
  it('marks only the first use of each term across the page’s texts', () => {
    expect(marked(firstUses(['ICPC timeliness', 'ICPCs held in time; SPC icons', 'No SPC here']))).toEqual([
      '[ICPC] timeliness',
      'ICPCs held in time; [SPC] icons',
      'No SPC here',
    ]);
  });

  it('finds phrases in any case, and abbreviations only in capitals and as whole words', () => {
    expect(marked(firstUses(['Special cause: above the upper process limit', 'a rag and a RAGE; RAG status']))).toEqual([
      '[Special cause]: above the upper [process limit]',
      'a rag and a RAGE; [RAG] status',
    ]);
  });

  it('finds the SPC and plan words a councillor asked about, in the singular and the plural', () => {
    expect(marked(firstUses(['Common cause variation; assurance: hit and miss', 'Trajectories and statistical neighbour figures']))).toEqual([
      '[Common cause] variation; [assurance]: [hit and miss]',
      '[Trajectories] and [statistical neighbour] figures',
    ]);
  });

  it('gives plain text back unchanged, and the same segments every time', () => {
    expect(firstUses(['', 'Nothing to mark'])).toEqual([[{ text: '' }], [{ text: 'Nothing to mark' }]]);
    expect(firstUses(['Hit and miss'])).toEqual(firstUses(['Hit and miss']));
  });

  it('lists the terms a set of texts uses, once each, in the glossary’s order', () => {
    expect(termsUsed(firstUses(['SPC icons for ICPC timeliness', 'ICPC and RAG', 'special cause'])).map((entry) => entry.id)).toEqual(['icpc', 'rag', 'special-cause', 'spc']);
    expect(termsUsed(firstUses(['Nothing to mark']))).toEqual([]);
  });
});
