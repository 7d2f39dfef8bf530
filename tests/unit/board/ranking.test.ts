// Ranking the council among its statistical neighbours (src/domain/board/ranking.ts): polarity, ties,
// missing figures, and which period is shown for a chosen year. Its words: present/rankingWords.test.ts.
import { describe, expect, it } from 'vitest';
import { measuresFor, rankCouncils, yearOfPeriod, yearsOf } from '../../../src/domain/board/ranking';
import { rankText } from '../../../src/domain/present/rankingWords';

const values = [
  { la: 'Croydon', value: 52, council: true },
  { la: 'Lewisham', value: 67.9 },
  { la: 'Hackney', value: null, note: 'suppressed (c)' },
  { la: 'Milton Keynes', value: 94.9 },
  { la: 'Barnet', value: 64.5 },
];
const order = (ranked: { la: string; rank: number | null }[]) => ranked.map((entry) => `${entry.rank ?? '-'} ${entry.la}`);

describe('rankCouncils', () => {
  it('up: the highest figure is 1st', () => {
    expect(order(rankCouncils(values, 'up'))).toEqual(['1 Milton Keynes', '2 Lewisham', '3 Barnet', '4 Croydon', '- Hackney']);
  });

  it('down: the lowest figure is 1st', () => {
    expect(order(rankCouncils(values, 'down'))).toEqual(['1 Croydon', '2 Barnet', '3 Lewisham', '4 Milton Keynes', '- Hackney']);
  });

  it('neutral: ordered highest first, like up', () => {
    expect(order(rankCouncils(values, 'neutral'))).toEqual(order(rankCouncils(values, 'up')));
  });

  it('ties share a rank, the next rank skips, and tied councils are in name order', () => {
    const tied = [
      { la: 'Reading', value: 20 },
      { la: 'Croydon', value: 18.3 },
      { la: 'Barnet', value: 18.3 },
      { la: 'Leeds', value: 15 },
    ];
    const ranked = rankCouncils(tied, 'up');
    expect(order(ranked)).toEqual(['1 Reading', '2 Barnet', '2 Croydon', '4 Leeds']);
    expect(ranked.map((entry) => entry.joint)).toEqual([false, true, true, false]);
    expect(rankText(ranked[1]!)).toBe('Joint 2nd');
    expect(rankText(ranked[3]!)).toBe('4th');
  });

  it('a missing figure is unranked and last, never counted as 0', () => {
    const withZero = [
      { la: 'Southend-on-Sea', value: null },
      { la: 'Croydon', value: 0 },
      { la: 'Barnet', value: 3 },
      { la: 'Aldershire', value: null },
    ];
    const ranked = rankCouncils(withZero, 'down');
    expect(order(ranked)).toEqual(['1 Croydon', '2 Barnet', '- Aldershire', '- Southend-on-Sea']);
    expect(rankText(ranked[2]!)).toBe('Not ranked');
  });

  it('keeps the other fields and does not change its input', () => {
    const copy = structuredClone(values);
    const ranked = rankCouncils(values, 'up');
    expect(ranked.find((entry) => entry.la === 'Croydon')).toMatchObject({ council: true, rank: 4 });
    expect(ranked.find((entry) => entry.la === 'Hackney')).toMatchObject({ note: 'suppressed (c)', rank: null });
    expect(values).toEqual(copy);
  });

  it('no councils: nothing to rank', () => {
    expect(rankCouncils([], 'up')).toEqual([]);
  });
});

describe('periods', () => {
  it('puts a workforce snapshot at 30 September in its financial year', () => {
    expect(yearOfPeriod('2017-18')).toBe('2017-18');
    expect(yearOfPeriod('1999-00')).toBe('1999-00');
    expect(yearOfPeriod('at 30 Sep 2017')).toBe('2017-18');
    expect(yearOfPeriod('at 30 Sep 2099')).toBe('2099-00');
    expect(yearOfPeriod('2017-19')).toBeUndefined();
    expect(yearOfPeriod('2018')).toBeUndefined();
  });

  const measures = [
    { indicator: 'CP5', period: '2017-18' },
    { indicator: 'CP5', period: '2018-19' },
    { indicator: 'WF1', period: 'at 30 Sep 2017' },
    { indicator: 'WF1', period: 'at 30 Sep 2019' },
    { indicator: 'WF1', period: 'at 30 Sep 2018' },
  ];

  it('lists the years with a measure, latest first', () => {
    expect(yearsOf(measures)).toEqual(['2019-20', '2018-19', '2017-18']);
  });

  it('without a year, shows each indicator’s latest period, whatever the order in the file', () => {
    expect(measuresFor(measures).map((entry) => `${entry.indicator} ${entry.measure?.period}`)).toEqual(['CP5 2018-19', 'WF1 at 30 Sep 2019']);
  });

  it('for a year, the measure in that year, or none', () => {
    expect(measuresFor(measures, '2017-18').map((entry) => entry.measure?.period)).toEqual(['2017-18', 'at 30 Sep 2017']);
    expect(measuresFor(measures, '2019-20').map((entry) => entry.measure?.period)).toEqual([undefined, 'at 30 Sep 2019']);
  });
});
