import { describe, expect, it } from 'vitest';
import type { YearToDate } from '../../../src/domain/board/yearToDate';
import { approvalWords, dueWords, narrativeParts, qualityWords, recalculationWords, trajectoryWords, yearToDateCell, yearToDateParts, yearToDateWords } from '../../../src/domain/present/planWords';

const percent = { unit: 'percent' } as const;
const figure = (extra: Partial<Extract<YearToDate, { kind: 'figure' }>>): YearToDate => ({
  kind: 'figure', aggregate: 'ratio', value: 81.23, period: '2018-19', from: '2018-04', to: '2019-02', months: 11, missing: [], ...extra,
});

describe('yearToDateWords', () => {
  it('says the year, how it is made and "April to March so far, 11 months"', () => {
    expect(yearToDateWords(figure({}), percent)).toEqual({
      value: '81.2%',
      period: 'Financial year 2018-19',
      span: 'April to March so far, 11 months',
      how: 'The year’s numerators added up, over its denominators added up.',
    });
  });

  it('drops "so far" for a whole year, and names a start after April and missing months', () => {
    expect(yearToDateWords(figure({ to: '2019-03', months: 12 }), percent).span).toBe('April to March, 12 months');
    expect(yearToDateWords(figure({ from: '2017-11', to: '2018-02', period: '2017-18', months: 4 }), percent).span).toBe('November to March so far (the data start in Nov 2017), 4 months');
    expect(yearToDateWords(figure({ aggregate: 'mean', to: '2018-06', months: 2, missing: ['2018-05'] }), percent).span).toBe('April to March so far, 2 of 3 months (no figure for May 2018)');
  });

  it('says why there is no figure', () => {
    const none: YearToDate = { kind: 'no-figure', aggregate: 'ratio', period: '2018-19', from: '2018-04', to: '2018-05', reason: 'May 2018 has no numerator and denominator, so …' };
    expect(yearToDateWords(none, percent)).toMatchObject({ value: 'No figure', how: 'No year-to-date figure: May 2018 has no numerator and denominator, so ….' });
    expect(yearToDateCell(none, percent)).toBe('No figure (2018-19)');
    expect(yearToDateCell(figure({}), percent)).toBe('81.2% (2018-19, 11 months)');
    expect(yearToDateCell(undefined, percent)).toBe('–');
  });
  it('splits the same words for a narrow column: the figure, then its year and months', () => {
    expect(yearToDateParts(figure({}), percent)).toEqual({ value: '81.2%', detail: '2018-19, 11 months' });
    expect(yearToDateParts(figure({ months: 1 }), percent)).toEqual({ value: '81.2%', detail: '2018-19, 1 month' });
    expect(yearToDateParts(undefined, percent)).toEqual({ value: '–', detail: undefined });
  });
});

describe('the plan’s other words', () => {
  it('quality and trajectory in words', () => {
    expect(qualityWords('poor')).toBe('Poor quality: not yet reliable');
    expect(qualityWords(undefined)).toBe('Not stated');
    expect(trajectoryWords({ status: 'behind' })).toBe('Behind trajectory');
    expect(trajectoryWords({ status: undefined })).toBe('Not available');
    expect(trajectoryWords(undefined)).toBe('No trajectory');
  });

  it('the narrative’s given parts, under the board’s headings, in order', () => {
    expect(narrativeParts({ whatWeAreDoing: 'Daily slots', whatItShows: 'Low', owner: 'Head of CP' }).map((part) => part.heading)).toEqual(['What the figure shows', 'What we are doing']);
    expect(narrativeParts(undefined)).toEqual([]);
  });

  it('due dates, approvals and recalculation points', () => {
    expect(dueWords({ due: '2018-06-30', revisedDue: '2018-09-30' })).toBe('30 June 2018, revised to 30 September 2018');
    expect(dueWords({})).toBe('No date');
    expect(approvalWords({ approvedBy: 'Improvement Board', approved: '2018-03-20' })).toBe('Improvement Board, 20 March 2018');
    expect(approvalWords({})).toBe('Not recorded');
    expect(recalculationWords({ month: '2018-04', reason: 'New front door model' })).toBe('Apr 2018 (New front door model)');
  });
});
