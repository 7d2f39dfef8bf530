// One indicator's month in the words every page gives it.
import { describe, expect, it } from 'vitest';
import { arrowOf, changeWords, indicatorHref, statusTag } from '../../../src/domain/present/statusWords';
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

const read = (variation: 'common-cause' | 'improvement' | 'concern' | 'neutral-high') => ({ ...spc, variation, tooFewPoints: false, points: 18 });

describe('changeWords', () => {
  it('says there is no earlier figure, with no arrow and no figure before', () => {
    expect(changeWords({ indicator: up, travel: undefined, spc, value: 30 })).toEqual({ text: 'No earlier figure', full: 'No earlier figure', direction: 'none' });
  });
  it('gives a change the SPC signals its word, arrow, colour and both figures', () => {
    expect(changeWords({ indicator: up, travel: travel('improved', 20), spc: read('improvement'), value: 30 })).toEqual({
      text: 'Improved', full: 'Improved (20% → 30%)', direction: 'improved', arrow: '↑'
    });
    expect(changeWords({ indicator: up, travel: travel('worsened', 30), spc: read('concern'), value: 20 })).toMatchObject({ full: 'Worsened (30% → 20%)', direction: 'worsened', arrow: '↓' });
  });
  it('keeps a move inside the noise quiet: no arrow, no colour, even inside an improving process', () => {
    expect(changeWords({ indicator: up, travel: travel('worsened', 86.5), spc: read('improvement'), value: 86.3 })).toEqual({
      text: 'No significant change', full: 'No significant change (86.5% → 86.3%)', direction: 'quiet',
    });
    expect(changeWords({ indicator: up, travel: travel('improved', 20), spc: read('common-cause'), value: 21 })).toMatchObject({ text: 'No significant change', direction: 'quiet' });
  });
  it('says which way it moved, quietly, before the SPC can judge; and one figure when it did not move', () => {
    expect(changeWords({ indicator: up, travel: travel('worsened', 30), spc, value: 20 })).toMatchObject({ full: 'Down (30% → 20%): too few months to judge', direction: 'quiet' });
    expect(changeWords({ indicator: up, travel: travel('no-change', 30), spc: read('improvement'), value: 30.01 })).toMatchObject({ full: 'No change (30%)', direction: 'quiet' });
  });
  it('gives a neutral indicator’s signalled move Up or Down, with its arrow but no colour of its own', () => {
    const neutral: Indicator = { ...up, polarity: 'neutral' };
    expect(changeWords({ indicator: neutral, travel: travel('up', 20), spc: read('neutral-high'), value: 30 })).toMatchObject({ full: 'Up (20% → 30%)', direction: 'up', arrow: '↑' });
  });
});

describe('statusTag', () => {
  const down: Indicator = { ...up, polarity: 'down' };
  it('says the RAG against the target in force, above or below by the polarity', () => {
    expect(statusTag({ indicator: up, rag: 'green', value: 86, threshold: { target: 85 } })).toEqual({ tone: 'green', text: 'Green: meets the 85% target' });
    expect(statusTag({ indicator: up, rag: 'red', value: 60, threshold: { target: 85, amber: 75 } })).toEqual({ tone: 'red', text: 'Red: below the 85% target' });
    expect(statusTag({ indicator: down, rag: 'amber', value: 22, threshold: { target: 20, amber: 25 } })).toEqual({ tone: 'amber', text: 'Amber: above the 20% target' });
  });
  it('says why there is no RAG, and has no status beside a figure that is not available', () => {
    expect(statusTag({ indicator: up, rag: undefined, value: 50, threshold: undefined })).toEqual({ tone: 'none', text: 'No target' });
    expect(statusTag({ indicator: { ...up, polarity: 'neutral' }, rag: undefined, value: 50, threshold: undefined })).toEqual({ tone: 'none', text: 'Context only' });
    expect(statusTag({ indicator: up, rag: undefined, value: null, threshold: { target: 85 } })).toBeUndefined();
  });
});

describe('indicatorHref', () => {
  it('links to an indicator’s page, for a month when one is given, with the id made safe', () => {
    expect(indicatorHref('CP5', '2019-03')).toBe('/indicator/CP5/?month=2019-03');
    expect(indicatorHref('A/B')).toBe('/indicator/A%2FB/');
  });
});
