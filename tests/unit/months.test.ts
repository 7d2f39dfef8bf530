import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addMonths,
  compareMonths,
  currentMonth,
  dateToMonth,
  financialYear,
  formatIsoDate,
  formatIsoTime,
  formatMonth,
  formatMonthLong,
  isIsoDate,
  isMonth,
  missingMonths,
  monthOfDate,
  monthRange,
  monthsBetween,
  monthToDate,
} from '../../src/domain/months';

describe('isMonth', () => {
  it.each(['2017-11', '2017-01', '2017-12', '1999-04', '2099-10'])('accepts %s', (text) => {
    expect(isMonth(text)).toBe(true);
  });
  it.each(['2017-13', '2017-00', '17-11', '2017-1', '2017-011', '2017/11', ' 2017-11', '2017-11 ', '2017-11-01', 'Nov 2017', ''])(
    'rejects %j',
    (text) => {
      expect(isMonth(text)).toBe(false);
    },
  );
  it.each([201711, null, undefined, {}, ['2017-11']])('rejects a non-string %j', (value) => {
    expect(isMonth(value)).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2017-12-12')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-04-31')).toBe(false);
    expect(isIsoDate('2017-12')).toBe(false);
    expect(isIsoDate('12/12/2017')).toBe(false);
  });
});

describe('formatting', () => {
  it("writes every month's words as date-fns' en-GB locale does (the tables replaced its format)", () => {
    for (const month of monthRange('2016-01', '2017-12')) {
      const date = monthToDate(month);
      expect(formatMonth(month)).toBe(format(date, 'MMM yyyy', { locale: enGB }));
      expect(formatMonthLong(month)).toBe(format(date, 'MMMM yyyy', { locale: enGB }));
      expect(formatIsoDate(`${month}-09`)).toBe(format(new Date(date.getFullYear(), date.getMonth(), 9), 'd MMMM yyyy', { locale: enGB }));
    }
  });

  it('formatMonth', () => {
    expect(formatMonth('2017-11')).toBe('Nov 2017');
    expect(formatMonth('2018-01')).toBe('Jan 2018');
    expect(formatMonth('2018-09')).toBe('Sep 2018');
    expect(formatMonth('2017-12')).toBe('Dec 2017');
  });
  it('formatMonthLong', () => {
    expect(formatMonthLong('2017-11')).toBe('November 2017');
  });
  it('formatIsoTime reads the UTC time from the text', () => {
    expect(formatIsoTime('2018-06-01T09:00:00.000Z')).toBe('1 June 2018 at 09:00 UTC');
    expect(formatIsoTime('2018-12-31T23:59:00Z')).toBe('31 December 2018 at 23:59 UTC');
  });

  it('formatIsoDate', () => {
    expect(formatIsoDate('2017-12-01')).toBe('1 December 2017');
    expect(formatIsoDate('2017-12-12')).toBe('12 December 2017');
  });
  it('monthToDate is the local first of the month', () => {
    const date = monthToDate('2017-11');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2017, 10, 1, 0]);
    expect(() => monthToDate('2017-13')).toThrow(/Not a month/);
  });
  it('dateToMonth, monthOfDate, currentMonth', () => {
    expect(dateToMonth(new Date(2017, 10, 30, 23, 59))).toBe('2017-11');
    expect(monthOfDate('2017-12-12')).toBe('2017-12');
    expect(currentMonth(new Date(2018, 0, 31, 23, 59))).toBe('2018-01');
  });
});

describe('financialYear (April to March)', () => {
  it.each([
    ['2018-03', '2017-18'],
    ['2018-04', '2018-19'],
    ['2017-11', '2017-18'],
    ['2018-01', '2017-18'],
    ['1999-04', '1999-00'],
    ['2000-03', '1999-00'],
    ['2009-04', '2009-10'],
  ])('%s is in %s', (month, year) => {
    expect(financialYear(month)).toBe(year);
  });
});

