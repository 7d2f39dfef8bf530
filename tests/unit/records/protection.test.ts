// cpPlans, cpRepeat and cpVisits (annex-a.md, "The measures", list 7), through countMonth.
import { describe, expect, it } from 'vitest';
import { countMonth } from '../../../src/domain/records/countMonth';
import { LIST_7_HEADERS, sheet, type Given } from './sheets';

const plan = (child: Given, start: Given, end: Given = null, visit: Given = null, previous: Given = 0, team: Given = 'CP 1') => ({
  'Child Unique ID': child,
  'Child Protection Plan Start Date': start,
  'Child Protection Plan End Date': end,
  'Date of the Last Statutory Visit': visit,
  'Number of Previous Child Protection Plans': previous,
  'Allocated Team': team,
});

const count = (records: Record<string, Given>[], month = '2021-03', calendar?: { cpVisitWorkingDays: number }) =>
  countMonth({ month, sheets: [sheet('List 7', LIST_7_HEADERS, records)], calendar });

describe('cpPlans: distinct children on a plan at R (the month’s last day)', () => {
  it('a plan ending on R is not open at R; one ending the day after R is; no end date is', () => {
    const result = count([plan('1', '2021-01-01', '2021-03-31'), plan('2', '2021-01-01', '2021-04-01'), plan('3', '2021-01-01')]);
    expect(result.measures.cpPlans).toMatchObject({ value: 2 });
  });

  it('a plan starting on R is open; one starting after R is not', () => {
    expect(count([plan('1', '2021-03-31'), plan('2', '2021-04-01')]).measures.cpPlans).toMatchObject({ value: 1 });
  });

  it('00123 and 123 are two children; "123 " and 123 are one (counted once, named)', () => {
    const result = count([plan('00123', '2021-01-01'), plan(123, '2021-01-01'), plan('1 23', '2021-02-01')]);
    expect(result.measures.cpPlans).toMatchObject({ value: 2 });
    expect(result.problems).toEqual([
      expect.objectContaining({ list: 7, row: 3, child: '123', found: 'a second episode open on 31 March 2021 (also row 4)', effect: 'counted in cpPlans and cpVisits, once, from row 4 (the episode that started last)' }),
    ]);
  });

  it('no start, an unreadable end, or no child ID: a problem left out of every measure of open plans', () => {
    const result = count([plan('1', null), plan('2', '2021-01-01', '32/03/2021'), plan(null, '2021-01-01'), plan('4', null, '2021-02-01')]);
    expect(result.measures.cpPlans).toMatchObject({ value: 0 });
    expect(result.problems.map(({ row, column, effect }) => ({ row, column, effect }))).toEqual([
      { row: 2, column: 'Child Protection Plan Start Date', effect: 'left out of cpPlans, cpRepeat and cpVisits' },
      { row: 3, column: 'Child Protection Plan End Date', effect: 'left out of cpPlans and cpVisits' },
      { row: 4, column: 'Child Unique ID', effect: 'left out of cpPlans and cpVisits' },
      { row: 5, column: 'Child Protection Plan Start Date', effect: 'left out of cpRepeat' },
    ]);
  });

  it('by the team on the plan’s row', () => {
    const result = count([plan('1', '2021-01-01', null, null, 0, 'CP 2'), plan('2', '2021-01-01'), plan('3', '2021-01-01', null, null, 0, null)]);
    expect(result.measures.cpPlans.breakdown).toEqual({ 'CP 1': { value: 1 }, 'CP 2': { value: 1 }, Unallocated: { value: 1 } });
  });
});

describe('cpRepeat: plans started in M that are second or later plans', () => {
  it('repeat when previous plans ≥ 1; blank is a problem left out of both counts', () => {
    const result = count([
      plan('1', '2021-03-01', null, null, 0),
      plan('2', '2021-03-02', null, null, 1),
      plan('3', '2021-03-03', null, null, '2'),
      plan('4', '2021-03-04', null, null, null),
      plan('5', '2021-02-28', null, null, 1),
    ]);
    expect(result.measures.cpRepeat).toMatchObject({ value: 66.7, numerator: 2, denominator: 3 });
    expect(result.problems).toEqual([expect.objectContaining({ row: 5, column: 'Number of Previous Child Protection Plans', found: 'an empty cell', effect: 'left out of cpRepeat' })]);
  });
});

describe('cpVisits: children on a plan at R visited within 10 working days', () => {
  // R is Wednesday 31 March 2021: the working days after 17 March up to R are ten, after 16 March eleven.
  const records = [
    plan('1', '2021-01-01', null, '2021-03-17'),
    plan('2', '2021-01-01', null, '2021-03-16'),
    plan('3', '2021-01-01', null, '2021-03-31'),
    plan('4', '2021-01-01', null, null),
    plan('5', '2021-01-01', null, '2021-04-01'),
    plan('6', '2021-01-01', null, '2021-13-01'),
  ];

  it('10 working days is within, 11 is not, on R is; no visit date is not visited', () => {
    expect(count(records).measures.cpVisits).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
  });

  it('a visit after R, or an unreadable one, is a problem left out of both counts (the child is still on a plan)', () => {
    const result = count(records);
    expect(result.measures.cpPlans).toMatchObject({ value: 6 });
    expect(result.problems.map(({ row, found, effect }) => ({ row, found, effect }))).toEqual([
      { row: 6, found: "1 April 2021, after the month's end", effect: 'left out of cpVisits' },
      { row: 7, found: '"2021-13-01"', effect: 'left out of cpVisits' },
    ]);
  });

  it("the council's standard from calendar.json: 11 working days is within 15", () => {
    expect(count(records, '2021-03', { cpVisitWorkingDays: 15 }).measures.cpVisits).toMatchObject({ value: 75, numerator: 3, denominator: 4 });
  });
});
