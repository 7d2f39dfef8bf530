// caseload and unallocated (annex-a.md, "Caseloads"), through countMonth.
import { describe, expect, it } from 'vitest';
import { countMonth, type CountInput } from '../../../src/domain/records/countMonth';
import { LIST_4_HEADERS, LIST_6_HEADERS, LIST_7_HEADERS, LIST_8_HEADERS, rows, sheet, type Given } from './sheets';

const team = 'Allocated Team';
const worker = 'Allocated Worker';
const id = 'Child Unique ID';

const list8 = sheet('List 8', LIST_8_HEADERS, [
  { [id]: 'A', 'Date Started to be Looked After': '2020-01-01', [team]: 'Children in care', [worker]: 'Ann Smith' },
  { [id]: 'B', 'Date Started to be Looked After': '2020-01-01', [team]: 'Children in care', [worker]: '#N/A' },
]);
const list7 = sheet('List 7', LIST_7_HEADERS, [
  { [id]: 'A', 'Child Protection Plan Start Date': '2021-01-01', [team]: 'Child protection', [worker]: 'Bob Jones' },
  { [id]: 'B', 'Child Protection Plan Start Date': '2021-01-01', [team]: 'Child protection', [worker]: 'Bob Jones' },
  { [id]: 'C', 'Child Protection Plan Start Date': '2021-01-01', [team]: 'Child protection', [worker]: 'Bob\u00a0Jones' },
]);
const list6 = sheet('List 6', LIST_6_HEADERS, [
  { [id]: 'D', 'CIN Start Date': '2019-05-01', [team]: 'Assessment', [worker]: 'carol white' },
  { [id]: 'G', 'CIN Start Date': '2019-05-01', [team]: 'Assessment', [worker]: 'Dan Nobody' },
  { [id]: 'H', 'CIN Start Date': '2019-05-01', 'CIN Closure Date': '2021-03-01', [team]: 'Assessment', [worker]: 'Carol White' },
]);
const list4 = sheet('List 4', LIST_4_HEADERS, [
  { [id]: 'E', 'Continuous Assessment Start Date': '2021-03-20', [team]: 'Assessment', [worker]: 'Carol White' },
  { [id]: 'F', 'Continuous Assessment Start Date': '2021-03-01', 'Continuous Assessment Date of Authorisation': '2021-03-31', [team]: 'Assessment', [worker]: 'Carol White' },
]);
const staffRows = (extra: Given[][] = []) =>
  rows([
    ['Worker', 'Team', 'FTE'],
    ['Ann Smith', 'Children in care', 1],
    ['Bob Jones', 'Child protection', '1'],
    ['Carol White', 'Assessment', 0.5],
    ['Eve Idle', 'Child protection', 1],
    ...extra,
  ]);

const count = (changes: Partial<CountInput> = {}) => countMonth({ month: '2021-03', sheets: [list4, list6, list7, list8], staff: staffRows(), ...changes });

