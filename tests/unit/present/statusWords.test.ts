// One indicator's month in the words every page gives it.
import { describe, expect, it } from 'vitest';
import { directionWord } from '../../../src/domain/present/changeWords';
import { arrowOf, changeWords, indicatorHref } from '../../../src/domain/present/statusWords';
import type { Indicator } from '../../../src/domain/schema';

const up: Indicator = { id: 'UP1', name: 'Visits in time', area: 'A', unit: 'percent', polarity: 'up', priority: true };
const travel = (direction: 'improved' | 'worsened' | 'no-change' | 'up' | 'down', previousValue: number) => ({ direction, previousMonth: '2018-02', previousValue });
const spc = { variation: undefined, assurance: 'none' as const, recalculateFrom: undefined, changedBy: undefined, signal: undefined, tooFewPoints: true, points: 3 };

describe('arrowOf', () => {
  it('points the way the figure moved, whatever that means for the board', () => {
    expect(arrowOf(travel('worsened', 20), 30)).toBe('↑');
    expect(arrowOf(travel('improved', 30), 20)).toBe('↓');
    expect(arrowOf(travel('no-change', 30), 30.01)).toBe('→');
    expect(arrowOf(travel('improved', 30), null)).toBe('→');
  });
});

describe('changeWords', () => {
  it('says there is no earlier figure, with no arrow and no figure before', () => {
    expect(changeWords({ indicator: up, travel: undefined, spc, value: 30 })).toEqual({ text: 'No earlier figure', direction: 'none' });
  });
  it('gives the officers’ word, the arrow and the figure it moved from; or other words for it when asked', () => {
    const status = { indicator: up, travel: travel('improved', 20), spc, value: 30 };
    expect(changeWords(status)).toEqual({ text: 'Improved', direction: 'improved', arrow: '↑', previous: 'from 20% in Feb 2018' });
    expect(changeWords(status, directionWord).text).toBe('Improved');
  });
});

describe('indicatorHref', () => {
  it('links to an indicator’s page, for a month when one is given, with the id made safe', () => {
    expect(indicatorHref('CP5', '2019-03')).toBe('/indicator/CP5/?month=2019-03');
    expect(indicatorHref('A/B')).toBe('/indicator/A%2FB/');
  });
});
