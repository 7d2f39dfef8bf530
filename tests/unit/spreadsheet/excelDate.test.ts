import { describe, expect, it } from 'vitest';
import { dayFromSerial, isoDayFromUnixDays } from '../../../src/domain/spreadsheet/excelDate';

describe('dayFromSerial', () => {
  it('agrees with Excel’s published anchors in the 1900 system', () => {
    expect(dayFromSerial(1, false)).toBe('1900-01-01');
    expect(dayFromSerial(59, false)).toBe('1900-02-28');
    expect(dayFromSerial(61, false)).toBe('1900-03-01');
    expect(dayFromSerial(25569, false)).toBe('1970-01-01');
    expect(dayFromSerial(36526, false)).toBe('2000-01-01');
    expect(dayFromSerial(45351, false)).toBe('2024-02-29');
    expect(dayFromSerial(2958465, false)).toBe('9999-12-31');
  });

  it('agrees in the 1904 system, 1,462 days behind', () => {
    expect(dayFromSerial(0, true)).toBe('1904-01-01');
    expect(dayFromSerial(36526 - 1462, true)).toBe('2000-01-01');
    expect(dayFromSerial(2957003, true)).toBe('9999-12-31');
  });

  it('gives no day where Excel shows none', () => {
    expect([0, 60, -1, 2958466, Number.NaN].map((serial) => dayFromSerial(serial, false))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(dayFromSerial(-1, true)).toBeUndefined();
  });

  it('drops the time, after rounding to the millisecond', () => {
    expect(dayFromSerial(43831.9999, false)).toBe('2020-01-01');
    expect(dayFromSerial(43831.999999999993, false)).toBe('2020-01-02');
  });

  it('matches the UTC calendar day by day over four centuries (a check by Date, never used by the reader)', () => {
    for (let days = -25567; days < 2_932_897; days += 97) {
      expect(isoDayFromUnixDays(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
    }
  });
});
