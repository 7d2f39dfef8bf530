import { describe, expect, it } from 'vitest';
import { surveysModel } from '../../../../src/domain/present/pages/surveys';
import { tableCsvRows } from '../../../../src/domain/present/table';
import { cellTexts, data, rowNamed } from './pageFixtures';

describe('surveysModel', () => {
  it('says when no survey had been reported by the month', () => {
    expect(surveysModel(data, '2018-01')).toMatchObject({ none: 'No survey had been reported by Jan 2018.' });
    expect(surveysModel(data, '2018-01').rate).toBeUndefined();
  });

  it('gives the response rate over time: a sentence, the chart’s rows and the returns with their CSV', () => {
    const march = surveysModel(data, '2018-03');
    expect(march.rate!.summary).toBe('One survey so far: 24.8% of those invited completed it. The target is 40%.');
    expect(march.rate!.chart.rows).toEqual([{ label: 'Temperature check, Feb 2018', rate: 24.75, target: 40, targetLabel: 'Target 40%' }]);
    expect(cellTexts(march.rate!.table)).toEqual([['Temperature check', '20 February 2018', '400', '109', '99', '24.8%', '40%']]);
    expect(tableCsvRows(march.rate!.table)).toEqual({
      header: ['Survey', 'Closed (date)', 'Invited (people)', 'Started (people)', 'Completed (people)', 'Response rate (%)', 'Target (%)'],
      rows: [['Temperature check', '2018-02-20', 400, 109, 99, 24.75, 40]],
    });
  });

  it('gives the latest survey: who took part, by team with counts under 5 suppressed, and what staff said', () => {
    const current = surveysModel(data, '2018-03').current!;
    expect(current.sentence).toBe('Reported in Feb 2018, closed 20 February 2018. 109 started and 99 completed of 400 invited.');
    expect(rowNamed(current.byTeam!.table, 'Children with disabilities').cells.responses!.text).toBe('fewer than 5');
    expect(tableCsvRows(current.byTeam!.table).rows).toEqual([
      ['Permanence', 15],
      ['Children with disabilities', 'fewer than 5'],
    ]);
    expect(current.statements!.summary).toBe('60% agreed to some extent with “I understand the wider improvement journey”.');
    expect(tableCsvRows(current.statements!.table).header).toEqual(['Statement', 'Agree (%)', 'Disagree (%)']);
  });
});
