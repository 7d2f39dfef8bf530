import { describe, expect, it } from 'vitest';
import { meetingPackModel } from '../../../../src/domain/present/pages/meetingPack';
import { ragCountSentence } from '../../../../src/domain/present/ragCounts';
import { cellTexts, data, marks, nationalData, planData, rowNamed } from './pageFixtures';

const publication = { id: '0123456789abcdef', published: '2018-06-01T09:00:00.000Z', current: true };

describe('meetingPackModel', () => {
  const may = meetingPackModel(data, '2018-05', { publication });

  it('lists its parts in print order, each with its reference, and a page per priority indicator', () => {
    expect(may.parts.map((part) => part.id)).toEqual(['cover', 'glance', 'summary', 'exceptions', 'changes', 'questions', 'indicator-CP5', 'indicator-WF1', 'indicator-FD2', 'indicator-SUP1', 'workstreams', 'survey', 'glossary']);
    expect(may.parts.find((part) => part.id === 'indicator-CP5')).toMatchObject({ reference: 'CP5 · May 2018', title: 'ICPC timeliness', pairable: true });
    expect(meetingPackModel(planData, '2018-05', { publication }).parts.map((part) => part.id)).toContain('overdue');
    expect(may.source).toBe('Testshire County Council · Children’s Improvement Board');
    expect(may.footer).toBe('Testshire County Council · Performance report: May 2018');
  });

  it('words the cover: the month, when the figures were produced, the publication and whether it is current', () => {
    expect(may.cover.title).toBe('Performance report: May 2018');
    expect(may.cover.facts.map((fact) => fact.term)).toEqual(['Month reported', 'Figures produced', 'Publication', 'Status of the figures']);
    expect(may.cover.facts.find((fact) => fact.testId === 'pack-produced')!.value).toBe('Date not given');
    expect(may.cover.facts.find((fact) => fact.testId === 'pack-publication')!.value).toBe('0123456789abcdef, published 1 June 2018 at 09:00 UTC');
    const earlier = meetingPackModel(data, '2018-05', { publication: { ...publication, current: false } });
    expect(earlier.cover.facts.find((fact) => fact.term === 'Publication')!.value).toMatch(/An earlier publication: figures published since may revise these$/);
    expect(may.cover.sample).toBeDefined();
  });

  it('gives every indicator at a glance, priority ones starred, and counts every RAG', () => {
    expect(ragCountSentence(may.glance.counts)).toBe('Of 5 indicators in May 2018: 1 green, 2 amber, 1 red, 1 with no RAG.');
    const icpc = rowNamed(may.glance.table, 'ICPC timeliness');
    expect(icpc.cells.indicator).toMatchObject({ lead: 'CP5', mark: { symbol: '★', spoken: ', priority' } });
    expect(rowNamed(may.glance.table, 'Average caseload').cells.indicator!.mark).toBeUndefined();
    // Compact words for no target: None for a neutral indicator.
    expect(cellTexts(may.glance.table)[2]).toEqual(['Front door demand', '66', 'Context only', 'None', 'Up', '–']);
  });

  it('marks each glossary term once across the whole pack, in print order, and lists those used at its end', () => {
    const texts = [
      ...may.glance.table.rows.map((row) => row.cells.indicator!.terms),
      ...may.summary.lists.flatMap((list) => list.items.map((item) => item.terms)),
      ...may.exceptions.items.flatMap((item) => [item.name.terms, item.reasons.terms, ...item.story.parts.map((part) => part.terms)]),
      ...(may.changes?.rag.items ?? []).map((item) => item.name.terms),
      ...may.questions.officer.map((question) => question.text.terms),
      ...may.questions.suggested.map((question) => question.text.terms),
      may.workstreams.intro.terms,
    ];
    const all = texts.flatMap(marks);
    expect(all).toEqual([...new Set(all)]);
    expect(may.glossary.map((entry) => entry.id).sort()).toEqual([...all].sort());
    expect(marks(may.glance.table.rows[0]!.cells.indicator!.terms)).toEqual(['icpc']);
    expect(marks(may.workstreams.intro.terms)).toEqual(['sro']);
  });

  it('gives each priority indicator its page: figure, change, facts, trend, chart of two years and table of one', () => {
    const icpc = may.indicators[0]!;
    expect(icpc).toMatchObject({ name: 'ICPC timeliness', fullName: 'Initial child protection conferences held within 15 working days', figure: '86%', headingId: 'pack-CP5-heading' });
    expect(icpc.change).toMatchObject({ text: 'Up', full: 'Up (71.4% → 86%): too few months to judge', direction: 'quiet' });
    expect(icpc.status).toEqual({ tone: 'green', text: 'Green: meets the 85% target' });
    expect(icpc.facts.map((fact) => fact.term)).toEqual(['Target in May 2018', 'Which way is better', 'England']);
    expect(icpc.chartCaption).toMatch(/^ICPC timeliness, Jan 2018 to May 2018\. Points: /);
    // The pack's table has no comparators: a line left off the chart is read on the dashboard, not "in the table below".
    expect(icpc.chart.omittedWhere).toBe('on this indicator’s page of the dashboard');
    expect(icpc.table.caption).toBe('ICPC timeliness: the last 5 months');
    expect(cellTexts(icpc.table)[3]).toEqual(['Apr 2018', 'No snapshot', '–', '85%', '–']);
    expect(may.indicators[2]!.table.rows.every((row) => row.cells.target!.text === '–')).toBe(true);
  });

  it('compares with the pack three reporting months before, and says so for the first month', () => {
    expect(may.changes!.intro).toBe('From Jan 2018 (three reporting months before, as the committee meets about quarterly) to May 2018.');
    expect(may.changes!.rag.items.map((item) => item.change)).toEqual(['Red to Green', 'Red to Amber', 'Red to Amber']);
    const first = meetingPackModel(data, '2018-01', { publication });
    expect(first.changes).toBeUndefined();
    expect(first.noChanges).toBe('Jan 2018 is the first month with figures: there is no earlier pack to compare with.');
  });

  it('says a narrative is missing in the exceptions only when the folder uses the plan’s fields', () => {
    expect(may.exceptions.items[0]!.story.none).toBeUndefined();
    expect(may.exceptions.sentence).toBe('1 of 5 indicators is an exception in May 2018, in the catalogue’s order.');
  });

  it('gives the latest survey to the month with its response rate and target, or says there was none', () => {
    const march = meetingPackModel(data, '2018-03', { publication }).survey.current!;
    expect(march.before + march.name + march.after).toBe(
      'The latest survey reported by Mar 2018: Temperature check, reported in Feb 2018, closed 20 February 2018. 109 started and 99 completed of 400 invited (a response rate of 24.8% against a target of 40%).',
    );
    expect(march.returns.caption).toBe('Survey returns to Mar 2018');
    expect(march.returns.csv).toBeUndefined();
    expect(meetingPackModel(data, '2018-01', { publication }).survey.none).toBe('No staff survey had been reported by January 2018.');
  });

  it('at a glance, adds the national band and rank (its period only where the England column’s differs), only with national figures', () => {
    const national = meetingPackModel(nationalData, '2018-05', { publication });
    expect(national.glance.table.columns.map((column) => column.label)).toEqual(['Indicator', 'Value', 'RAG', 'Target', 'Change', 'England', 'National']);
    expect(rowNamed(national.glance.table, 'ICPC timeliness').cells.national).toMatchObject({ text: 'Band B, 46th of 151' });
    expect(rowNamed(national.glance.table, 'ICPC timeliness').cells.national!.detail).toBeUndefined();
    expect(rowNamed(national.glance.table, 'Vacancy rate').cells.national!.text).toBe('Band D, 122nd of 152');
    expect(rowNamed(national.glance.table, 'Average caseload').cells.national!.text).toBe('No DfE figure');
    expect(may.glance.table.columns.map((column) => column.key)).not.toContain('national');
  });
});
