import { describe, expect, it } from 'vitest';
import { overviewModel } from '../../../../src/domain/present/pages/overview';
import { ragCountSentence } from '../../../../src/domain/present/ragCounts';
import { data, marks, planData } from './pageFixtures';

describe('overviewModel', () => {
  const may = overviewModel(data, '2018-05');

  it('counts the priority indicators’ RAGs for the month, with those that have none', () => {
    expect(ragCountSentence(may.glance)).toBe('Of 4 priority indicators in May 2018: 1 green, 1 amber, 1 red, 1 with no RAG.');
    expect(may.months).toEqual(['2018-01', '2018-02', '2018-03', '2018-05']);
    expect(may.provisional).toBe(false);
  });

  it('gives a card per priority indicator: figure, one status against the target, one direction, the target line one tap away', () => {
    expect(may.cards.map((card) => card.id)).toEqual(['CP5', 'WF1', 'FD2', 'SUP1']);
    const [icpc, vacancy, demand] = may.cards;
    expect(icpc).toMatchObject({ figure: '86%', tone: 'green', status: { tone: 'green', text: 'Green: meets the 85% target' }, href: '/indicator/CP5/?month=2018-05' });
    // Five months: too few for the SPC to tell a change from noise, so the move is said quietly, with no arrow.
    expect(icpc!.direction).toEqual({ text: 'Up', full: 'Up (71.4% → 86%): too few months to judge', direction: 'quiet' });
    expect(icpc!.more.target).toEqual({ target: '85%', rule: 'Green at 85% or more; amber from 75%; red below' });
    expect(icpc!.more.summary).toBe('More about this figure');
    // A down indicator above its target; a rise is still only "Up" before the SPC can judge it.
    expect(vacancy!.status!.text).toMatch(/^(Red|Amber): above the \d+% target$/);
    expect(vacancy!.direction).toMatchObject({ text: 'Up', direction: 'quiet' });
    // A neutral indicator: no RAG, no target, and Up rather than a judgement.
    expect(demand).toMatchObject({ status: { tone: 'none', text: 'Context only' }, more: { target: { target: 'None: context only' } }, direction: { text: 'Up' } });
  });

  it('says a month is provisional, and a first month has no earlier figure', () => {
    const provisional = overviewModel({ ...data, snapshots: data.snapshots.map((snapshot) => (snapshot.month === '2018-05' ? { ...snapshot, status: 'provisional' as const } : snapshot)) }, '2018-05');
    expect(provisional.provisional).toBe(true);
    expect(overviewModel(data, '2018-01').cards[0]!.direction).toEqual({ text: 'No earlier figure', full: 'No earlier figure', direction: 'none' });
  });

  it('gives the sparkline the last twelve months, with gaps as null and a sentence saying what it shows', () => {
    const spark = overviewModel(data, '2018-03').cards.find((card) => card.id === 'SUP1')!.sparkline;
    expect(spark.points).toEqual([
      { month: '2018-01', value: 43 },
      { month: '2018-02', value: null },
      { month: '2018-03', value: 50 },
    ]);
    expect(spark.label).toBe('Last 3 months: from 43% in Jan 2018 to 50% in Mar 2018.');
    expect(spark.target).toBe(90);
  });

  it('flags a small denominator and a month’s note on its card', () => {
    const march = overviewModel(data, '2018-03');
    expect(march.cards[0]!.smallNumber).toBe('Small number: based on 7 children');
    const february = overviewModel(data, '2018-02');
    const supervision = february.cards.find((card) => card.id === 'SUP1')!;
    expect(supervision.note).toBe('Note: Not reportable from the case system this month');
    // No figure: the figure says "Not available", once, and there is no status beside it.
    expect(supervision.figure).toBe('Not available');
    expect(supervision.status).toBeUndefined();
  });

  it('marks each glossary term once, first where the page first uses it: the exceptions, then the summary, then the cards', () => {
    const all = [
      ...may.exceptions.items.flatMap((item) => [item.name, item.reasons]),
      ...may.summary.flatMap((list) => list.items.map((item) => item.terms)),
      ...may.cards.flatMap((card) => [card.title, card.reconcile, card.more.spcNote, card.more.reconcile, card.more.definition]),
    ].flatMap(marks);
    expect(all).toEqual([...new Set(all)]);
    // ICPC is first used in the strengths, so the card's title no longer marks it.
    expect(marks(may.summary[0].items[0]!.terms)).toEqual(['icpc']);
    expect(marks(may.cards[0]!.title)).toEqual([]);
    expect(marks(may.cards[0]!.more.spcNote)).toEqual(['spc']);
  });

  it('lists the exceptions with their reasons in one sentence, and links to their page', () => {
    expect(may.exceptions.sentence).toBe('1 of 5 indicators is an exception in May 2018.');
    expect(may.exceptions.items[0]).toMatchObject({ id: 'SUP1', figure: '48%', tag: { tone: 'red', text: 'Red' }, reasons: [{ text: 'Red for 2 months.' }] });
    expect(may.exceptions.link.href).toBe('/exceptions/?month=2018-05');
  });

  it('gives each workstream its RAG in words, or Not reported', () => {
    expect(may.workstreams.items).toEqual([
      { id: 'practice', name: 'Practice', tag: { tone: 'green', text: 'Green' } },
      { id: 'people-performance', name: 'People and Performance', tag: { tone: 'none', text: 'Not reported' } },
    ]);
    expect(may.commentary).toEqual(['May: vacancies rose again.']);
    expect(overviewModel(data, '2018-01').commentary).toEqual(['January was a difficult month.', 'Demand at the front door peaked.']);
  });

  it('adds the off-track stories and the overdue actions only when the folder uses the plan’s fields', () => {
    expect(may.offTrack).toBeUndefined();
    expect(may.overdue).toBeUndefined();
    const plan = overviewModel(planData, '2018-05');
    expect(plan.offTrack!.items.map((item) => [item.name, item.figure])).toEqual([
      ['Vacancy rate', '30% (Behind trajectory)'],
      ['Case supervision', '48% (Red)'],
    ]);
    expect(plan.offTrack!.items[1]!.story.owner).toBe('Owner: Principal Social Worker');
    expect(plan.overdue!.items.map((item) => item.text)).toEqual(['PR-04 Recruit 20 permanent social workers (Practice). Owner: Head of Workforce. Due 30 April 2018 (revised from 31 March 2018).']);
  });

  it('is plain data: the same after a trip through JSON', () => {
    expect(JSON.parse(JSON.stringify(may))).toEqual(JSON.parse(JSON.stringify(may, (key, value: unknown) => (key === 'pattern' ? undefined : value))));
  });
});
