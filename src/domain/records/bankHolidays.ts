// The bank holidays of England and Wales, 2010 to 2030, as data: the days a working-day count
// skips besides weekends and the council's own closure days (shared annex-a.md, "Working days").
//
// Sources. Each year's days follow from:
// - the Banking and Financial Dealings Act 1971, section 1 and Schedule 1, paragraph 1: Easter
//   Monday, the last Monday in May, the last Monday in August, 26 December if it is not a Sunday,
//   and 27 December in a year in which 25 or 26 December is a Sunday;
// - Christmas Day and Good Friday, holidays at common law;
// - the royal proclamations made each year under section 1(3) of the Act: New Year's Day
//   (1 January, or the Monday after when it falls at a weekend), the first Monday in May, and the
//   substitute days for Christmas (28 December when 25 December is a Friday or a Saturday);
// - the proclamations of one-off days, under section 1(2) (a day moved) or 1(3) (a day added):
//   29 April 2011 (the royal wedding); 4 June 2012 (the spring bank holiday moved from 28 May) and
//   5 June 2012 (the Queen's Diamond Jubilee); 8 May 2020 (the early May bank holiday moved from
//   4 May, for the 75th anniversary of VE Day); 2 June 2022 (the spring bank holiday moved from
//   30 May) and 3 June 2022 (the Platinum Jubilee); 19 September 2022 (the State Funeral of Queen
//   Elizabeth II); 8 May 2023 (the coronation of King Charles III).
// The published list is GOV.UK's (https://www.gov.uk/bank-holidays, and its bank-holidays.json),
// which covers the years it has been announced for; the years after it follow the rules above
// until a proclamation says otherwise. tests/unit/records/bankHolidays.test.ts holds this list to
// the rules and to the published days, one-off days included. To add a year, or a one-off day
// once it is proclaimed, add its rows here and its days to that test.

