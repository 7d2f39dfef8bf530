// Two figures for one measure, reconciled in one sentence (src/domain/present/twoFigures.ts): which
// is which, for which period, and why they differ.
import { describe, expect, it } from 'vitest';
import { twoFiguresSentence } from '../../../src/domain/present/twoFigures';

const percent = { unit: 'percent' as const };

describe('twoFiguresSentence', () => {
  it('the councillor’s case: the Overview’s 86.3% for March 2019 and Compare’s 65.3% for 2018-19, worked out from counts', () => {
    expect(
      twoFiguresSentence(percent, 'Croydon', { month: '2019-03', value: 86.3 }, { period: '2018-19', value: 65.3, calculated: '100 × (Duration_0-10_days + Duration_11-15_days) / ICPC' }),
    ).toBe(
      '86.3% is Croydon’s own figure for March 2019, from its monthly returns; 65.3% is the DfE’s published figure for 2018-19 (April 2018 to March 2019), worked out from the counts the DfE publishes; they differ because they cover different periods (one month against a whole year).',
    );
  });

  it('a workforce census and a definition the mapping says differs', () => {
    expect(
      twoFiguresSentence(percent, 'Croydon', { month: '2019-03', value: 21.4 }, {
        period: 'at 30 Sep 2018',
        value: 18.3,
        definitionDifference: 'the DfE divides the year’s leavers by the social workers in post at 30 September, Croydon by the average number in post over the 12 months',
      }),
    ).toBe(
      '21.4% is Croydon’s own figure for March 2019, from its monthly returns; 18.3% is the DfE’s published figure at 30 Sep 2018; they differ because they describe different dates (March 2019 against 30 Sep 2018) and they are defined differently: the DfE divides the year’s leavers by the social workers in post at 30 September, Croydon by the average number in post over the 12 months.',
    );
  });

  it('a count beside a percentage', () => {
    expect(twoFiguresSentence({ unit: 'count' }, 'Croydon', { month: '2018-11', value: 37 }, { period: '2017-18', value: 52, unit: 'percent' })).toBe(
      '37 is Croydon’s own figure for November 2018, from its monthly returns; 52% is the DfE’s published figure for 2017-18 (April 2017 to March 2018); they differ because they cover different periods (one month against a whole year) and one is a count and the other a percentage.',
    );
  });

  it('the census month itself: the same date, so no period is blamed', () => {
    expect(twoFiguresSentence(percent, 'Croydon', { month: '2018-09', value: 35.7 }, { period: 'at 30 Sep 2018', value: 35.7 })).toBe(
      '35.7% is Croydon’s own figure for September 2018, from its monthly returns; 35.7% is the DfE’s published figure at 30 Sep 2018; both describe the same date, so any difference lies in what each counts and when it was recorded.',
    );
  });

  it('a period written some other way is named as it is', () => {
    expect(twoFiguresSentence(percent, 'Croydon', { month: '2018-09', value: 30 }, { period: '2018', value: 31 })).toMatch(
      /DfE’s published figure for 2018; they differ because they cover different periods \(September 2018 against 2018\)\.$/,
    );
  });
});
