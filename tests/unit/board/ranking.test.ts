// Ranking the council among its statistical neighbours (src/domain/board/ranking.ts): polarity, ties,
// missing figures, the words of the sentence, and which period is shown for a chosen year.
import { describe, expect, it } from 'vitest';
import {
  describeRanking,
  measuresFor,
  notPublishedText,
  ordinal,
  rankCouncils,
  rankingRule,
  rankText,
  yearOfPeriod,
  yearsOf,
} from '../../../src/domain/board/ranking';
import type { Indicator } from '../../../src/domain/schema';

const values = [
  { la: 'Croydon', value: 52, council: true },
  { la: 'Lewisham', value: 67.9 },
  { la: 'Hackney', value: null, note: 'suppressed (c)' },
  { la: 'Milton Keynes', value: 94.9 },
  { la: 'Barnet', value: 64.5 },
];
const order = (ranked: { la: string; rank: number | null }[]) => ranked.map((entry) => `${entry.rank ?? '-'} ${entry.la}`);

const icpc: Indicator = { id: 'CP5', name: 'ICPCs within 15 working days', shortName: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up' };

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

describe('words', () => {
  it.each([
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'],
    [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th'], [112, '112th'],
  ])('ordinal(%i) is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

  it('says what 1st means: best for up and down, highest (not best) for neutral', () => {
    expect(rankingRule('up')).toMatch(/best to worst: higher is better/);
    expect(rankingRule('down')).toMatch(/best to worst: lower is better/);
    expect(rankingRule('neutral')).toMatch(/highest to lowest/);
    expect(rankingRule('neutral')).toMatch(/not the best/);
  });

  it('a missing figure reads "Not published (suppressed)", without the DfE symbol', () => {
    expect(notPublishedText('suppressed (c)')).toBe('Not published (suppressed)');
    expect(notPublishedText('not available (x)')).toBe('Not published (not available)');
    expect(notPublishedText('not published')).toBe('Not published');
    expect(notPublishedText(undefined)).toBe('Not published');
  });
});

describe('describeRanking', () => {
  const measure = { period: '2017-18', england: 76.9, neighbourMean: 61.2 };
  const eleven = [
    { la: 'Croydon', value: 52, council: true },
    ...[90, 85, 80, 75, 70, 65, 50, 45, 40, 35].map((value, index) => ({ la: `Neighbour ${index + 1}`, value })),
  ];

  it('gives the rank, the figure, the neighbour mean and England in one sentence', () => {
    expect(describeRanking(icpc, measure, rankCouncils(eleven, 'up'), 'Croydon')).toBe(
      'Croydon ranks 7th of 11 among its statistical neighbours for ICPC timeliness in 2017-18 (52%; neighbour mean 61.2%; England 76.9%).',
    );
  });

  it('counts only councils with a figure, and says how many have none', () => {
    const some = eleven.map((entry, index) => (index === 3 ? { ...entry, value: null, note: 'suppressed (c)' } : entry));
    expect(describeRanking(icpc, measure, rankCouncils(some, 'up'), 'Croydon')).toBe(
      'Croydon ranks 6th of 10 among its statistical neighbours for ICPC timeliness in 2017-18 (52%; neighbour mean 61.2%; England 76.9%); 1 neighbour’s figure is not published.',
    );
  });

  it('says "joint" for a tie', () => {
    const tie = [{ la: 'Croydon', value: 40, council: true }, { la: 'Barnet', value: 40 }, { la: 'Leeds', value: 30 }];
    expect(describeRanking(icpc, { period: '2017-18' }, rankCouncils(tie, 'up'), 'Croydon')).toBe(
      'Croydon ranks joint 1st of 3 among its statistical neighbours for ICPC timeliness in 2017-18 (40%).',
    );
  });

  it('a neutral measure says "highest", never a rank that sounds like "best"', () => {
    const demand: Indicator = { ...icpc, shortName: 'Front door demand', unit: 'number', polarity: 'neutral' };
    const figures = [{ la: 'Croydon', value: 70, council: true }, { la: 'Barnet', value: 80 }, { la: 'Leeds', value: 60 }];
    const sentence = describeRanking(demand, { period: '2017-18' }, rankCouncils(figures, 'neutral'), 'Croydon');
    expect(sentence).toBe('Croydon has the 2nd highest figure of 3 among its statistical neighbours for Front door demand in 2017-18 (70).');
    expect(sentence).not.toMatch(/best|ranks/);
    const top = describeRanking(demand, { period: '2017-18' }, rankCouncils([{ ...figures[0]!, value: 90 }, ...figures.slice(1)], 'neutral'), 'Croydon');
    expect(top).toContain('Croydon has the highest figure of 3');
  });

  it('a council without a published figure is not ranked, and the sentence says why', () => {
    const suppressed = [{ la: 'Croydon', value: null, council: true, note: 'suppressed (c)' }, { la: 'Barnet', value: 40 }];
    expect(describeRanking(icpc, measure, rankCouncils(suppressed, 'up'), 'Croydon')).toBe(
      'Croydon’s figure for ICPC timeliness in 2017-18 is not published (suppressed), so it is not ranked among its statistical neighbours (neighbour mean 61.2%; England 76.9%).',
    );
  });

  it('says "at" for a snapshot period rather than "in"', () => {
    const vacancy: Indicator = { ...icpc, shortName: 'Vacancy rate', polarity: 'down' };
    const figures = [{ la: 'Croydon', value: 25, council: true }, { la: 'Barnet', value: 17 }];
    expect(describeRanking(vacancy, { period: 'at 30 Sep 2017' }, rankCouncils(figures, 'down'), 'Croydon')).toBe(
      'Croydon ranks 2nd of 2 among its statistical neighbours for Vacancy rate at 30 Sep 2017 (25%).',
    );
  });

  it('finds the council by name when no entry is marked', () => {
    const unmarked = [{ la: 'Croydon', value: 30 }, { la: 'Barnet', value: 40 }];
    expect(describeRanking(icpc, { period: '2017-18' }, rankCouncils(unmarked, 'down'), 'croydon')).toMatch(/^Croydon ranks 1st of 2 /);
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