describe('month arithmetic', () => {
  it('addMonths across year ends', () => {
    expect(addMonths('2017-12', 1)).toBe('2018-01');
    expect(addMonths('2018-01', -1)).toBe('2017-12');
    expect(addMonths('2017-11', 14)).toBe('2019-01');
    expect(addMonths('2019-01', -25)).toBe('2016-12');
    expect(addMonths('2017-11', 0)).toBe('2017-11');
    expect(addMonths('1999-12', 1)).toBe('2000-01');
  });
  it('monthsBetween', () => {
    expect(monthsBetween('2017-11', '2017-11')).toBe(0);
    expect(monthsBetween('2017-11', '2018-02')).toBe(3);
    expect(monthsBetween('2018-02', '2017-11')).toBe(-3);
    expect(monthsBetween('2017-12', '2019-01')).toBe(13);
  });
  it('monthRange is inclusive and crosses year ends', () => {
    expect(monthRange('2017-11', '2018-02')).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
    expect(monthRange('2017-11', '2017-11')).toEqual(['2017-11']);
    expect(monthRange('2018-02', '2017-11')).toEqual([]);
    expect(monthRange('2017-01', '2019-12')).toHaveLength(36);
  });
  it('missingMonths lists the gaps between the first and the last, in any input order', () => {
    expect(missingMonths([])).toEqual([]);
    expect(missingMonths(['2017-11'])).toEqual([]);
    expect(missingMonths(['2018-02', '2017-11'])).toEqual(['2017-12', '2018-01']);
    expect(missingMonths(['2017-10', '2017-11', '2017-12'])).toEqual([]);
    expect(missingMonths(['2017-12', '2017-10', '2017-12'])).toEqual(['2017-11']);
  });
  it('compareMonths sorts months', () => {
    expect(['2018-01', '2017-12', '2017-02'].sort(compareMonths)).toEqual(['2017-02', '2017-12', '2018-01']);
  });
});

// ---------------------------------------------------------------- time zones

// The test process has one time zone; run the formatting in child processes with others and
// check that every one prints what UTC prints: months must never shift to the previous month.
describe('time zones', () => {
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), 'months-tz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const script = join(dir, 'print-months.ts');
  writeFileSync(
    script,
    `import * as months from ${JSON.stringify(join(root, 'src/domain/months.ts'))};
const lines: string[] = [];
for (const year of [2017, 2018, 2019]) {
  for (let month = 1; month <= 12; month++) {
    const m = \`\${year}-\${String(month).padStart(2, '0')}\`;
    lines.push([m, months.formatMonth(m), months.formatMonthLong(m), months.addMonths(m, 1), months.addMonths(m, -1),
      months.financialYear(m), months.dateToMonth(months.monthToDate(m))].join(' | '));
  }
}
lines.push(months.formatIsoDate('2017-12-01'), months.formatIsoDate('2018-03-25'), months.formatIsoDate('2018-10-28'));
lines.push(months.monthRange('2017-10', '2018-04').join(','));
lines.push(String(new Date(2017, 10, 1).getTimezoneOffset()));
console.log(lines.join('\\n'));
`,
  );

  const run = promisify(execFile);
  const printIn = async (timeZone: string) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      env: { ...process.env, TZ: timeZone },
    });
    const lines = stdout.trim().split('\n');
    return { offset: Number(lines.pop()), lines };
  };

  it('formatMonth and formatIsoDate print the same in Auckland, Los Angeles and UTC', async () => {
    // The zones and their offsets from UTC on 1 November 2017 (minutes, as getTimezoneOffset gives them).
    const zones: [string, number][] = [['UTC', 0], ['Pacific/Auckland', -780], ['America/Los_Angeles', 420], ['Asia/Kolkata', -330]];
    const [utc, ...others] = await Promise.all(zones.map(([zone]) => printIn(zone)));
    expect(utc!.offset).toBe(0);
    expect(utc!.lines).toContain('2017-11 | Nov 2017 | November 2017 | 2017-12 | 2017-10 | 2017-18 | 2017-11');
    expect(utc!.lines).toContain('2017-12 | Dec 2017 | December 2017 | 2018-01 | 2017-11 | 2017-18 | 2017-12');
    expect(utc!.lines).toContain('1 December 2017');
    expect(utc!.lines).toHaveLength(36 + 4);
    others.forEach((other, index) => {
      expect(other.offset, `the TZ of the child process took effect: ${zones[index + 1]![0]}`).toBe(zones[index + 1]![1]);
      expect(other.lines).toEqual(utc!.lines);
    });
  }, 30_000);
});
