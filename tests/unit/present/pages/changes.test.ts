import { describe, expect, it } from 'vitest';
import { changesModel } from '../../../../src/domain/present/pages/changes';
import { revisionsModel } from '../../../../src/domain/present/pages/revisions';
import { cellTexts, data, planData, rowNamed } from './pageFixtures';

describe('changesModel', () => {
  it('compares the three months before the latest with the latest by default', () => {
    const model = changesModel(data, undefined)!;
    expect([model.from, model.to]).toEqual(['2018-01', '2018-05']);
    expect(model.lead).toBe('What changed from January 2018 to May 2018.');
    expect(model.note).toBeUndefined();
  });

  it('lists the RAG changes, the target changes and the grid of every indicator month by month', () => {
    const model = changesModel(data, undefined, { from: '2018-01', to: '2018-05' })!;
    expect(model.rag.items.map((item) => `${item.name}: ${item.change}`)).toEqual(['ICPC timeliness: Red to Green', 'Vacancy rate: Red to Amber', 'Average caseload: Red to Amber']);
    expect(model.targets.items).toEqual(['ICPC timeliness: target changed from 60% to 85% in Mar 2018.']);
    expect(model.grid.columns.map((column) => column.label)).toEqual(['Indicator', 'Jan 2018', 'Feb 2018', 'Mar 2018', 'May 2018', 'RAG change']);
    const demand = rowNamed(model.grid, 'Front door demand');
    expect(demand.cells['2018-01']).toEqual({ text: 'Context only', tag: 'none', lead: '70' });
    expect(demand.cells.change!.text).toBe('No change');
    expect(rowNamed(model.grid, 'ICPC timeliness').cells.indicator!.href).toBe('/indicator/CP5/?month=2018-05');
  });

  it('says so when the months asked for cannot be compared, and shows the latest', () => {
    const model = changesModel(data, undefined, { from: '2018-05', to: '2018-01' })!;
    expect(model.note).toBe('The first month must come before the second, so the latest months are shown.');
    expect(changesModel({ ...data, snapshots: [] }, undefined)).toBeUndefined();
  });

  it('lists the plan’s actions newly overdue and completed, with counts in the headings', () => {
    const [overdue, completed] = changesModel(planData, undefined, { from: '2018-03', to: '2018-05' })!.actions;
    expect(overdue.heading).toBe('Newly overdue since Mar 2018 (1)');
    expect(overdue.items[0]!.text).toBe('PR-04 Recruit 20 permanent social workers (Practice). Owner: Head of Workforce; due 30 April 2018.');
    expect(completed.items[0]!.text).toBe('PR-01 Daily conference slots with the police (Practice). Owner: Head of Service, Child Protection; done 20 March 2018.');
    const [none] = changesModel(data, undefined, { from: '2018-01', to: '2018-03' })!.actions;
    expect(none).toMatchObject({ heading: 'Newly overdue since Jan 2018 (0)', empty: 'No action of the plan became overdue between Jan 2018 and Mar 2018.', items: [] });
  });
});

describe('revisionsModel', () => {
  const earlier = { id: 'aaaaaaaaaaaaaaaa', published: '2018-05-31T09:00:00.000Z', months: ['2018-01', '2018-03'] };
  const now = { id: 'bbbbbbbbbbbbbbbb', published: '2018-06-01T09:00:00.000Z', months: ['2018-01', '2018-05'] };

  it('says what it is waiting for, or why it cannot compare', () => {
    expect(revisionsModel(data.indicators, '2018-03', { status: 'loading' }).message).toBe('Loading the publication log…');
    expect(revisionsModel(data.indicators, '2018-03', { status: 'failed', reason: 'the log did not load' }).message).toBe('The revised figures cannot be shown: the log did not load.');
    expect(revisionsModel(data.indicators, '2018-03', { status: 'none', logged: [now], same: true })).toEqual({
      heading: 'Figures revised since the last meeting',
      message: 'The publication a meeting on this month saw last is the one shown now, so no published figure has been revised since.',
    });
  });

  it('lists the figures revised since the earlier publication, and offers the others in the log', () => {
    const model = revisionsModel(data.indicators, '2018-03', {
      status: 'ready',
      logged: [earlier, now],
      earlier,
      revised: [{ month: '2018-02', indicator: 'CP5', before: { value: 50, numerator: 20, denominator: 40 }, after: { value: 55, numerator: 22, denominator: 40 } }],
    });
    expect(model.chooser!.options.map((option) => option.value)).toEqual(['', earlier.id, now.id]);
    expect(model.compared!.after).toBe(', months to Mar 2018): 1 figure was revised since. ');
    expect(model.compared!.pack).toEqual({ text: 'Open the meeting pack as published then', month: '2018-03', publication: earlier.id });
    expect(cellTexts(model.compared!.table!)).toEqual([['ICPC timeliness', 'Feb 2018', '50%', '55%']]);
  });
});
