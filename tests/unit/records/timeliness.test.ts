// assessmentsIn45 and icpcIn15 (annex-a.md, "The measures"), with working days at their edges.
import { describe, expect, it } from 'vitest';
import { countMonth } from '../../../src/domain/records/countMonth';
import { LIST_4_HEADERS, LIST_5_HEADERS, sheet } from './sheets';

const assessment = (child: string, start: string | null, authorised: string | null) => ({
  'Child Unique ID': child,
  'Continuous Assessment Start Date': start,
  'Continuous Assessment Date of Authorisation': authorised,
  'Allocated Team': 'Assessment',
});

describe('assessmentsIn45: authorised in M, within 45 working days of the start', () => {
  // From Monday 4 January 2021, the 45th working day is Monday 8 March (no bank holiday between).
  const list4 = sheet('List 4', LIST_4_HEADERS, [
    assessment('1', '2021-01-04', '2021-03-08'), // 45: within
    assessment('2', '2021-01-04', '2021-03-09'), // 46: not
    assessment('3', '2021-03-10', '2021-03-10'), // 0: within
    assessment('4', '2021-01-04', null), // not authorised: not in this measure
    assessment('5', '2021-01-04', '2021-02-26'), // authorised in February
    assessment('6', '2021-03-12', '2021-03-11'), // authorised before it started: a problem
    assessment('7', null, '2021-03-15'), // no start: a problem
    assessment('8', '2021-01-04', '12/13/2021'), // unreadable authorisation: a problem
  ]);
  const result = countMonth({ month: '2021-03', sheets: [list4] });

  it('45 working days is within, 46 is not; the same day is 0', () => {
    expect(result.measures.assessmentsIn45).toMatchObject({ value: 66.7, numerator: 2, denominator: 3, breakdown: { Assessment: { value: 66.7, numerator: 2, denominator: 3 } } });
  });

  it('authorised before it started, no start, and an unreadable authorisation are problems', () => {
    expect(result.problems.map(({ row, column, found, effect }) => ({ row, column, found, effect }))).toEqual([
      { row: 7, column: 'Continuous Assessment Date of Authorisation', found: '11 March 2021, before the assessment started on 12 March 2021', effect: 'left out of assessmentsIn45' },
      { row: 8, column: 'Continuous Assessment Start Date', found: 'an empty cell', effect: 'left out of assessmentsIn45' },
      { row: 9, column: 'Continuous Assessment Date of Authorisation', found: '"12/13/2021"', effect: 'left out of assessmentsIn45' },
    ]);
  });
});

const icpc = (child: string, strategy: string | null, held: string | null, unnecessary: string | null = 'No') => ({
  'Child Unique ID': child,
  'Strategy discussion initiating Section 47 Enquiry Start Date': strategy,
  'Was an Initial Child Protection Conference deemed unnecessary?': unnecessary,
  'Date of Initial Child Protection Conference': held,
  'Allocated Team': 'Child protection',
});

describe('icpcIn15: ICPCs held in M within 15 working days of the strategy discussion', () => {
  it('exactly 15 and 16 working days across a bank holiday (2 and 3 June 2022)', () => {
    const list5 = sheet('List 5', LIST_5_HEADERS, [icpc('1', '2022-05-27', '2022-06-21'), icpc('2', '2022-05-27', '2022-06-22')]);
    const result = countMonth({ month: '2022-06', sheets: [list5] });
    expect(result.measures.icpcIn15).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
  });

  it('exactly 15 and 16 working days across a closure day in calendar.json', () => {
    const list5 = sheet('List 5', LIST_5_HEADERS, [icpc('1', '2024-03-04', '2024-03-26'), icpc('2', '2024-03-04', '2024-03-27')]);
    const withClosure = countMonth({ month: '2024-03', sheets: [list5], calendar: { closures: [{ date: '2024-03-05', reason: 'Closure' }] } });
    expect(withClosure.measures.icpcIn15).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    const without = countMonth({ month: '2024-03', sheets: [list5] });
    expect(without.measures.icpcIn15).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
  });

  it('a conference deemed unnecessary is not counted; any other answer is, an unreadable one named', () => {
    const list5 = sheet('List 5', LIST_5_HEADERS, [
      icpc('1', '2021-03-01', '2021-03-05', 'Yes'),
      icpc('2', '2021-03-01', '2021-03-05', 'a) Yes'),
      icpc('3', '2021-03-01', '2021-03-05', 'b) No'),
      icpc('4', '2021-03-01', '2021-03-05', null),
      icpc('5', '2021-03-01', '2021-03-05', 'Not known'),
      icpc('6', '2021-03-01', null, 'Yes'), // deemed unnecessary, no conference: not in this measure
    ]);
    const result = countMonth({ month: '2021-03', sheets: [list5] });
    expect(result.measures.icpcIn15).toMatchObject({ value: 100, numerator: 3, denominator: 3 });
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 6, child: '5', column: 'Was an Initial Child Protection Conference deemed unnecessary?', found: '"Not known"', effect: 'counted in icpcIn15, as not deemed unnecessary (the conference has a date)' }),
    ]);
  });

  it('an ICPC dated before its strategy discussion is a problem left out of both counts; so is no strategy date', () => {
    const list5 = sheet('List 5', LIST_5_HEADERS, [icpc('1', '2021-03-10', '2021-03-09'), icpc('2', null, '2021-03-09'), icpc('3', '2021-03-01', '2021-03-09')]);
    const result = countMonth({ month: '2021-03', sheets: [list5] });
    expect(result.measures.icpcIn15).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
    expect(result.problems.map((problem) => [problem.row, problem.found, problem.effect])).toEqual([
      [2, '9 March 2021, before the strategy discussion on 10 March 2021', 'left out of icpcIn15'],
      [3, 'an empty cell', 'left out of icpcIn15'],
    ]);
  });

  it('a month with no conferences: null, "No cases this month"', () => {
    const result = countMonth({ month: '2021-04', sheets: [sheet('List 5', LIST_5_HEADERS, [icpc('1', '2021-03-01', '2021-03-09')])] });
    expect(result.measures.icpcIn15).toEqual({ counted: true, value: null, numerator: 0, denominator: 0, breakdown: {}, note: 'No cases this month' });
  });
});
