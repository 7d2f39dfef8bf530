// National rank and band (src/domain/board/nationalRank.ts): the field summarised at import, the
// rank and band at run time, held to LAIT's rank(ties.method = "min") and band by a separate route
// (tests/unit/laitOracle.ts: the position of the first equal figure, best first), ties, polarity both
// ways, the council's own cell not a number, a neutral measure, fields of one and of none, and
// the period in force at a month.
import { describe, expect, it } from 'vitest';
import { summariseField } from '../../../src/domain/board/nationalField';
import { nationalAt, nationalRank, nationalSeries, nationalStanding } from '../../../src/domain/board/nationalRank';
import type { NationalField } from '../../../src/domain/schema';
import { laitBand, rankBySorting } from '../laitOracle';

const entry = (field: readonly number[], value: number | null, extra: Partial<NationalField> = {}): NationalField => ({
  indicator: 'CP5',
  period: '2018-19',
  value,
  ...summariseField(field, value),
  ...extra,
});

describe('summariseField', () => {
  it('counts the field, the figures above and below the council, and takes the quartiles', () => {
    expect(summariseField([10, 20, 30, 40, 50], 30)).toEqual({ of: 5, higher: 2, lower: 2, quartiles: [10, 20, 30, 40, 50] });
  });

  it('a council without a figure: the field and its quartiles, no counts', () => {
    expect(summariseField([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], null)).toEqual({ of: 10, quartiles: [1, 3.25, 5.5, 7.75, 10] });
  });

  it('a field of none: of 0, no quartiles', () => {
    expect(summariseField([], null)).toEqual({ of: 0 });
  });

  it('refuses a council figure that is not in the field (the importer always puts it there)', () => {
    expect(() => summariseField([1, 2], 3)).toThrow(/not one of the field/);
  });
});

describe('nationalRank: LAIT’s rank(ties.method = "min"), 1 the best', () => {
  const field = [52, 75.8, 64.5, 94.9, 64.5, 82.3, 70, 64.5, 41.2];

  it.each(['up', 'down'] as const)('agrees with ranking by sorting, and with LAIT’s band as written, for every council in the field (%s)', (polarity) => {
    for (const value of field) {
      expect(nationalRank(summariseField(field, value), polarity)!.rank, `${value}`).toBe(rankBySorting(field, value, polarity));
      expect(nationalStanding(entry(field, value), polarity), `${value}`).toMatchObject({ band: laitBand(value, field, polarity) });
    }
  });

  it('up: the highest is 1st; down: the lowest is 1st', () => {
    expect(nationalRank(summariseField(field, 94.9), 'up')).toEqual({ rank: 1, tied: false });
    expect(nationalRank(summariseField(field, 94.9), 'down')).toEqual({ rank: 9, tied: false });
    expect(nationalRank(summariseField(field, 41.2), 'down')).toEqual({ rank: 1, tied: false });
  });

  it('ties share the lowest rank of their group, and the next rank skips', () => {
    // Up: 94.9, 82.3, 75.8, 70 above; the three 64.5s are joint 5th; 52 is 8th.
    expect(nationalRank(summariseField(field, 64.5), 'up')).toEqual({ rank: 5, tied: true });
    expect(nationalRank(summariseField(field, 52), 'up')).toEqual({ rank: 8, tied: false });
    // Down: 41.2 and 52 below; the 64.5s are joint 3rd; 70 is 6th.
    expect(nationalRank(summariseField(field, 64.5), 'down')).toEqual({ rank: 3, tied: true });
    expect(nationalRank(summariseField(field, 70), 'down')).toEqual({ rank: 6, tied: false });
  });

  it('neutral, or no counts: no rank', () => {
    expect(nationalRank(summariseField(field, 70), 'neutral')).toBeUndefined();
    expect(nationalRank({ of: 9 }, 'up')).toBeUndefined();
  });
});

