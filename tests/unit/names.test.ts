import { describe, expect, it } from 'vitest';
import { displayName } from '../../src/domain/names';
import type { Indicator } from '../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'Long name', area: 'A', unit: 'percent', polarity: 'up', ...fields });

describe('displayName', () => {
  it('is the short name when there is one', () => {
    expect(displayName(indicator({ shortName: 'Short' }))).toBe('Short');
    expect(displayName(indicator({}))).toBe('Long name');
  });
});
