// Real calendar dates and years from 1990 to 2099, wherever a month or a date is written.
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../src/domain/contract/readFile';
import { daysInMonth } from '../../../src/domain/months';

const snapshot = (extra: Record<string, unknown>) => JSON.stringify({ month: '2018-03', values: {}, ...extra }, null, 2);

describe('daysInMonth', () => {
  it('knows February in leap and common years and the 30-day months', () => {
    expect([daysInMonth(2018, 2), daysInMonth(2020, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([28, 29, 29, 28]);
    expect([daysInMonth(2018, 4), daysInMonth(2018, 12)]).toEqual([30, 31]);
  });
});

describe('a date that is not a day of the calendar', () => {
  it.each(['2018-02-29', '2018-04-31', '2019-06-31'])('%s is an error where it is written', (date) => {
    const text = snapshot({ produced: date });
    const [problem] = readDataFile('snapshots/2018-03.json', text).problems;
    expect(problem).toMatchObject({ severity: 'error', code: 'impossible-date', path: ['produced'], found: `text "${date}"`, line: 4 });
  });

  it('2020-02-29 is a day', () => {
    expect(readDataFile('snapshots/2018-03.json', snapshot({ produced: '2020-02-29' })).problems).toEqual([]);
  });

  it('an event on 31 April, a survey closed on 29 February 2019', () => {
    expect(readDataFile('events.json', JSON.stringify({ events: [{ date: '2018-04-31', label: 'x' }] })).problems.map((p) => p.code)).toEqual(['impossible-date']);
    const survey = { id: 's', name: 'S', closed: '2019-02-29' };
    expect(readDataFile('snapshots/2018-03.json', snapshot({ surveys: [survey] })).problems).toMatchObject([{ code: 'impossible-date', path: ['surveys', 0, 'closed'] }]);
  });
});

describe('a year before 1990 or after 2099', () => {
  it('a month of 2999 is one error, not a month of the data', () => {
    const problems = readDataFile('snapshots/2999-03.json', JSON.stringify({ month: '2999-03', values: {} })).problems;
    expect(problems).toMatchObject([{ severity: 'error', code: 'year-out-of-range', path: ['month'], expected: 'a year from 1990 to 2099' }]);
  });

  it('a month of year 0000 in a target', () => {
    const indicators = { indicators: [{ id: 'A', name: 'A', area: 'A', unit: 'count', polarity: 'up', targets: [{ from: '0000-01', target: 3 }] }] };
    expect(readDataFile('indicators.json', JSON.stringify(indicators)).problems).toMatchObject([{ code: 'year-out-of-range', path: ['indicators', 0, 'targets', 0, 'from'] }]);
  });

  it('1990-01 and 2099-12 are in range', () => {
    expect(readDataFile('snapshots/1990-01.json', JSON.stringify({ month: '1990-01', values: {} })).problems).toEqual([]);
    expect(readDataFile('snapshots/2099-12.json', JSON.stringify({ month: '2099-12', values: {} })).problems).toEqual([]);
  });
});
