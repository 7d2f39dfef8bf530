import { describe, expect, it } from 'vitest';
import { workstreamsModel } from '../../../../src/domain/present/pages/workstreams';
import { tableCsvRows } from '../../../../src/domain/present/table';
import { cellTexts, data, planData, rowNamed } from './pageFixtures';

describe('workstreamsModel', () => {
  it('gives each workstream’s report for the month: RAG in words, status, highlights, risks and action counts', () => {
    const january = workstreamsModel(data, '2018-01');
    const practice = rowNamed(january.progress, 'Practice');
    expect(practice.cells.workstream).toMatchObject({ strong: true, below: 'SRO: Director of Children’s Social Care' });
    expect(practice.cells.rag).toEqual({ text: 'Red', tag: 'red' });
    expect(practice.cells.highlights!.items).toEqual(['Practice model agreed']);
    expect(cellTexts(january.progress)[1]).toEqual(['People and Performance', 'Amber', 'Some delay', '–', '–', '–', '–', '–']);
    expect(workstreamsModel(data, '2018-05').progress.rows[1]!.cells.rag).toEqual({ text: 'Not reported', tag: 'none' });
  });

  it('writes the progress table’s CSV from the same rows, lists joined and numbers as numbers', () => {
    const csv = tableCsvRows(workstreamsModel(data, '2018-01').progress);
    expect(csv.header).toEqual(['Month', 'Workstream', 'Senior responsible owner', 'RAG', 'Status', 'Highlights', 'Risks', 'Actions due', 'Actions completed', 'Actions overdue']);
    expect(csv.rows).toEqual([
      ['2018-01', 'Practice', 'Director of Children’s Social Care', 'Red', 'Behind plan', 'Practice model agreed', 'High caseloads', 10, 6, 4],
      ['2018-01', 'People and Performance', 'Executive Director (People)', 'Amber', 'Some delay', '', '', '', '', ''],
    ]);
  });

  it('gives each action plan with the overdue actions first, flagged and marked in words', () => {
    const plans = workstreamsModel(planData, '2018-05').plans!;
    expect(plans.heading).toBe('Action plans, May 2018');
    const [practice] = plans.items;
    expect(practice!.sentence).toBe('4 actions in the plan: 2 due by the end of May 2018, 1 of them complete, ');
    expect(practice!.overdue).toBe('1 overdue');
    const first = practice!.table.rows[0]!;
    expect(first.flag).toBe('overdue');
    expect(first.cells.action).toEqual({ text: 'PR-04: Recruit 20 permanent social workers', above: 'Overdue' });
    expect(first.cells.indicators!.links).toEqual([{ text: 'Vacancy rate', href: '/indicator/WF1/?month=2018-05' }]);
    expect(practice!.table.rows.at(-1)!.cells.indicators!.text).toBe('–');
    expect(workstreamsModel(data, '2018-05').plans).toBeUndefined();
  });

  it('shows the last months’ RAGs as letters with their words', () => {
    const history = workstreamsModel(data, '2018-05').history;
    expect(history.intro).toBe('The last 4 months to May 2018. R red, A amber, G green, B blue (complete).');
    const people = rowNamed(history.table, 'People and Performance');
    expect(people.cells['2018-03']).toEqual({ text: 'Blue (complete)', tag: 'blue', letter: 'B' });
    expect(people.cells['2018-05']).toEqual({ text: 'Not reported', tag: 'none', letter: '–' });
  });
});
