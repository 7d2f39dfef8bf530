// No card contradicts itself: where two signals on one card point different ways, the card says
// why. Unit cases for each kind of pair, then a walk over every card of every month of the sample
// data and of ten generated years, judging the card by the words it shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLargeData } from '../../../scripts/generateLargeData';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import { cardSignals, contradictions, moveReading } from '../../../src/domain/board/cardSignals';
import { monthView } from '../../../src/domain/board/monthView';
import type { IndicatorStatus } from '../../../src/domain/board/status';
import { changeWord } from '../../../src/domain/present/changeWords';
import { reconcile, reconcilingSentence } from '../../../src/domain/present/reconcile';
import { ragLabel } from '../../../src/domain/present/words';
import { comparisonWord } from '../../../src/domain/present/comparisonWords';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../../src/domain/present/spcWords';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A status with only the fields the signals read; the rest as an empty month would have them. */
function status(over: Partial<IndicatorStatus>): IndicatorStatus {
  return {
    indicator: { id: 'X', name: 'Vacancy rate', area: 'Workforce', unit: 'percent', polarity: 'down', target: 25 },
    month: '2019-03', point: undefined, value: 20.2, rag: undefined, travel: undefined,
    threshold: { target: 25 }, england: { label: 'England', period: 'at 30 Sep 2018', value: 16.5 },
    vsEngland: undefined, smallDenominator: undefined, series: [], variation: undefined, assurance: 'none',
    spc: { variation: undefined, assurance: 'none', recalculateFrom: undefined, changedBy: undefined, signal: undefined, points: 18, tooFewPoints: false },
    ...over,
  } as IndicatorStatus;
}
const travel = (direction: 'improved' | 'worsened') => ({ direction, previousMonth: '2019-02', previousValue: 21.6 });
const withSpc = (variation: IndicatorStatus['variation']) => ({ variation, spc: { ...status({}).spc, variation } });

describe('card signals', () => {
  it('reads each signal as good or bad, and amber, hit and miss, recalculate and similar as neither', () => {
    expect(cardSignals(status({ rag: 'green', assurance: 'consistently-missed', vsEngland: 'worse' }))).toEqual([
      { axis: 'rag', leaning: 1 }, { axis: 'assurance', leaning: -1 }, { axis: 'england', leaning: -1 },
    ]);
    expect(cardSignals(status({ rag: 'amber', assurance: 'recalculate', vsEngland: 'similar' }))).toEqual([]);
    expect(cardSignals(status({ assurance: 'hit-and-miss', ...withSpc('common-cause') }))).toEqual([]);
  });

  it('reads a move as a change only when the SPC signals it that way: inside the noise it is no significant change', () => {
    const noise = status({ rag: 'green', travel: travel('worsened'), ...withSpc('common-cause') });
    expect(moveReading(noise)).toBe('noise');
    expect(contradictions(noise)).toEqual([]);
    expect(changeWord(noise)).toBe('No significant change');
    // A dip inside an improving process is noise too: no "worsened" against "improving".
    const dip = status({ rag: 'green', travel: travel('worsened'), ...withSpc('improvement') });
    expect(moveReading(dip)).toBe('noise');
    expect(contradictions(dip)).toEqual([]);
    expect(moveReading(status({ travel: travel('worsened'), ...withSpc('concern') }))).toBe('change');
    expect(moveReading(status({ travel: travel('worsened') }))).toBe('unjudged'); // no SPC reading yet
    expect(moveReading(status({ travel: { ...travel('worsened'), direction: 'no-change' } }))).toBe('same');
    expect(moveReading(status({}))).toBe('none');
  });

  it('shows RAG against variation beside the card’s direction only when the direction is that change', () => {
    const redImproving = status({ rag: 'red', travel: travel('improved'), ...withSpc('improvement') });
    expect(reconcile(redImproving).map((entry) => [entry.good, entry.bad, entry.plain])).toEqual([['variation', 'rag', true]]);
    const redImprovingQuietly = status({ rag: 'red', travel: travel('worsened'), ...withSpc('improvement') });
    expect(reconcile(redImprovingQuietly).map((entry) => entry.plain)).toEqual([false]);
    expect(reconcilingSentence(redImprovingQuietly, true)).toBeUndefined();
    expect(reconcilingSentence(redImprovingQuietly, false)).toMatch(/^Improving but red/);
  });
});

