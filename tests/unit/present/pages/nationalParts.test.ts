import { describe, expect, it } from 'vitest';
import { nationalComparators } from '../../../../mocks/fixtures';
import { nationalStanding } from '../../../../src/domain/board/nationalRank';
import {
  bandStripModel,
  compareNational,
  hasNational,
  indicatorNational,
  nationalTableCell,
  ownFigure,
  packNationalCell,
  standingIn,
  twoFigures,
} from '../../../../src/domain/present/pages/nationalParts';
import type { ComparatorsFile } from '../../../../src/domain/schema';
import { cellTexts, data } from './pageFixtures';

const indicator = (id: string) => data.indicators.find((candidate) => candidate.id === id)!;
const cp5 = indicator('CP5');
const wf1 = indicator('WF1');
const measureOf = (id: string, period: string) => nationalComparators.measures.find((measure) => measure.indicator === id && measure.period === period)!;

describe('hasNational', () => {
  it('is true only for a comparators.json with national figures: a file made before has none, and no column', () => {
    expect(hasNational(nationalComparators)).toBe(true);
    expect(hasNational(data.comparators)).toBe(false);
    expect(hasNational({ ...nationalComparators, national: [] })).toBe(false);
    expect(hasNational(undefined)).toBe(false);
  });
});

describe('ownFigure', () => {
  const series = [
    { month: '2018-01', value: 32 },
    { month: '2018-02', value: null },
  ];
  it('is the month’s own figure, and none for a month without a number or without a month', () => {
    expect(ownFigure(series, '2018-01')).toEqual({ month: '2018-01', value: 32 });
    expect(ownFigure(series, '2018-02')).toBeUndefined();
    expect(ownFigure(series, '2018-03')).toBeUndefined();
    expect(ownFigure(series, undefined)).toBeUndefined();
  });
});

describe('indicatorNational', () => {
  it('gives the line for the period in force at the month, and reconciles it with the month’s own figure', () => {
    const national = indicatorNational(nationalComparators, cp5, '2018-05', { month: '2018-05', value: 86 })!;
    expect(national.line).toBe('Band B: 46th of 151 councils in 2017-18, DfE published figure 52%');
    expect(national.twoFigures).toBe(
      '86% is Testshire’s own figure for May 2018, from its monthly returns; 52% is the DfE’s published figure for 2017-18 (April 2017 to March 2018), worked out from the counts the DfE publishes; they differ because they cover different periods (one month against a whole year).',
    );
  });

  it('follows the month back to the earlier period, and says nothing reconciling without a figure for the month', () => {
    const national = indicatorNational(nationalComparators, cp5, '2017-03', undefined)!;
    expect(national.line).toBe('Band D: 101st of 150 councils in 2016-17, DfE published figure 60%');
    expect(national.twoFigures).toBeUndefined();
  });

  it('says a definition differs where the mapping says so', () => {
    expect(indicatorNational(nationalComparators, wf1, '2018-05', { month: '2018-05', value: 30 })!.twoFigures).toContain(
      'they are defined differently: the DfE counts vacancies at 30 September, Testshire each month',
    );
  });

  it('is none for an indicator without national figures, for a month before the first period, or without the file', () => {
    expect(indicatorNational(nationalComparators, indicator('SUP1'), '2018-05', undefined)).toBeUndefined();
    expect(indicatorNational(nationalComparators, cp5, '2016-03', undefined)).toBeUndefined();
    expect(indicatorNational(undefined, cp5, '2018-05', undefined)).toBeUndefined();
  });
});

describe('twoFigures', () => {
  it('is none when the DfE published no number for the council', () => {
    expect(twoFigures(nationalComparators, cp5, { month: '2018-05', value: 86 }, { period: '2017-18', value: null })).toBeUndefined();
    expect(twoFigures(nationalComparators, cp5, { month: '2018-05', value: 86 }, undefined)).toBeUndefined();
  });
});

describe('bandStripModel', () => {
  it('gives every published period’s band, outlines the one in force at the month and says so in words, with the same as a table', () => {
    const strip = bandStripModel(nationalComparators, cp5, '2018-05')!;
    expect(strip.heading).toBe('Where Testshire stands nationally');
    expect(strip.bands).toEqual([
      { period: '2016-17', band: 'D', inForce: false },
      { period: '2017-18', band: 'B', inForce: true },
    ]);
    expect(strip.inForce).toBe('Outlined: 2017-18, the period in force for May 2018.');
    expect(strip.summary).toBe('Testshire’s national band for ICPC timeliness, 2016-17 to 2017-18: D, B (A is the best quarter of English councils, D the worst).');
    expect(strip.table.columns.map((column) => column.label)).toEqual(['Period', 'Band', 'National rank', 'DfE published figure']);
    expect(strip.table.columns[0]!.rowHeader).toBe(true);
    expect(cellTexts(strip.table)).toEqual([
      ['2016-17', 'D', '101st of 150', '60%'],
      ['2017-18', 'B', '46th of 151', '52%'],
    ]);
    expect(strip.rule).toMatch(/^National rank and band as the DfE’s Local Authority Interactive Tool sets them/);
  });

  it('outlines none before the first period, or without a month', () => {
    expect(bandStripModel(nationalComparators, cp5, '2016-01')!.bands.some((band) => band.inForce)).toBe(false);
    expect(bandStripModel(nationalComparators, cp5, '2016-01')!.inForce).toBeUndefined();
    expect(bandStripModel(nationalComparators, cp5, undefined)!.inForce).toBeUndefined();
  });

  it('is none without national figures for the indicator', () => {
    expect(bandStripModel(nationalComparators, indicator('SUP1'), '2018-05')).toBeUndefined();
    expect(bandStripModel(data.comparators, cp5, '2018-05')).toBeUndefined();
  });
});

