import { describe, expect, it } from 'vitest';
import { compareModel } from '../../../../src/domain/present/pages/compare';
import { tableCsvRows } from '../../../../src/domain/present/table';
import { cellTexts, data, nationalData } from './pageFixtures';

describe('compareModel', () => {
  it('without comparators, says whether the file had errors and names the council from site.json, never another', () => {
    const { comparators: _comparators, ...without } = data;
    expect(compareModel(without, '2018-05').absent).toEqual({ errors: false, council: 'Testshire County Council' });
    expect(compareModel({ ...without, files: [{ file: 'comparators.json' }] }, '2018-05').absent!.errors).toBe(true);
    expect(compareModel({ ...without, site: undefined }, '2018-05').absent!.council).toBe('your council');
  });

  it('ranks each measure of the month’s own period, with a sentence, bars and a table with the mean and England under it', () => {
    const model = compareModel(data, '2018-05').comparisons!;
    const [icpc] = model.measures;
    expect(icpc!.sentence).toMatch(/^Testshire ranks 3rd of 5 among its statistical neighbours for ICPC timeliness in 2017-18/);
    expect(icpc!.chart.bars.find((bar) => bar.council)!.label).toBe('3 Testshire (us)');
    expect(icpc!.chart.bars.find((bar) => bar.la === 'Eastshire')!.missing).toBe('Not published (suppressed)');
    expect(cellTexts(icpc!.table).map((row) => row.join('|'))).toContain('3rd|Testshire (us)|52%');
    expect(icpc!.table.footer!.map((row) => row.cells.council!.text)).toEqual(['Statistical neighbours (mean)', 'England']);
    const csv = tableCsvRows(icpc!.table);
    expect(csv.header).toEqual(['Indicator id', 'Indicator', 'Period', 'Rank', 'Council', 'Our council', 'Value', 'Note']);
    expect(csv.rows.at(-1)).toEqual(['CP5', 'Initial child protection conferences held within 15 working days', '2017-18', '', 'England', '', 76.9, '']);
    expect(cellTexts(model.glance)).toEqual([
      ['ICPC timeliness', '3rd of 5', '52%', '61.2%', '76.9%', '2017-18'],
      ['Vacancy rate', 'Joint 3rd of 5', '25%', '23.5%', '17%', 'at 30 Sep 2017'],
    ]);
  });

  it('follows a year in the address, and says when a measure has none that year or the year is unknown', () => {
    const year = compareModel(data, '2018-05', { period: '2016-17' }).comparisons!;
    expect(year.periodRule).toBe('Showing the published figures for 2016-17, the year chosen.');
    expect(year.glance.rows.map((row) => row.across)).toEqual([undefined, 'No published figures for 2016-17']);
    const unknown = compareModel(data, '2018-05', { period: '1999-00' }).comparisons!;
    expect(unknown.unknownYear).toBe('There are no published figures for “1999-00”. Showing the figures of the month’s own period.');
    expect(unknown.year).toBeUndefined();
  });

  it('with national figures: a column of band and rank, each measure’s line, neighbour model and method, next figures, and the two figures reconciled', () => {
    const model = compareModel(nationalData, '2018-05').comparisons!;
    expect(model.glance.columns.map((column) => column.label)).toEqual(['Measure', 'Rank', 'Testshire', 'Neighbour mean', 'England', 'National band and rank', 'Period']);
    expect(cellTexts(model.glance).map((row) => row[5])).toEqual(['Band B, 46th of 151', 'Band D, 122nd of 152']);
    const [icpc, vacancy] = model.measures;
    expect(icpc).toMatchObject({
      national: 'Nationally: Band B: 46th of 151 councils in 2017-18, DfE published figure 52%.',
      method: 'Statistical neighbours: the 5 councils most like Testshire in the DfE statistical neighbour model, 2025; the figure in 2017-18 is the mean of the 4 of them that have one.',
      due: 'Next DfE figures due by 1 November 2018.',
    });
    expect(icpc!.twoFigures).toMatch(/^86% is Testshire’s own figure for May 2018, from its monthly returns; 52% is the DfE’s published figure for 2017-18/);
    expect(vacancy!.due).toBe('Next DfE figures overdue: expected by 28 February 2018.');
    expect(model.about[0]).toBe('Statistical neighbours are the councils most like Testshire in the DfE statistical neighbour model, 2025, nearest first: Northshire, Southshire, Eastshire, Westshire, Midshire.');
    expect(model.about.at(-1)).toMatch(/^National band and rank: where Testshire’s DfE published figure for the period/);
  });

  it('without national figures (a file made before): no column and no line, but the method and the two figures still', () => {
    const model = compareModel(data, '2018-05').comparisons!;
    expect(model.glance.columns.map((column) => column.key)).not.toContain('national');
    expect(model.measures[0]!.national).toBeUndefined();
    expect(model.measures[0]!.method).toContain('the DfE’s statistical neighbour model');
    expect(model.measures[0]!.twoFigures).toMatch(/^86% is Testshire’s own figure for May 2018/);
    expect(model.about.at(-1)).toBe('These are the DfE’s published annual figures; they can differ from our own monthly figures.');
  });
});
