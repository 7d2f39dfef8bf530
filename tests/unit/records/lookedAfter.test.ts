// claCount, claVisits and rhiOffered (annex-a.md, "The measures", list 8), through countMonth.
import { describe, expect, it } from 'vitest';
import { countMonth } from '../../../src/domain/records/countMonth';
import { LIST_8_HEADERS, sheet, type Given } from './sheets';

const episode = (child: Given, started: Given, ceased: Given = null, visit: Given = null, missing: Given = 0, offered: Given = null) => ({
  'Child Unique ID': child,
  'Date Started to be Looked After': started,
  'Date Ceased to be Looked After': ceased,
  'Date of Last Social Work Visit': visit,
  "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months": missing,
  'Was the child offered a Return Interview after their last missing episode (Y/N)?': offered,
  'Allocated Team': 'Children in care',
});

const count = (records: Record<string, Given>[], calendar?: { claVisitDays: number }) =>
  countMonth({ month: '2021-03', sheets: [sheet('List 8', LIST_8_HEADERS, records)], calendar });

describe('claCount: distinct children looked after at R', () => {
  it('ceased on R is not looked after at R; ceased the day after is; a child in two rows is once', () => {
    const result = count([episode('1', '2020-01-01', '2021-03-31'), episode('2', '2020-01-01', '2021-04-01'), episode('3', '2020-01-01'), episode('3', '2021-02-01')]);
    expect(result.measures.claCount).toMatchObject({ value: 2, breakdown: { 'Children in care': { value: 2 } } });
  });
});

describe('claVisits: looked after at R, visited in the last 42 days', () => {
  // R is 31 March 2021: 17 February is 42 days before it, 16 February 43.
  const records = [
    episode('1', '2020-01-01', null, '2021-02-17'),
    episode('2', '2020-01-01', null, '2021-02-16'),
    episode('3', '2020-01-01', null, null),
    episode('4', '2020-01-01', null, '2021-04-02'),
  ];

  it('42 calendar days is within, 43 is not; no visit is not visited; after R is a problem', () => {
    const result = count(records);
    expect(result.measures.claVisits).toMatchObject({ value: 33.3, numerator: 1, denominator: 3 });
    expect(result.problems).toEqual([expect.objectContaining({ row: 5, column: 'Date of Last Social Work Visit', effect: 'left out of claVisits' })]);
  });

  it("the council's standard from calendar.json", () => {
    expect(count(records, { claVisitDays: 43 }).measures.claVisits).toMatchObject({ numerator: 2, denominator: 3 });
  });
});

describe('rhiOffered: looked after at R, missing in the last 12 months, offered a return interview', () => {
  it('only children with 1 or more missing episodes; yes is offered, no or blank is not; unreadable is a problem', () => {
    const result = count([
      episode('1', '2020-01-01', null, null, 2, 'Yes'),
      episode('2', '2020-01-01', null, null, 1, 'b) No'),
      episode('3', '2020-01-01', null, null, 1, null),
      episode('4', '2020-01-01', null, null, 0, 'Yes'),
      episode('5', '2020-01-01', null, null, null, 'Yes'),
      episode('6', '2020-01-01', null, null, 1, 'Offered'),
      episode('7', '2020-01-01', null, null, 'several', 'Yes'),
      episode('8', '2020-01-01', '2021-03-01', null, 3, 'Yes'),
    ]);
    expect(result.measures.rhiOffered).toMatchObject({ value: 33.3, numerator: 1, denominator: 3 });
    expect(result.problems.map(({ row, found, effect }) => ({ row, found, effect }))).toEqual([
      { row: 7, found: '"Offered"', effect: 'left out of rhiOffered' },
      { row: 8, found: '"several"', effect: 'left out of rhiOffered' },
    ]);
  });
});
