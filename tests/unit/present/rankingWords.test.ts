// A council's rank among its statistical neighbours (board/ranking.ts) in words: ordinals, what
// 1st means, a figure not published, and the chart's sentence.
import { describe, expect, it } from 'vitest';
import { rankCouncils } from '../../../src/domain/board/ranking';
import type { Indicator } from '../../../src/domain/schema';
import { describeRanking, notPublishedText, ordinal, rankingRule } from '../../../src/domain/present/rankingWords';

const icpc: Indicator = { id: 'CP5', name: 'ICPCs within 15 working days', shortName: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up' };

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
