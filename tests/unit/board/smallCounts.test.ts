// The small-counts rule (board/smallCounts.ts): what the public site may carry of a count of people.
import { describe, expect, it } from 'vitest';
import { isSmallCount, publicTeamFigure, restsOnSmallCount, SMALL_COUNT_BELOW, withoutSmallCounts } from '../../../src/domain/board/smallCounts';
import type { Snapshot } from '../../../src/domain/schema';

describe('isSmallCount', () => {
  it('is a count from 1 to 4: not 0 (it names no one), not 5 or more, not a missing count', () => {
    expect(SMALL_COUNT_BELOW).toBe(5);
    expect([0, 1, 2, 4, 5, 6, 400].map(isSmallCount)).toEqual([false, true, true, true, false, false, false]);
    expect([null, undefined].map(isSmallCount)).toEqual([false, false]);
  });
});

describe('restsOnSmallCount', () => {
  it('looks at the denominator (how many people the figure is about), or the numerator when there is none', () => {
    expect(restsOnSmallCount({ value: 50, numerator: 2, denominator: 4 })).toBe(true);
    expect(restsOnSmallCount({ value: 40, numerator: 2, denominator: 5 })).toBe(false);
    expect(restsOnSmallCount({ value: 3, numerator: 3 })).toBe(true);
    expect(restsOnSmallCount({ value: 0, numerator: 0, denominator: 0 })).toBe(false);
    expect(restsOnSmallCount({ value: 14.3 })).toBe(false);
  });
});

describe('publicTeamFigure', () => {
  it('withholds a team figure resting on fewer than 5 people, and keeps any other entry as it is', () => {
    expect(publicTeamFigure({ value: 75, numerator: 3, denominator: 4 })).toEqual({ value: null, withheld: true });
    const kept = { value: 80, numerator: 8, denominator: 10 };
    expect(publicTeamFigure(kept)).toBe(kept);
    expect(publicTeamFigure(16.8)).toBe(16.8);
    expect(publicTeamFigure(null)).toBe(null);
  });
});

describe('withoutSmallCounts', () => {
  const snapshot = (fields: Partial<Snapshot>): Snapshot => ({ month: '2017-12', values: {}, ...fields });

  it('withholds a survey team’s count under 5 as null, keeping 0 and 5 or more, and the survey’s other counts', () => {
    const raw = snapshot({
      surveys: [{ id: 'check-1', name: 'Temperature check', invited: 400, completed: 99, byTeam: { Permanence: 14, 'Children with disabilities': 3, Adoption: 0, Commissioning: 5 } }],
    });
    const shown = withoutSmallCounts(raw);
    expect(shown.surveys![0]!.byTeam).toEqual({ Permanence: 14, 'Children with disabilities': null, Adoption: 0, Commissioning: 5 });
    expect(shown.surveys![0]).toMatchObject({ invited: 400, completed: 99 });
    expect(raw.surveys![0]!.byTeam!['Children with disabilities']).toBe(3);
  });

  it('withholds a breakdown’s team figure resting on fewer than 5 children (the Annex A counting’s entries)', () => {
    const breakdown = { Assessment: { value: 75, numerator: 3, denominator: 4 }, 'Care planning': { value: 80, numerator: 16, denominator: 20 } };
    const raw = snapshot({ values: { CP5: { value: 79, numerator: 19, denominator: 24, breakdown: breakdown as unknown as Record<string, number> } } });
    const shown = withoutSmallCounts(raw).values.CP5 as { value: number; breakdown: Record<string, unknown> };
    expect(shown.value).toBe(79);
    expect(shown.breakdown).toEqual({ Assessment: { value: null, withheld: true }, 'Care planning': breakdown['Care planning'] });
  });

  it('gives back the same snapshot when there is nothing to withhold (plain breakdown values carry no counts)', () => {
    const raw = snapshot({
      values: { CL1: { value: 14.3, breakdown: { Assessment: 16.8, 'Children with disabilities': 3 } }, WF1: 43, SUP1: null },
      surveys: [{ id: 'check-1', name: 'Temperature check', byTeam: { Permanence: 14 } }, { id: 'check-2', name: 'Pulse' }],
    });
    expect(withoutSmallCounts(raw)).toBe(raw);
  });
});