describe('caseload: open allocated children ÷ the FTE of the workers holding them', () => {
  const result = count();

  it('each open child once, for the worker of list 8, else 7, 6, 4; FTE 0.5 counts half', () => {
    // A (Ann, list 8 over Bob on list 7), C (Bob), D and E (Carol, 0.5): 4 children over 2.5 FTE.
    expect(result.measures.caseload).toEqual({
      counted: true,
      value: 1.6,
      numerator: 4,
      denominator: 2.5,
      breakdown: {
        Assessment: { value: 4, numerator: 2, denominator: 0.5 },
        'Child protection': { value: 1, numerator: 1, denominator: 1 },
        'Children in care': { value: 1, numerator: 1, denominator: 1 },
      },
    });
  });

  it('a worker with cases but not in the staff list is a problem: their children left out of caseload, each named', () => {
    expect(result.problems).toEqual([
      { list: 6, row: 3, child: 'G', column: 'Allocated Worker', found: 'Dan Nobody, not in the staff list', expected: 'a worker in the staff list, with an FTE', effect: 'left out of caseload' },
    ]);
  });

  it('without a staff list caseload is not counted and says why; unallocated still is', () => {
    const without = count({ staff: undefined });
    expect(without.measures.caseload).toEqual({ counted: false, value: null, note: 'Needs a staff list (columns Worker, Team and FTE), which was not given' });
    expect(without.measures.unallocated).toMatchObject({ counted: true, value: 1 });
  });

  it('an FTE that is empty, 0 or over 1 is a problem on the staff list, and that worker’s children are left out', () => {
    const bad = count({ staff: rows([['Worker', 'Team', 'FTE'], ['Ann Smith', 'Children in care', 1], ['Bob Jones', 'Child protection', 0], ['Carol White', 'Assessment', '1.5']]) });
    expect(bad.measures.caseload).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(bad.problems.filter((problem) => problem.list === 'staff')).toEqual([
      expect.objectContaining({ row: 3, column: 'FTE', found: '0', effect: 'left out of caseload' }),
      expect.objectContaining({ row: 4, column: 'FTE', found: '1.5', effect: 'left out of caseload' }),
    ]);
    expect(bad.problems.find((problem) => problem.child === 'C')).toMatchObject({ found: 'Bob Jones, row 3 of the staff list has no usable FTE', effect: 'left out of caseload' });
  });

  it('a worker on two rows of the staff list: the first row is used, the second named', () => {
    const twice = count({ staff: staffRows([['ANN SMITH', 'Child protection', 0.5]]) });
    expect(twice.measures.caseload).toMatchObject({ value: 1.6 });
    expect(twice.problems).toContainEqual(expect.objectContaining({ list: 'staff', row: 6, found: 'a second row for ANN SMITH (first: row 2)', effect: 'counted in caseload, from row 2 only' }));
  });

  it('no case-holding worker: null, "No cases this month"', () => {
    const none = count({ sheets: [sheet('List 4', LIST_4_HEADERS), sheet('List 6', LIST_6_HEADERS), sheet('List 7', LIST_7_HEADERS), sheet('List 8', LIST_8_HEADERS)] });
    expect(none.measures.caseload).toEqual({ counted: true, value: null, numerator: 0, denominator: 0, breakdown: {}, note: 'No cases this month' });
  });
});

describe('unallocated: open children with no worker on the row that decides', () => {
  it('a child in list 8 with no worker is unallocated even when list 7 names one, in list 8’s team', () => {
    expect(count().measures.unallocated).toEqual({ counted: true, value: 1, breakdown: { 'Children in care': { value: 1 } } });
  });

  it('caseload and unallocated need all four lists: with one missing, neither is counted, and each says which', () => {
    const result = count({ sheets: [list4, list7, list8] });
    expect(result.measures.caseload).toEqual({ counted: false, value: null, note: 'Needs list 6 (children in need), which the extract does not have' });
    expect(result.measures.unallocated).toEqual(result.measures.caseload);
    expect(result.measures.cpPlans).toMatchObject({ counted: true, value: 3 });
  });

  it('a missing Allocated Worker column stops both, naming the list, the header and the closest header found', () => {
    const renamed = { ...list6, rows: [{ ...list6.rows[0]!, cells: list6.rows[0]!.cells.map((cell) => (cell.kind === 'text' && cell.text === 'Allocated Worker' ? { kind: 'text' as const, text: 'Allocated Social Worker' } : cell)) }, ...list6.rows.slice(1)] };
    const result = count({ sheets: [list4, renamed, list7, list8] });
    expect(result.measures.unallocated).toEqual({ counted: false, value: null, note: 'List 6 has no column "Allocated Worker" (the closest header is "Allocated Social Worker")' });
    expect(result.problems).toEqual([
      { list: 6, row: 1, child: null, column: 'Allocated Worker', found: 'no such column; the closest header is "Allocated Social Worker"', expected: 'a column headed "Allocated Worker"', effect: 'caseload and unallocated not counted' },
    ]);
  });
});
