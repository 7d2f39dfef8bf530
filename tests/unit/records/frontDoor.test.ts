// contacts, referrals and rereferrals (annex-a.md, "The measures"), through countMonth.
import { describe, expect, it } from 'vitest';
import { countMonth } from '../../../src/domain/records/countMonth';
import { date, LIST_1_HEADERS, LIST_3_HEADERS, sheet } from './sheets';

const contact = (child: string, when: unknown) => ({ 'Child Unique ID': child, 'Date of Contact': when as string });

describe('contacts: rows of list 1 whose Date of Contact is in M', () => {
  const list1 = sheet('List 1', LIST_1_HEADERS, [
    contact('1', date('2021-02-28')),
    contact('2', date('2021-03-01')),
    contact('3', date('2021-03-31')),
    contact('4', date('2021-04-01')),
    contact('5', '15/03/2021'),
    contact('6', '2021-03-16'),
    contact('7', '2021-03-16'), // the same child twice on one day: two contacts (rows)
    contact('7', '2021-03-16'),
    contact('8', null),
    contact('9', '31/03/21'),
  ]);
  const result = countMonth({ month: '2021-03', sheets: [list1] });

  it('counts the first and last day of M, not the days either side, dates in every form', () => {
    expect(result.measures.contacts).toEqual({ counted: true, value: 6, breakdown: { Unallocated: { value: 6 } } });
  });

  it('a row with no date or an unreadable one is a problem, not counted', () => {
    expect(result.problems).toEqual([
      { list: 1, row: 10, child: '8', column: 'Date of Contact', found: 'an empty cell', expected: expect.stringContaining('a date'), effect: 'left out of contacts' },
      { list: 1, row: 11, child: '9', column: 'Date of Contact', found: '"31/03/21"', expected: expect.stringContaining('a date'), effect: 'left out of contacts' },
    ]);
  });
});

const referral = (child: string, when: string, earlier: string | number | null, team: string | null = 'Locality 1') => ({
  'Child Unique ID': child,
  'Date of Referral': when,
  'Number of Referrals in Last 12 Months': earlier,
  'Allocated Team': team,
});

describe('referrals and rereferrals (list 3)', () => {
  const list3 = sheet('List 3 - Referrals', LIST_3_HEADERS, [
    referral('1', '2021-03-02', 0),
    referral('2', '2021-03-03', 1),
    referral('3', '2021-03-04', 3, 'Locality 2'),
    referral('4', '2021-03-05', null, 'Locality 2'),
    referral('5', '2021-03-06', 'two', null),
    referral('6', '2021-02-26', null),
    referral('7', '2021-03-08', '0', '#N/A'),
  ]);
  const result = countMonth({ month: '2021-03', sheets: [list3] });

  it('referrals: every row dated in M, by Allocated Team (empty or #N/A: Unallocated)', () => {
    expect(result.measures.referrals).toEqual({
      counted: true,
      value: 6,
      breakdown: { 'Locality 1': { value: 2 }, 'Locality 2': { value: 2 }, Unallocated: { value: 2 } },
    });
  });

  it('rereferrals: of the month’s referrals with a number of earlier referrals, those with 1 or more', () => {
    expect(result.measures.rereferrals).toEqual({
      counted: true,
      value: 50,
      numerator: 2,
      denominator: 4,
      breakdown: {
        'Locality 1': { value: 50, numerator: 1, denominator: 2 },
        'Locality 2': { value: 100, numerator: 1, denominator: 1 },
        Unallocated: { value: 0, numerator: 0, denominator: 1 },
      },
    });
  });

  it('a blank or unreadable number is a problem left out of rereferrals only; a blank outside M is no problem', () => {
    expect(result.problems.map(({ row, column, found, effect }) => ({ row, column, found, effect }))).toEqual([
      { row: 5, column: 'Number of Referrals in Last 12 Months', found: 'an empty cell', effect: 'left out of rereferrals' },
      { row: 6, column: 'Number of Referrals in Last 12 Months', found: '"two"', effect: 'left out of rereferrals' },
    ]);
  });

  it('a date that cannot be read is one problem for both measures', () => {
    const bad = countMonth({ month: '2021-03', sheets: [sheet('List 3', LIST_3_HEADERS, [referral('1', '03/15/2021', 0)])] });
    expect(bad.problems).toEqual([expect.objectContaining({ row: 2, column: 'Date of Referral', found: '"03/15/2021"', effect: 'left out of referrals and rereferrals' })]);
    expect(bad.measures.rereferrals).toMatchObject({ value: null, numerator: 0, denominator: 0, note: 'No cases this month' });
  });
});
