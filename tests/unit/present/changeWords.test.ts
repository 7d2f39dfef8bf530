// The direction of travel (board/direction.ts) in words.
import { describe, expect, it } from 'vitest';
import { directionWord } from '../../../src/domain/present/changeWords';

describe('directionWord', () => {
  it('names each direction, and says when there is no earlier figure', () => {
    expect(directionWord('improved')).toBe('Improved');
    expect(directionWord('worsened')).toBe('Worsened');
    expect(directionWord('no-change')).toBe('No change');
    expect(directionWord('up')).toBe('Up');
    expect(directionWord('down')).toBe('Down');
    expect(directionWord(undefined)).toBe('No earlier figure');
  });
});
