// The "Build a month from Annex A" page's model, and the measures and problems in words.
import { describe, expect, it } from 'vitest';
import { annexAPageModel, countRequestProblem } from '../../../../src/domain/present/pages/buildFromAnnexA';
import { problemCells, problemLine, problemsCsv } from '../../../../src/domain/present/annexAProblems';
import { ANNEX_A_MEASURE_WORDS, measureCounts, measureFigure } from '../../../../src/domain/present/annexAWords';
import { countMonth } from '../../../../src/domain/records/countMonth';
import { ANNEX_A_MEASURE_IDS, type Indicator } from '../../../../src/domain/schema';
import { tableCsvRows, type TableModel } from '../../../../src/domain/present/table';
import { LIST_5_HEADERS, sheet } from '../../records/sheets';

const icpc = (child: string, strategy: string, held: string | null, team: string) => ({
  'Child Unique ID': child,
  'Strategy discussion initiating Section 47 Enquiry Start Date': strategy,
  'Was an Initial Child Protection Conference deemed unnecessary?': 'No',
  'Date of Initial Child Protection Conference': held,
  'Allocated Team': team,
});
const count = countMonth({
  month: '2021-03',
  sheets: [sheet('List 5', LIST_5_HEADERS, [icpc('1', '2021-03-01', '2021-03-05', 'CP 1'), icpc('2', '2021-02-01', '2021-03-05', 'CP 1'), icpc('3', '2021-03-10', '2021-03-09', 'CP 2')])],
});
const CP5: Indicator = { id: 'CP5', name: 'ICPCs within 15 working days', shortName: 'ICPC timeliness', area: 'CP', unit: 'percent', polarity: 'up', source: { annexA: 'icpcIn15' } };
/** A table's rows as the words of each cell, in the columns' order: a cell of several lines as its lines. */
const cellTexts = (table: TableModel) => table.rows.map((row) => table.columns.map((column) => row.cells[column.key]?.items ?? row.cells[column.key]?.text));
const CL1: Indicator = { id: 'CL1', name: 'Average caseload', area: 'W', unit: 'number', polarity: 'down', source: { annexA: 'caseload' } };

describe('annexAPageModel', () => {
  const model = annexAPageModel(count, [CP5, CL1], undefined, false);

  it('says what was counted and how many records could not be', () => {
    expect(model.summary).toBe('March 2021: 1 of 13 measures counted; 1 record could not be counted as it stands (below).');
  });

  it('a row a measure: name, figure, counts, each team on a line, the rule and its source', () => {
    expect(model.measures.columns.map((column) => column.label)).toEqual(['Measure', 'Figure', 'Numerator / denominator', 'By team', 'Rule', 'Source']);
    expect(model.measures.columns[0]!.rowHeader).toBe(true);
    const rows = cellTexts(model.measures);
    expect(rows).toHaveLength(ANNEX_A_MEASURE_IDS.length);
    const row = rows[ANNEX_A_MEASURE_IDS.indexOf('icpcIn15')]!;
    expect(row.slice(0, 4)).toEqual(['ICPCs within 15 working days of the strategy discussion (icpcIn15)', '50%', '1 of 2', ['CP 1: 50% (1 of 2)']]);
    expect(row[4]).toBe(ANNEX_A_MEASURE_WORDS.icpcIn15.rule);
    expect(rows[0]![1]).toBe('Not counted: Needs list 1 (contacts), which the extract does not have');
  });

  it('the problems table has the CSV’s columns and rows', () => {
    expect(model.problems.columns.map((column) => column.label)).toEqual(['List', 'Row', 'Child ID', 'Column', 'Found', 'Expected', 'Effect']);
    expect(cellTexts(model.problems)).toEqual([['List 5', '4', '3', 'Date of Initial Child Protection Conference', '9 March 2021, before the strategy discussion on 10 March 2021', 'a conference on or after the strategy discussion', 'left out of icpcIn15']]);
    expect(model.problems.csv?.fileName).toBe('annex-a-problems-2021-03.csv');
    // The download writes what problemsCsv writes: the row as a number.
    expect(tableCsvRows(model.problems)).toEqual({ header: ['List', 'Row', 'Child ID', 'Column', 'Found', 'Expected', 'Effect'], rows: [count.problems.map(problemCells)[0]] });
    expect(model.problemsNote).toMatch(/^Each names the child by ID/);
  });

  it('what goes into the month’s file, what is kept, and what could not be counted', () => {
    expect(model.written).toEqual(['CP5 ICPC timeliness: 50% (1 of 2), counted by icpcIn15']);
    expect(model.notCounted).toEqual(['CL1 (caseload): Needs lists 4 (assessments), 6 (children in need), 7 (child protection) and 8 (children looked after), which the extract does not have']);
    expect(model.snapshot.values.CP5).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    const existing = { month: '2021-03', values: { CP5: 40 } };
    const kept = annexAPageModel(count, [CP5], existing, false);
    expect(kept.kept).toEqual(['CP5 ICPC timeliness: the month’s file has 40%; the extract gives 50% (1 of 2)']);
    expect(kept.snapshot.values.CP5).toBe(40);
    expect(annexAPageModel(count, [CP5], existing, true).snapshot.values.CP5).toMatchObject({ value: 50 });
  });
});

describe('countRequestProblem', () => {
  it('asks for the month as YYYY-MM first, then for the extract', () => {
    expect(countRequestProblem('2019-4', 0)).toBe('Enter the month to count as YYYY-MM, for example 2019-04.');
    expect(countRequestProblem('2019-13', 1)).toMatch(/^Enter the month/);
    expect(countRequestProblem('2019-04', 0)).toBe('Choose the Annex A extract first.');
    expect(countRequestProblem('2019-04', 2)).toBeUndefined();
  });
});

describe('measures and problems in words', () => {
  it('a figure by unit, its counts, and why there is none', () => {
    expect(measureFigure('icpcIn15', { counted: true, value: 45.5 })).toBe('45.5%');
    expect(measureFigure('contacts', { counted: true, value: 1204 })).toBe('1,204');
    expect(measureFigure('caseload', { counted: true, value: 14 })).toBe('14');
    expect(measureFigure('icpcIn15', { counted: true, value: null, note: 'No cases this month' })).toBe('No cases this month');
    expect(measureFigure('icpcIn15', { counted: false, value: null, note: 'Needs list 5' })).toBe('Not counted');
    expect(measureCounts('caseload', { numerator: 37, denominator: 12.5 })).toBe('37 children ÷ 12.5 FTE');
    expect(measureCounts('icpcIn15', { numerator: 0, denominator: 0 })).toBe('');
    expect(measureCounts('contacts', {})).toBe('');
  });

  it('a problem on one line, and all of them as CSV for Excel', () => {
    const problem = count.problems[0]!;
    expect(problemLine(problem)).toBe('List 5, row 4 (child 3), Date of Initial Child Protection Conference: found 9 March 2021, before the strategy discussion on 10 March 2021; expected a conference on or after the strategy discussion: left out of icpcIn15.');
    expect(problemsCsv([problem])).toBe('\uFEFFList,Row,Child ID,Column,Found,Expected,Effect\r\nList 5,4,3,Date of Initial Child Protection Conference,"9 March 2021, before the strategy discussion on 10 March 2021",a conference on or after the strategy discussion,left out of icpcIn15\r\n');
  });

  it('every measure has a name, a rule and a source', () => {
    for (const id of ANNEX_A_MEASURE_IDS) expect(Object.values(ANNEX_A_MEASURE_WORDS[id]).every((text) => text.length > 10), id).toBe(true);
  });
});