describe('nationalStanding', () => {
  const field = Array.from({ length: 151 }, (_, i) => 40 + i * 0.3);

  it('ranks and bands the council by polarity, both ways', () => {
    // 151 figures: the 50% quartile is field[75], the 75% halfway between field[112] and field[113].
    const value = field[112]!;
    // Up: 38 councils above, so 39th; between the 50% and 75% quartiles, so B.
    expect(nationalStanding(entry(field, value), 'up')).toEqual({ kind: 'ranked', period: '2018-19', value, rank: 39, of: 151, tied: false, band: 'B' });
    // Down: 112 councils below, so 113th; the same quarter is C.
    expect(nationalStanding(entry(field, value), 'down')).toMatchObject({ rank: 113, band: 'C' });
    expect(nationalStanding(entry(field, field[113]!), 'up')).toMatchObject({ rank: 38, band: 'A' });
    expect(nationalStanding(entry(field, field[0]!), 'down')).toMatchObject({ rank: 1, band: 'A' });
  });

  it('a council on a quartile takes LAIT’s band below it on the number line', () => {
    // Five figures: the quartiles are the figures themselves; 40 is the 75% quartile.
    expect(nationalStanding(entry([10, 20, 30, 40, 50], 40), 'up')).toMatchObject({ rank: 2, band: 'B' });
    expect(nationalStanding(entry([10, 20, 30, 40, 50], 20), 'down')).toMatchObject({ rank: 2, band: 'A' });
  });

  it('a joint figure is ranked as one council, and says so', () => {
    expect(nationalStanding(entry([30, 40, 50], 40, { jointWith: 'Kingston upon Thames / Richmond upon Thames' }), 'up')).toMatchObject({
      rank: 2,
      of: 3,
      jointWith: 'Kingston upon Thames / Richmond upon Thames',
    });
  });

  it('the council’s own cell "low" or "u": said instead of a rank', () => {
    expect(nationalStanding(entry(field, null, { symbol: 'low' }), 'down')).toEqual({ kind: 'withheld', period: '2018-19', symbol: 'low', of: 151 });
    expect(nationalStanding(entry(field, null, { symbol: ' U ' }), 'up')).toEqual({ kind: 'withheld', period: '2018-19', symbol: 'u', of: 151 });
  });

  it('suppressed, not available, or no row: not ranked, with the symbol when there was one', () => {
    expect(nationalStanding(entry(field, null, { symbol: 'c' }), 'up')).toEqual({ kind: 'not-published', period: '2018-19', symbol: 'c', of: 151 });
    expect(nationalStanding(entry(field, null), 'up')).toEqual({ kind: 'not-published', period: '2018-19', of: 151 });
  });

  it('a neutral measure gets neither rank nor band', () => {
    expect(nationalStanding(entry(field, field[3]!), 'neutral')).toEqual({ kind: 'context', period: '2018-19', value: field[3], of: 151 });
  });

  it('a field of one: 1st of 1, and the band LAIT’s rule gives (D for up, A for down)', () => {
    expect(nationalStanding(entry([65.3], 65.3), 'up')).toMatchObject({ kind: 'ranked', rank: 1, of: 1, tied: false, band: 'D' });
    expect(nationalStanding(entry([65.3], 65.3), 'down')).toMatchObject({ rank: 1, of: 1, band: 'A' });
  });

  it('a field of none: not ranked, of 0', () => {
    expect(nationalStanding(entry([], null, { symbol: 'x' }), 'up')).toEqual({ kind: 'not-published', period: '2018-19', symbol: 'x', of: 0 });
  });
});

describe('nationalAt and nationalSeries: the period in force at a month', () => {
  const entries: NationalField[] = [
    { indicator: 'WF1', period: 'at 30 Sep 2018', value: 20, of: 150 },
    { indicator: 'CP5', period: '2018-19', value: 65.3, of: 151 },
    { indicator: 'WF1', period: 'at 30 Sep 2017', value: 25, of: 150 },
    { indicator: 'CP5', period: '2017-18', value: 52, of: 151 },
  ];

  it('oldest first, one indicator', () => {
    expect(nationalSeries(entries, 'WF1').map((item) => item.period)).toEqual(['at 30 Sep 2017', 'at 30 Sep 2018']);
  });

  it('the latest period begun by the month (inForceAt), as every comparator', () => {
    expect(nationalAt(entries, 'CP5', '2018-03')?.period).toBe('2017-18');
    expect(nationalAt(entries, 'CP5', '2018-04')?.period).toBe('2018-19');
    expect(nationalAt(entries, 'WF1', '2018-08')?.period).toBe('at 30 Sep 2017');
    expect(nationalAt(entries, 'WF1', '2018-09')?.period).toBe('at 30 Sep 2018');
    expect(nationalAt(entries, 'CP5', '2017-03')).toBeUndefined();
    expect(nationalAt(entries, 'CP5', undefined)?.period).toBe('2018-19');
    expect(nationalAt(undefined, 'CP5', '2018-04')).toBeUndefined();
  });
});
