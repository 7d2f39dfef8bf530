import { describe, expect, it } from 'vitest';
import { indicatorModel, type IndicatorModel } from '../../../../src/domain/present/pages/indicator';
import { keyWords } from '../../../../src/domain/present/chartKey';
import { tableCsvRows } from '../../../../src/domain/present/table';
import { cellTexts, data, marks, nationalData, planData, rowNamed } from './pageFixtures';

const found = (model: ReturnType<typeof indicatorModel>): IndicatorModel => {
  if (model.kind !== 'indicator') throw new Error('not found');
  return model;
};

describe('indicatorModel', () => {
  it('says an unknown id is not found, with the nearest id it is given and a way back', () => {
    expect(indicatorModel(data, '2018-05', { id: 'cp5', suggestion: 'CP5' })).toEqual({
      kind: 'not-found',
      title: 'Indicator not found',
      message: 'There is no indicator with the id “cp5”.',
      suggestion: { text: 'CP5', href: '/indicator/CP5/' },
      back: { text: 'See every indicator', href: '/targets/' },
    });
    expect(indicatorModel(data, '2018-05', { id: 'XX' })).not.toHaveProperty('suggestion');
  });

  it('heads the page with the month’s figure, its status against the target and its direction as the card says them, counts and key facts', () => {
    const march = found(indicatorModel(data, '2018-03', { id: 'CP5' }));
    expect(march.title).toBe('ICPC timeliness');
    expect(march.headline).toMatchObject({ label: 'Mar 2018 at a glance', figure: '71.4%', status: { tone: 'red', text: 'Red: below the 85% target' }, counted: '5 of 7', smallNumber: 'Small number: based on 7 children' });
    // The card's one direction: too few months for the SPC to judge the rise, so it is said quietly.
    expect(march.headline!.change).toEqual({ text: 'Up', full: 'Up (55% → 71.4%): too few months to judge', direction: 'quiet' });
    expect(march.headline!.facts.map((fact) => [fact.term, fact.parts.map((part) => part.text).join('')])).toEqual([
      ['Target in Mar 2018', '85%. Green at 85% or more; amber from 75%; red below'],
      ['Which way is better', 'Higher is better'],
      ['Area', 'Child protection'],
      ['England', '76.9% (2017-18)'],
    ]);
  });

  it('gives a neutral indicator no target, and adds the plan’s facts and the month’s story when given', () => {
    const demand = found(indicatorModel(data, '2018-05', { id: 'FD2' }));
    expect(demand.headline!.facts[0]!.parts[0]!.text).toBe('None: context only');
    const vacancy = found(indicatorModel(planData, '2018-05', { id: 'WF1' }));
    expect(vacancy.headline!.quality).toEqual({ level: 'caution', text: 'Quality: use with caution' });
    expect(vacancy.headline!.facts.find((fact) => fact.term === 'Trajectory in May 2018')!.parts).toEqual([{ text: 'Planned 20%: ' }, { text: 'Behind trajectory', strong: true }]);
    expect(vacancy.narrative).toMatchObject({ heading: 'The story behind the figure, May 2018', owner: 'Owner: Head of Workforce' });
    expect(vacancy.narrative!.parts.map((part) => part.heading)).toEqual(['What the figure shows', 'Why', 'What we are doing']);
    expect(found(indicatorModel(data, '2018-05', { id: 'WF1' })).narrative).toBeUndefined();
  });

  it('shows the trend by default: its summary, its key, the events and every month’s table with notes under the rows', () => {
    const model = found(indicatorModel(data, '2018-05', { id: 'SUP1' }));
    expect(model.views.map((view) => view.current)).toEqual([true, false]);
    expect(model.spc).toBeUndefined();
    const trend = model.trend!;
    expect(keyWords(trend.chartKey)).toBe('Points:  green,  amber,  red,  (a ring) no RAG. The target steps where it changes. Numbered dotted lines mark the events listed below.');
    expect(trend.events!.items).toEqual([{ number: 1, text: '13 February 2018: Ofsted monitoring visit' }]);
    expect(trend.table.caption).toBe('Case supervision: every month’s figure (percent)');
    expect(cellTexts(trend.table)).toEqual([
      ['Jan 2018', '43', 'Red', '90', '', 'No earlier figure'],
      ['Feb 2018', 'Not available', '', '90', '', ''],
      ['Mar 2018', '50', 'Red', '90', '', 'Improved'],
      ['Apr 2018', '–', '', '90', '', ''],
      ['May 2018', '48', 'Red', '90', '', 'Worsened'],
    ]);
    expect(rowNamed(trend.table, 'Apr 2018').note!.text).toBe('No snapshot for this month');
    expect(rowNamed(trend.table, 'Feb 2018').note).toEqual({ kind: 'note', text: 'Not reportable from the case system this month', label: 'Note:', spoken: 'Note for Feb 2018:' });
  });

  it('writes the month table’s CSV with the figures as in the file and a column a team', () => {
    const caseload = found(indicatorModel(data, '2018-05', { id: 'CL1' }));
    const csv = tableCsvRows(caseload.trend!.table);
    expect(csv.header).toEqual(['Month', 'Value (number)', 'Numerator', 'Denominator', 'Target (number)', 'RAG', 'Change', 'Assessment (number)', 'Care planning (number)', 'Note']);
    expect(csv.rows[0]).toEqual(['2018-01', 21.4, '', '', 15, 'Red', 'No earlier figure', 27, 19, '']);
    expect(caseload.trend!.table.csv!.label).toBe('Download Average caseload by month (CSV)');
    expect(caseload.breakdown!.table.caption).toBe('Average caseload by team, every month (number)');
    expect(cellTexts(caseload.breakdown!.table)[0]).toEqual(['Jan 2018', '21.4', '27', '19']);
  });

  it('shows the SPC view when asked, with its notes, key and table, and no trend', () => {
    const model = found(indicatorModel(data, '2018-05', { id: 'CL1', view: 'spc' }));
    expect(model.trend).toBeUndefined();
    expect(model.breakdown).toBeUndefined();
    const spc = model.spc!.view!;
    expect(spc.summary).toBe('Average caseload: too few months to read the variation in May 2018. Mean 18.7, process limits 13.9 to 23.5.');
    expect(spc.notes[0]).toMatchObject({ warning: true, text: expect.stringMatching(/^The limits rest on 4 points/) });
    expect(spc.table.columns.map((column) => column.label)).toEqual(['Month', 'Value', 'Signal', 'Mean', 'Lower limit', 'Upper limit']);
    expect(tableCsvRows(spc.table).header).toEqual(['Month', 'Value (number)', 'Mean (number)', 'Lower process limit (number)', 'Upper process limit (number)', 'Signal']);
    // A neutral indicator's chart has no target, and its key names the neutral points.
    const demand = found(indicatorModel(data, '2018-05', { id: 'FD2', view: 'spc' })).spc!.view!;
    expect(demand.chart.rows.every((row) => row.target === null)).toBe(true);
    expect(keyWords(demand.chartKey)).toContain('■ purple special cause (neither good nor bad)');
  });

  it('marks the glossary terms of the name and the definition, and words the rest of how it is counted', () => {
    const model = found(indicatorModel({ ...data, indicators: data.indicators.map((indicator) => (indicator.id === 'CP5' ? { ...indicator, definition: 'Counted from the ICPC log.' } : indicator)) }, '2018-05', { id: 'CP5' }));
    expect(marks(model.lead)).toEqual([]);
    expect(marks(model.definition.terms)).toEqual(['icpc']);
    expect(model.definition.after).toBe('. Unit: percent. Change in May 2018: Improved.');
    expect(found(indicatorModel(data, '2018-05', { id: 'CP5' })).definition.terms).toBeUndefined();
  });

  it('gives the RAG history a cell a month, the published comparators and, with a record, the target changes', () => {
    const model = found(indicatorModel(planData, '2018-05', { id: 'CP5' }));
    expect(model.ragHistory.cells.map((cell) => cell.letter)).toEqual(['R', 'A', 'R', '–', 'G']);
    expect(model.ragHistory.cells[4]).toMatchObject({ label: '05/18', words: 'May 2018: Green, 86%' });
    expect(cellTexts(model.comparators!.table)).toEqual([['2017-18', '76.9%']]);
    expect(model.comparators!.source).toBe('Source: DfE.');
    expect(cellTexts(model.targetChanges!)).toEqual([
      ['Jan 2018', '60% (amber 50%)', 'First target', 'Not recorded', 'Not recorded', 'Not recorded'],
      ['Mar 2018', '85% (amber 75%)', '60%', 'Year two of the plan', 'Improvement Board', '20 February 2018'],
    ]);
    expect(found(indicatorModel(data, '2018-05', { id: 'CP5' })).targetChanges).toBeUndefined();
  });

  it('shows an indicator with no month at all: no headline, no month picker', () => {
    const empty = found(indicatorModel({ ...data, snapshots: [] }, undefined, { id: 'CP5' }));
    expect(empty.headline).toBeUndefined();
    expect(empty.months).toEqual([]);
    expect(empty.month).toBeUndefined();
  });

  it('says where the council stands nationally: the line among the facts, the two figures reconciled under them, the band over the published periods', () => {
    const may = found(indicatorModel(nationalData, '2018-05', { id: 'CP5' }));
    expect(may.headline!.facts.at(-1)).toEqual({ term: 'Nationally', parts: [{ text: 'Band B: 46th of 151 councils in 2017-18, DfE published figure 52%' }] });
    expect(may.headline!.twoFigures).toMatch(/^86% is Testshire’s own figure for May 2018, from its monthly returns; 52% is the DfE’s published figure for 2017-18/);
    expect(may.national).toMatchObject({ heading: 'Where Testshire stands nationally', inForce: 'Outlined: 2017-18, the period in force for May 2018.' });
    expect(may.national!.line).toBeUndefined();
    expect(cellTexts(may.national!.table)).toEqual([
      ['2016-17', 'D', '101st of 150', '60%'],
      ['2017-18', 'B', '46th of 151', '52%'],
    ]);
    // A month without a figure has no own figure to reconcile.
    expect(found(indicatorModel(nationalData, '2018-04', { id: 'CP5' })).headline!.twoFigures).toBeUndefined();
    // Without a month, no headline: the line of the latest period goes with the strip, none outlined.
    const none = found(indicatorModel({ ...nationalData, snapshots: [] }, undefined, { id: 'CP5' }));
    expect(none.headline).toBeUndefined();
    expect(none.national!.line).toBe('Band B: 46th of 151 councils in 2017-18, DfE published figure 52%');
    expect(none.national!.inForce).toBeUndefined();
  });

  it('says nothing national for a comparators.json made before, or an indicator the DfE does not publish', () => {
    const before = found(indicatorModel(data, '2018-05', { id: 'CP5' }));
    expect(before.national).toBeUndefined();
    expect(before.headline!.twoFigures).toBeUndefined();
    expect(before.headline!.facts.map((fact) => fact.term)).not.toContain('Nationally');
    expect(found(indicatorModel(nationalData, '2018-05', { id: 'SUP1' })).national).toBeUndefined();
  });
});
