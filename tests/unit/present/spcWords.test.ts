// The words for the SPC icons (board/spcVerdict.ts), short and long.
import { describe, expect, it } from 'vitest';
import type { VariationIcon } from '../../../src/domain/board/spc/spcTypes';
import type { Assurance } from '../../../src/domain/board/spc/spcVerdict';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../../src/domain/present/spcWords';

describe('icon words', () => {
  it('has a short and a long word for every variation and assurance icon', () => {
    const variations: VariationIcon[] = ['common-cause', 'improvement', 'concern', 'neutral-high', 'neutral-low'];
    const assurances: Assurance[] = ['consistently-met', 'consistently-missed', 'hit-and-miss', 'recalculate', 'none'];
    for (const icon of variations) expect(VARIATION_WORDS[icon].short.length, icon).toBeGreaterThan(0);
    for (const icon of assurances) expect(ASSURANCE_WORDS[icon].long.length, icon).toBeGreaterThan(0);
    expect(Object.keys(VARIATION_WORDS).sort()).toEqual([...variations].sort());
    expect(Object.keys(ASSURANCE_WORDS).sort()).toEqual([...assurances].sort());
  });
});
