// An Excel date serial to the calendar day Excel shows, by integer arithmetic on days (never a
// Date object, so no time zone can shift it).
//
// The 1900 system (the default): serial 1 is 1 January 1900, and Excel counts a 29 February 1900
// that never was (serial 60, kept from Lotus 1-2-3), so serials from 61 on are one day ahead of a
// plain count: 61 is 1 March 1900. The 1904 system (`<workbookPr date1904="1"/>`, old Mac
// workbooks): serial 0 is 1 January 1904. Source: ECMA-376 Part 1, §18.17.4.1 (Date Representation),
// and Microsoft's "Differences between the 1900 and the 1904 date system in Excel".

const MS_PER_DAY = 86_400_000;
/** Days from 1970-01-01 back to the day before serial 1 (1899-12-31), for serials 1 to 59. */
const EPOCH_1900_EARLY = -25_568;
/** Days from 1970-01-01 back to 1899-12-30, which makes serial 61 fall on 1 March 1900. */
const EPOCH_1900 = -25_569;
/** Days from 1970-01-01 to 1904-01-01 (serial 0 of the 1904 system). */
const EPOCH_1904 = -24_107;
/** Excel shows no day after 31 December 9999. */
const LAST_DAY = 2_932_896; // 9999-12-31, in days from 1970-01-01

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** YYYY-MM-DD of a count of days from 1970-01-01 (Howard Hinnant's civil_from_days). */
export function isoDayFromUnixDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The day Excel shows for a serial, or undefined where Excel shows no real day: a negative serial
 * (Excel shows #####), serial 0 of the 1900 system ("0 January 1900"), serial 60 (the 29 February
 * 1900 that never was) and anything after 9999. The time of day is dropped, after rounding to the
 * millisecond as Excel does, so 43831.99999999999 (a sum that missed midnight by a rounding error)
 * is the next day, as Excel shows it.
 */
export function dayFromSerial(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(Math.round(serial * MS_PER_DAY) / MS_PER_DAY);
  let unixDays: number;
  if (date1904) {
    if (day < 0) return undefined;
    unixDays = day + EPOCH_1904;
  } else {
    if (day < 1 || day === 60) return undefined;
    unixDays = day + (day < 60 ? EPOCH_1900_EARLY : EPOCH_1900);
  }
  return unixDays > LAST_DAY ? undefined : isoDayFromUnixDays(unixDays);
}
