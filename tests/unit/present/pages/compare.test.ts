import { describe, expect, it } from 'vitest';
import { compareModel } from '../../../../src/domain/present/pages/compare';
import { tableCsvRows } from '../../../../src/domain/present/table';
import { cellTexts, data } from './pageFixtures';

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
});