describe('compareNational', () => {
  const figures = { own: { month: '2018-05', value: 86 }, council: 52 };

  it('gives the national line of the period shown, the neighbours’ model and method, and the next figures due', () => {
    expect(compareNational(nationalComparators, cp5, measureOf('CP5', '2017-18'), '2018-05', figures)).toEqual({
      national: 'Nationally: Band B: 46th of 151 councils in 2017-18, DfE published figure 52%.',
      method: 'Statistical neighbours: the 5 councils most like Testshire in the DfE statistical neighbour model, 2025; the figure in 2017-18 is the mean of the 4 of them that have one.',
      due: 'Next DfE figures due by 1 November 2018.',
      twoFigures: expect.stringMatching(/^86% is Testshire’s own figure for May 2018, from its monthly returns; 52% is the DfE’s published figure for 2017-18/),
    });
  });

  it('says the next figures are overdue from the month after the date expected', () => {
    expect(compareNational(nationalComparators, wf1, measureOf('WF1', 'at 30 Sep 2017'), '2018-03', { own: undefined, council: 25 }).due).toBe(
      'Next DfE figures overdue: expected by 28 February 2018.',
    );
    expect(compareNational(nationalComparators, wf1, measureOf('WF1', 'at 30 Sep 2017'), '2018-02', { own: undefined, council: 25 }).due).toBe(
      'Next DfE figures due by 28 February 2018.',
    );
  });

  it('says nothing is due for an earlier period than the latest, nor without a month; no line without national figures', () => {
    const earlier = compareNational(nationalComparators, cp5, measureOf('CP5', '2016-17'), '2018-05', { own: undefined, council: 60 });
    expect(earlier.due).toBeUndefined();
    expect(earlier.national).toBe('Nationally: Band D: 101st of 150 councils in 2016-17, DfE published figure 60%.');
    expect(earlier.method).toBe('Statistical neighbours: the 5 councils most like Testshire in the DfE statistical neighbour model, 2025; the figure in 2016-17 is the mean of all 5.');
    expect(compareNational(nationalComparators, cp5, measureOf('CP5', '2017-18'), undefined, figures).due).toBeUndefined();
    const before = compareNational(data.comparators!, cp5, measureOf('CP5', '2017-18'), '2018-05', figures);
    expect(before.national).toBeUndefined();
    expect(before.method).toContain('in the DfE’s statistical neighbour model;');
  });
});

describe('nationalTableCell', () => {
  const field = { indicator: 'CP5', period: '2017-18', of: 100, quartiles: [0, 25, 50, 75, 100] as [number, number, number, number, number] };
  const ranked = (value: number, higher: number) => nationalStanding({ ...field, value, higher, lower: 99 - higher }, 'up');

  it('says the band and rank in words, the period beside it where asked', () => {
    expect(nationalTableCell(ranked(90, 9), true)).toEqual({ text: 'Band A, 10th of 100', sort: expect.any(Number), detail: '2017-18' });
    expect(nationalTableCell(ranked(90, 9), false).detail).toBeUndefined();
    expect(nationalTableCell(undefined, true)).toEqual({ text: 'No DfE figure', sort: null });
  });

  it('sorts the best band first, then by rank as a share of the field; a council not ranked last', () => {
    const sorts = [ranked(90, 9), ranked(60, 39), ranked(55, 44), ranked(10, 89)].map((standing) => nationalTableCell(standing, false).sort as number);
    expect([...sorts].sort((a, b) => a - b)).toEqual(sorts);
    const withheld = nationalStanding({ ...field, value: null, symbol: 'low' }, 'up');
    expect(nationalTableCell(withheld, false)).toEqual({ text: 'Not ranked (published only as “low”)', sort: null });
  });
});

describe('packNationalCell', () => {
  it('names the period only where it differs from the England column’s', () => {
    const standing = standingIn(nationalComparators, cp5, '2016-17');
    expect(packNationalCell(standing, '2016-17')).toEqual({ text: 'Band D, 101st of 150', sort: expect.any(Number) });
    expect(packNationalCell(standing, '2017-18').detail).toBe('2016-17');
    expect(packNationalCell(standing, undefined).detail).toBe('2016-17');
    expect(packNationalCell(undefined, '2016-17')).toEqual({ text: 'No DfE figure', sort: null });
  });
});

describe('standingIn', () => {
  it('is the standing of the period asked for, none for another', () => {
    expect(standingIn(nationalComparators, cp5, '2016-17')).toMatchObject({ kind: 'ranked', rank: 101, band: 'D' });
    expect(standingIn(nationalComparators, cp5, '2015-16')).toBeUndefined();
    expect(standingIn({ ...nationalComparators, national: undefined } as ComparatorsFile, cp5, '2016-17')).toBeUndefined();
  });
});
