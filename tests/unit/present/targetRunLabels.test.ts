import { describe, expect, it } from 'vitest';
import { targetRunLabels } from '../../../src/domain/present/targetRunLabels';

describe('targetRunLabels', () => {
  it('labels a target once for a run of columns that share it', () => {
    expect(targetRunLabels([40, 40, 40])).toEqual(['Target 40%', undefined, undefined]);
  });

  it('labels it again where it changes, and after a column without one', () => {
    expect(targetRunLabels([40, 45, 45, null, 45])).toEqual(['Target 40%', 'Target 45%', undefined, undefined, 'Target 45%']);
  });

  it('labels nothing without a target, and nothing for no columns', () => {
    expect(targetRunLabels([null, null])).toEqual([undefined, undefined]);
    expect(targetRunLabels([])).toEqual([]);
  });

  it('writes the figure as the rest of the chart does, to one decimal place at most', () => {
    expect(targetRunLabels([37.5, 0])).toEqual(['Target 37.5%', 'Target 0%']);
  });
});
