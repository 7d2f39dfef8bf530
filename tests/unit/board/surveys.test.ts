// Staff surveys. Scrutiny papers are public: a team count under 5 can identify staff, so it is
// shown as "fewer than 5" (domain.md). Response rate is completed over invited.
import { describe, expect, it } from 'vitest';
import {
  collectSurveys,
  describeCount,
  isSuppressed,
  responseRate,
  shownCount,
  surveyForMonth,
} from '../../../src/domain/board/surveys';
import type { Snapshot, Survey } from '../../../src/domain/schema';

const survey = (fields: Partial<Survey>): Survey => ({ id: 'temperature-1', name: 'Temperature check', ...fields });
const snap = (month: string, surveys?: Survey[]): Snapshot => ({ month, values: {}, surveys });

describe('collectSurveys', () => {
  it('counts a survey reported in several months once, as last reported', () => {
    const collected = collectSurveys([
      snap('2018-01', [survey({ completed: 99 })]),
      snap('2017-12', [survey({ completed: 90 })]),
    ]);
    expect(collected).toHaveLength(1);
    expect(collected[0]).toMatchObject({ id: 'temperature-1', completed: 99, month: '2018-01' });
  });

  it('orders surveys by closing date, or by the month reported when there is none', () => {
    const collected = collectSurveys([
      snap('2018-03', [survey({ id: 'b', closed: '2017-11-15' }), survey({ id: 'c' })]),
      snap('2018-01', [survey({ id: 'a', closed: '2018-01-10' })]),
      snap('2018-02'),
    ]);
    expect(collected.map((entry) => entry.id)).toEqual(['b', 'a', 'c']);
    expect(collectSurveys([])).toEqual([]);
  });
});

describe('responseRate', () => {
  it('is completed as a percentage of invited', () => {
    expect(responseRate(survey({ invited: 400, started: 109, completed: 99 }))).toBe(24.75);
    expect(responseRate(survey({ invited: 10, completed: 0 }))).toBe(0);
  });

  it('has none when either count is missing, or nobody was invited', () => {
    expect(responseRate(survey({ invited: 400 }))).toBeUndefined();
    expect(responseRate(survey({ completed: 99 }))).toBeUndefined();
    expect(responseRate(survey({ invited: 0, completed: 0 }))).toBeUndefined();
  });
});

describe('small counts', () => {
  it('suppresses 1 to 4, never 5 or more, and not 0 (nobody to identify)', () => {
    expect([0, 1, 4, 5, 17].map(isSuppressed)).toEqual([false, true, true, false, false]);
    expect(describeCount(3)).toBe('fewer than 5');
    expect(describeCount(5)).toBe('5');
    expect(describeCount(0)).toBe('0');
  });

  it('shows a count a publication withheld (null) as “fewer than 5”, and keeps a shown count a number for CSV', () => {
    expect(isSuppressed(null)).toBe(true);
    expect(describeCount(null)).toBe('fewer than 5');
    expect(shownCount(null)).toBe('fewer than 5');
    expect(shownCount(12)).toBe(12);
  });
});

describe('surveyForMonth', () => {
  const surveys = collectSurveys([snap('2017-12', [survey({ id: 'a' })]), snap('2018-03', [survey({ id: 'b' })])]);
  it('is the latest survey reported at or before the month', () => {
    expect(surveyForMonth(surveys, '2017-12')?.id).toBe('a');
    expect(surveyForMonth(surveys, '2018-02')?.id).toBe('a');
    expect(surveyForMonth(surveys, '2018-03')?.id).toBe('b');
  });

  it('has none before the first', () => {
    expect(surveyForMonth(surveys, '2017-11')).toBeUndefined();
  });
});
