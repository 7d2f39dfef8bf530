// The target in force (board/targets.ts) in words.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/domain/schema';
import { describeThreshold, targetSentence, targetWords } from '../../../src/domain/present/targetWords';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'X', area: 'A', unit: 'percent', polarity: 'up', ...fields });
const changing = indicator({
  // Written out of order on purpose: the file's order does not decide which applies.
  targets: [
    { from: '2018-04', target: 85, amber: 75 },
    { from: '2017-10', target: 60, amber: 50 },
  ],
});

describe('describeThreshold', () => {
  it('says where green and amber start, by polarity', () => {
    expect(describeThreshold(changing, { target: 85, amber: 75 })).toBe('Green at 85% or more; amber from 75%; red below');
    const down = indicator({ polarity: 'down', unit: 'count' });
    expect(describeThreshold(down, { target: 12, amber: 15 })).toBe('Green at 12 or less; amber up to 15; red above');
  });

  it('leaves amber out when there is none', () => {
    expect(describeThreshold(changing, { target: 85 })).toBe('Green at 85% or more; red below');
    expect(describeThreshold(indicator({ polarity: 'down' }), { target: 20 })).toBe('Green at 20% or less; red above');
  });

  it('says nothing for a neutral indicator or no target', () => {
    expect(describeThreshold(indicator({ polarity: 'neutral' }), { target: 5 })).toBeUndefined();
    expect(describeThreshold(changing, undefined)).toBeUndefined();
  });
});

describe('targetWords', () => {
  it('words the target in force with its rule, and says why there is none', () => {
    const words = targetWords(changing, { target: 85, amber: 75 });
    expect(words).toEqual({ target: '85%', rule: 'Green at 85% or more; amber from 75%; red below' });
    expect(targetSentence(words)).toBe('85%. Green at 85% or more; amber from 75%; red below');
    expect(targetWords(changing, undefined)).toEqual({ target: 'No target' });
    expect(targetSentence(targetWords(indicator({ polarity: 'neutral' }), undefined))).toBe('None: context only');
  });
});
