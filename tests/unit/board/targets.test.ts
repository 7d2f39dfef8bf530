// The target in force for a month: each entry of `targets` applies from its month until the next
// entry's month (data-contract.md); the shorthand `target`/`amber` applies to every month.
import { describe, expect, it } from 'vitest';
import { targetEntries, targetInForce, thresholdFor } from '../../../src/domain/board/targets';
import type { Indicator } from '../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'X', area: 'A', unit: 'percent', polarity: 'up', ...fields });
const changing = indicator({
  // Written out of order on purpose: the file's order does not decide which applies.
  targets: [
    { from: '2018-04', target: 85, amber: 75 },
    { from: '2017-10', target: 60, amber: 50 },
  ],
});

describe('targetEntries', () => {
  it('sorts the entries by month without changing the catalogue', () => {
    expect(targetEntries(changing).map((entry) => entry.from)).toEqual(['2017-10', '2018-04']);
    expect(changing.targets![0]!.from).toBe('2018-04');
  });

  it('gives none for the shorthand or no target', () => {
    expect(targetEntries(indicator({ target: 5 }))).toEqual([]);
    expect(targetEntries(indicator({}))).toEqual([]);
  });
});

describe('thresholdFor', () => {
  it('has none before the first entry', () => {
    expect(thresholdFor(changing, '2017-09')).toBeUndefined();
  });

  it('applies an entry from its own month until the month before the next', () => {
    expect(thresholdFor(changing, '2017-10')).toEqual({ target: 60, amber: 50, from: '2017-10' });
    expect(thresholdFor(changing, '2018-03')).toEqual({ target: 60, amber: 50, from: '2017-10' });
    expect(thresholdFor(changing, '2018-04')).toEqual({ target: 85, amber: 75, from: '2018-04' });
    expect(thresholdFor(changing, '2025-01')?.target).toBe(85);
  });

  it('compares months across a year end as months, not as numbers of a year', () => {
    const yearEnd = indicator({ targets: [{ from: '2017-12', target: 1 }, { from: '2018-01', target: 2 }] });
    expect(thresholdFor(yearEnd, '2017-12')?.target).toBe(1);
    expect(thresholdFor(yearEnd, '2018-01')?.target).toBe(2);
  });

  it('the shorthand applies to every month; amber absent stays absent', () => {
    expect(thresholdFor(indicator({ target: 20, amber: 25 }), '1990-01')).toEqual({ target: 20, amber: 25 });
    const noAmber = thresholdFor(indicator({ target: 20 }), '2018-01');
    expect(noAmber?.target).toBe(20);
    expect(noAmber?.amber).toBeUndefined();
  });

  it('has none with no target at all, or an empty list', () => {
    expect(thresholdFor(indicator({}), '2018-01')).toBeUndefined();
    expect(thresholdFor(indicator({ targets: [] }), '2018-01')).toBeUndefined();
  });
});

describe('targetInForce', () => {
  it('is the threshold in force for an up or down indicator', () => {
    expect(targetInForce(changing, '2018-05')).toEqual({ target: 85, amber: 75, from: '2018-04' });
    expect(targetInForce(indicator({ polarity: 'down', target: 20 }), '2018-05')).toEqual({ target: 20, amber: undefined });
  });

  it('is none for a neutral indicator, whatever its file says: it is context only', () => {
    expect(targetInForce(indicator({ polarity: 'neutral', target: 20 }), '2018-05')).toBeUndefined();
    expect(targetInForce({ ...changing, polarity: 'neutral' }, '2018-05')).toBeUndefined();
  });

  it('is none before the first target, as thresholdFor', () => {
    expect(targetInForce(changing, '2017-09')).toBeUndefined();
  });
});