/** Each bank holiday of England and Wales as [date, name], in date order. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly (readonly [date: string, name: string])[] = [
  // 2010
  ['2010-01-01', 'New Year’s Day'],
  ['2010-04-02', 'Good Friday'],
  ['2010-04-05', 'Easter Monday'],
  ['2010-05-03', 'Early May bank holiday'],
  ['2010-05-31', 'Spring bank holiday'],
  ['2010-08-30', 'Summer bank holiday'],
  ['2010-12-27', 'Christmas Day (substitute day)'],
  ['2010-12-28', 'Boxing Day (substitute day)'],
  // 2011
  ['2011-01-03', 'New Year’s Day (substitute day)'],
  ['2011-04-22', 'Good Friday'],
  ['2011-04-25', 'Easter Monday'],
  ['2011-04-29', 'Royal wedding (proclamation)'],
  ['2011-05-02', 'Early May bank holiday'],
  ['2011-05-30', 'Spring bank holiday'],
  ['2011-08-29', 'Summer bank holiday'],
  ['2011-12-26', 'Boxing Day'],
  ['2011-12-27', 'Christmas Day (substitute day)'],
  // 2012
  ['2012-01-02', 'New Year’s Day (substitute day)'],
  ['2012-04-06', 'Good Friday'],
  ['2012-04-09', 'Easter Monday'],
  ['2012-05-07', 'Early May bank holiday'],
  ['2012-06-04', 'Spring bank holiday, moved from 28 May by proclamation'],
  ['2012-06-05', 'Queen’s Diamond Jubilee (proclamation)'],
  ['2012-08-27', 'Summer bank holiday'],
  ['2012-12-25', 'Christmas Day'],
  ['2012-12-26', 'Boxing Day'],
  // 2013
  ['2013-01-01', 'New Year’s Day'],
  ['2013-03-29', 'Good Friday'],
  ['2013-04-01', 'Easter Monday'],
  ['2013-05-06', 'Early May bank holiday'],
  ['2013-05-27', 'Spring bank holiday'],
  ['2013-08-26', 'Summer bank holiday'],
  ['2013-12-25', 'Christmas Day'],
  ['2013-12-26', 'Boxing Day'],
  // 2014
  ['2014-01-01', 'New Year’s Day'],
  ['2014-04-18', 'Good Friday'],
  ['2014-04-21', 'Easter Monday'],
  ['2014-05-05', 'Early May bank holiday'],
  ['2014-05-26', 'Spring bank holiday'],
  ['2014-08-25', 'Summer bank holiday'],
  ['2014-12-25', 'Christmas Day'],
  ['2014-12-26', 'Boxing Day'],
  // 2015
  ['2015-01-01', 'New Year’s Day'],
  ['2015-04-03', 'Good Friday'],
  ['2015-04-06', 'Easter Monday'],
  ['2015-05-04', 'Early May bank holiday'],
  ['2015-05-25', 'Spring bank holiday'],
  ['2015-08-31', 'Summer bank holiday'],
  ['2015-12-25', 'Christmas Day'],
  ['2015-12-28', 'Boxing Day (substitute day)'],
  // 2016
  ['2016-01-01', 'New Year’s Day'],
  ['2016-03-25', 'Good Friday'],
  ['2016-03-28', 'Easter Monday'],
  ['2016-05-02', 'Early May bank holiday'],
  ['2016-05-30', 'Spring bank holiday'],
  ['2016-08-29', 'Summer bank holiday'],
  ['2016-12-26', 'Boxing Day'],
  ['2016-12-27', 'Christmas Day (substitute day)'],
  // 2017
  ['2017-01-02', 'New Year’s Day (substitute day)'],
  ['2017-04-14', 'Good Friday'],
  ['2017-04-17', 'Easter Monday'],
  ['2017-05-01', 'Early May bank holiday'],
  ['2017-05-29', 'Spring bank holiday'],
  ['2017-08-28', 'Summer bank holiday'],
  ['2017-12-25', 'Christmas Day'],
  ['2017-12-26', 'Boxing Day'],
  // 2018
  ['2018-01-01', 'New Year’s Day'],
  ['2018-03-30', 'Good Friday'],
  ['2018-04-02', 'Easter Monday'],
  ['2018-05-07', 'Early May bank holiday'],
  ['2018-05-28', 'Spring bank holiday'],
  ['2018-08-27', 'Summer bank holiday'],
  ['2018-12-25', 'Christmas Day'],
  ['2018-12-26', 'Boxing Day'],
  // 2019
  ['2019-01-01', 'New Year’s Day'],
  ['2019-04-19', 'Good Friday'],
  ['2019-04-22', 'Easter Monday'],
  ['2019-05-06', 'Early May bank holiday'],
  ['2019-05-27', 'Spring bank holiday'],
  ['2019-08-26', 'Summer bank holiday'],
  ['2019-12-25', 'Christmas Day'],
  ['2019-12-26', 'Boxing Day'],
  // 2020
  ['2020-01-01', 'New Year’s Day'],
  ['2020-04-10', 'Good Friday'],
  ['2020-04-13', 'Easter Monday'],
  ['2020-05-08', 'Early May bank holiday (VE Day), moved from 4 May by proclamation'],
  ['2020-05-25', 'Spring bank holiday'],
  ['2020-08-31', 'Summer bank holiday'],
  ['2020-12-25', 'Christmas Day'],
  ['2020-12-28', 'Boxing Day (substitute day)'],
  // 2021
  ['2021-01-01', 'New Year’s Day'],
  ['2021-04-02', 'Good Friday'],
  ['2021-04-05', 'Easter Monday'],
  ['2021-05-03', 'Early May bank holiday'],
  ['2021-05-31', 'Spring bank holiday'],
  ['2021-08-30', 'Summer bank holiday'],
  ['2021-12-27', 'Christmas Day (substitute day)'],
  ['2021-12-28', 'Boxing Day (substitute day)'],
  // 2022
  ['2022-01-03', 'New Year’s Day (substitute day)'],
  ['2022-04-15', 'Good Friday'],
  ['2022-04-18', 'Easter Monday'],
  ['2022-05-02', 'Early May bank holiday'],
  ['2022-06-02', 'Spring bank holiday, moved from 30 May by proclamation'],
  ['2022-06-03', 'Platinum Jubilee bank holiday (proclamation)'],
  ['2022-08-29', 'Summer bank holiday'],
  ['2022-09-19', 'Bank holiday for the State Funeral of Queen Elizabeth II (proclamation)'],
  ['2022-12-26', 'Boxing Day'],
  ['2022-12-27', 'Christmas Day (substitute day)'],
  // 2023
  ['2023-01-02', 'New Year’s Day (substitute day)'],
  ['2023-04-07', 'Good Friday'],
  ['2023-04-10', 'Easter Monday'],
  ['2023-05-01', 'Early May bank holiday'],
  ['2023-05-08', 'Bank holiday for the coronation of King Charles III (proclamation)'],
  ['2023-05-29', 'Spring bank holiday'],
  ['2023-08-28', 'Summer bank holiday'],
  ['2023-12-25', 'Christmas Day'],
  ['2023-12-26', 'Boxing Day'],
  // 2024
  ['2024-01-01', 'New Year’s Day'],
  ['2024-03-29', 'Good Friday'],
  ['2024-04-01', 'Easter Monday'],
  ['2024-05-06', 'Early May bank holiday'],
  ['2024-05-27', 'Spring bank holiday'],
  ['2024-08-26', 'Summer bank holiday'],
  ['2024-12-25', 'Christmas Day'],
  ['2024-12-26', 'Boxing Day'],
  // 2025
  ['2025-01-01', 'New Year’s Day'],
  ['2025-04-18', 'Good Friday'],
  ['2025-04-21', 'Easter Monday'],
  ['2025-05-05', 'Early May bank holiday'],
  ['2025-05-26', 'Spring bank holiday'],
  ['2025-08-25', 'Summer bank holiday'],
  ['2025-12-25', 'Christmas Day'],
  ['2025-12-26', 'Boxing Day'],
  // 2026
  ['2026-01-01', 'New Year’s Day'],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
  ['2026-05-04', 'Early May bank holiday'],
  ['2026-05-25', 'Spring bank holiday'],
  ['2026-08-31', 'Summer bank holiday'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day (substitute day)'],
  // 2027
  ['2027-01-01', 'New Year’s Day'],
  ['2027-03-26', 'Good Friday'],
  ['2027-03-29', 'Easter Monday'],
  ['2027-05-03', 'Early May bank holiday'],
  ['2027-05-31', 'Spring bank holiday'],
  ['2027-08-30', 'Summer bank holiday'],
  ['2027-12-27', 'Christmas Day (substitute day)'],
  ['2027-12-28', 'Boxing Day (substitute day)'],
  // 2028
  ['2028-01-03', 'New Year’s Day (substitute day)'],
  ['2028-04-14', 'Good Friday'],
  ['2028-04-17', 'Easter Monday'],
  ['2028-05-01', 'Early May bank holiday'],
  ['2028-05-29', 'Spring bank holiday'],
  ['2028-08-28', 'Summer bank holiday'],
  ['2028-12-25', 'Christmas Day'],
  ['2028-12-26', 'Boxing Day'],
  // 2029
  ['2029-01-01', 'New Year’s Day'],
  ['2029-03-30', 'Good Friday'],
  ['2029-04-02', 'Easter Monday'],
  ['2029-05-07', 'Early May bank holiday'],
  ['2029-05-28', 'Spring bank holiday'],
  ['2029-08-27', 'Summer bank holiday'],
  ['2029-12-25', 'Christmas Day'],
  ['2029-12-26', 'Boxing Day'],
  // 2030
  ['2030-01-01', 'New Year’s Day'],
  ['2030-04-19', 'Good Friday'],
  ['2030-04-22', 'Easter Monday'],
  ['2030-05-06', 'Early May bank holiday'],
  ['2030-05-27', 'Spring bank holiday'],
  ['2030-08-26', 'Summer bank holiday'],
  ['2030-12-25', 'Christmas Day'],
  ['2030-12-26', 'Boxing Day'],
];

/** The first and last years the list covers: a date outside them cannot be counted in working days. */
export const BANK_HOLIDAY_YEARS = { first: 2010, last: 2030 } as const;
