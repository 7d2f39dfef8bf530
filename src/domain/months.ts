// Months are `YYYY-MM` strings everywhere in the data and the app. This module is the only place
// that turns them into dates, and it builds them with the local-time constructor
// `new Date(year, monthIndex, 1)`, never `new Date('2017-11')`: the string form is parsed as UTC
// midnight and shows as October in any time zone west of Greenwich.
//
// Months and dates are written in words from the two en-GB tables below, not with date-fns'
// `format`: `format` brings every one of its formatters and the locale's (5.6 KB gzipped, on
// every page, the Overview's first load included) for the three patterns used here ("MMM yyyy",
// "MMMM yyyy", "d MMMM yyyy"). The words are date-fns' en-GB ones; a test holds them to it.

export type Month = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isMonth(text: unknown): text is Month {
  return typeof text === 'string' && MONTH_PATTERN.test(text);
}

/** The years a month or date of the data may fall in: the contract's "1990 to 2099". */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2099;

/** en-GB month names, as date-fns' en-GB locale writes them ("MMMM", "MMM"). */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const twoDigits = (value: number) => String(value).padStart(2, '0');
const fourDigits = (value: number) => String(value).padStart(4, '0');

/** Days in a month of the Gregorian calendar (month 1 to 12), worked out without a Date. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isIsoDate(text: unknown): text is string {
  const match = typeof text === 'string' ? DATE_PATTERN.exec(text) : null;
  if (!match) return false;
  // 2018-02-30 would roll over into March: the day must be in its month.
  return Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]));
}

function monthParts(month: Month): [number, number] {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  return [Number(match[1]), Number(match[2])];
}

/** A local-time Date on the first of the month. */
export function monthToDate(month: Month): Date {
  const [year, monthNumber] = monthParts(month);
  return new Date(year, monthNumber - 1, 1);
}

/** The month of a Date in local time. */
export function dateToMonth(date: Date): Month {
  return `${fourDigits(date.getFullYear())}-${twoDigits(date.getMonth() + 1)}`;
}

/** "Nov 2017" */
export function formatMonth(month: Month): string {
  const [year, monthNumber] = monthParts(month);
  return `${MONTH_ABBREVIATIONS[monthNumber - 1]} ${fourDigits(year)}`;
}

/** "November 2017" */
export function formatMonthLong(month: Month): string {
  const [year, monthNumber] = monthParts(month);
  return `${MONTH_NAMES[monthNumber - 1]} ${fourDigits(year)}`;
}

/** "12 December 2017" from an ISO date `YYYY-MM-DD`. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTH_NAMES[month! - 1]} ${fourDigits(year!)}`;
}

/**
 * "1 June 2018 at 09:00 UTC" from an ISO time in UTC (`2018-06-01T09:00:00.000Z`, as a
 * publication records it): read from the text, so no time zone can move it.
 */
export function formatIsoTime(isoTime: string): string {
  return `${formatIsoDate(isoTime.slice(0, 10))} at ${isoTime.slice(11, 16)} UTC`;
}

/** The month an ISO date `YYYY-MM-DD` falls in. */
export function monthOfDate(isoDate: string): Month {
  return isoDate.slice(0, 7);
}

export function addMonths(month: Month, count: number): Month {
  const [year, monthNumber] = monthParts(month);
  const index = year * 12 + (monthNumber - 1) + count;
  return `${fourDigits(Math.floor(index / 12))}-${twoDigits((index % 12) + 1)}`;
}

export function compareMonths(a: Month, b: Month): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole months from `a` to `b` (positive when b is later). */
export function monthsBetween(a: Month, b: Month): number {
  const [ya, ma] = monthParts(a);
  const [yb, mb] = monthParts(b);
  return (yb - ya) * 12 + (mb - ma);
}

/** Every month from `first` to `last` inclusive. */
export function monthRange(first: Month, last: Month): Month[] {
  const months: Month[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** Months absent from `present` between its first and last month. */
export function missingMonths(present: readonly Month[]): Month[] {
  if (present.length === 0) return [];
  const sorted = [...present].sort(compareMonths);
  const have = new Set(sorted);
  return monthRange(sorted[0]!, sorted[sorted.length - 1]!).filter((month) => !have.has(month));
}

/** Councils report by financial year, April to March: 2017-11 is in "2017-18". */
export function financialYear(month: Month): string {
  const [year, monthNumber] = monthParts(month);
  const startYear = monthNumber >= 4 ? year : year - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The month of a local calendar date, e.g. today's month. */
export function currentMonth(today: Date = new Date()): Month {
  return dateToMonth(today);
}

/** The last `count` items (by their `month`) up to and including `month`, oldest first. */
export function lastMonthsUpTo<T extends { month: string }>(items: readonly T[], month: string, count: number): T[] {
  return items.filter((item) => item.month <= month).slice(-count);
}

/** The last day of a month as an ISO date: "2018-02-28" for 2018-02. */
export function lastDayOfMonth(month: Month): string {
  const [year, monthNumber] = monthParts(month);
  return `${fourDigits(year)}-${twoDigits(monthNumber)}-${twoDigits(daysInMonth(year, monthNumber))}`;
}

/** The first month (April) of the financial year `month` falls in: 2017-11 gives 2017-04. */
export function financialYearStart(month: Month): Month {
  const [year, monthNumber] = monthParts(month);
  return `${monthNumber >= 4 ? year : year - 1}-04`;
}