describe('the reconciling sentence', () => {
  it('explains green but worse than England by the target', () => {
    expect(reconcilingSentence(status({ rag: 'green', vsEngland: 'worse' }))).toBe(
      'Green but worse than England: our target of 25% is less demanding than England’s figure of 16.5%, at 30 Sep 2018.',
    );
  });

  it('explains green but “will miss target”', () => {
    expect(reconcilingSentence(status({ rag: 'green', assurance: 'consistently-missed' }))).toMatch(
      /^Green but “will miss target”: this month met the target of 25%, but the process limits, worked out over earlier months, say it will usually be missed/,
    );
  });

  it('explains red but improving', () => {
    expect(reconcilingSentence(status({ rag: 'red', ...withSpc('improvement') }))).toBe(
      'Improving but red: it is improving by more than chance but has not yet reached the target of 25%.',
    );
  });

  it('says nothing when the signals agree', () => {
    expect(reconcilingSentence(status({ rag: 'green', vsEngland: 'better', ...withSpc('improvement') }))).toBeUndefined();
  });

  it('has its own sentence for every pair of different signals', () => {
    const good: Record<string, Partial<IndicatorStatus>> = {
      rag: { rag: 'green' }, assurance: { assurance: 'consistently-met' }, variation: withSpc('improvement'), england: { vsEngland: 'better' },
    };
    const bad: Record<string, Partial<IndicatorStatus>> = {
      rag: { rag: 'red' }, assurance: { assurance: 'consistently-missed' }, variation: withSpc('concern'), england: { vsEngland: 'worse' },
    };
    const sentences = new Set<string>();
    for (const [g, goodFields] of Object.entries(good)) {
      for (const [b, badFields] of Object.entries(bad)) {
        if (g === b) continue;
        const found = reconcile(status({ ...goodFields, ...badFields })).find((entry) => entry.good === g && entry.bad === b);
        expect(found, `${g} but ${b}`).toBeDefined();
        expect(found!.sentence).toMatch(/^[A-Z“][^:]+ but [^:]+: .{20,}\.$/);
        sentences.add(found!.sentence);
      }
    }
    expect(sentences.size).toBe(12);
  });
});

// ---------- the walk: judged by the words on the card, not by cardSignals ----------

const GOOD_WORDS = new Set(['Green', ASSURANCE_WORDS['consistently-met'].short, VARIATION_WORDS.improvement.short, 'Improved', 'Better']);
const BAD_WORDS = new Set(['Red', ASSURANCE_WORDS['consistently-missed'].short, VARIATION_WORDS.concern.short, 'Worsened', 'Worse']);

/** The words a card shows for its signals: RAG, variation, assurance, change, vs England. */
function cardWords(card: IndicatorStatus): string[] {
  return [
    ragLabel(card.indicator.polarity, card.rag, card.value),
    card.variation ? VARIATION_WORDS[card.variation].short : '',
    ASSURANCE_WORDS[card.assurance].short,
    changeWord(card),
    comparisonWord(card.vsEngland),
  ];
}

function walk(folder: string) {
  const { dataset } = checkFolder(folder);
  let cards = 0;
  let explained = 0;
  const unexplained: string[] = [];
  for (const snapshot of dataset.snapshots) {
    for (const card of monthView(dataset, snapshot.month).indicators) {
      cards++;
      const words = cardWords(card);
      const conflict = words.some((word) => GOOD_WORDS.has(word)) && words.some((word) => BAD_WORDS.has(word));
      if (!conflict) continue;
      const sentence = reconcilingSentence(card);
      if (sentence) explained++;
      else unexplained.push(`${snapshot.month} ${card.indicator.id}: ${words.filter(Boolean).join(', ')}`);
    }
  }
  return { cards, explained, unexplained };
}

describe('every card of every month', () => {
  it('leaves no contradiction unexplained in the sample data', () => {
    const result = walk(join(root, 'data'));
    expect(result.cards).toBeGreaterThan(200);
    expect(result.explained).toBeGreaterThan(0); // the sample data has contradictions to explain
    expect(result.unexplained).toEqual([]);
  });

  it('leaves no contradiction unexplained in ten generated years', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reconcile-'));
    folders.push(folder);
    generateLargeData(folder, { years: 10, indicators: 24, priority: 12, seed: 14 });
    const result = walk(folder);
    expect(result.cards).toBe(24 * 120);
    expect(result.explained).toBeGreaterThan(0);
    expect(result.unexplained).toEqual([]);
  }, 60_000);
});
