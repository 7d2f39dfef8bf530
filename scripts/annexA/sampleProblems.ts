// A few of each problem the counting names (shared annex-a.md), added to the sample extract so that
// a newcomer sees every kind on the page and in the command's summary: dates that cannot be read
// (31/09/2018, 03/15/2019, 15.04.19), required dates left empty, a blank number of earlier referrals
// or previous plans, an assessment authorised before it started, an ICPC before its strategy
// discussion, a "deemed unnecessary?" that is neither yes nor no, two open plans for one child, a
// record with no child ID, a missing count and a return interview answer that cannot be read, a
// worker not in the staff list, a worker listed twice, and an FTE over 1.
import { HEADERS } from './syntheticHeaders.ts';
import type { SyntheticExtract } from './syntheticExtract.ts';
import type { WrittenCell } from './xlsxWriter.ts';

type Values = Record<string, WrittenCell>;

/** A row of `list` with `values` by header and every other column empty. */
function rowOf(list: number, values: Values): WrittenCell[] {
  const headers = HEADERS[list]!;
  for (const header of Object.keys(values)) if (!headers.includes(header)) throw new Error(`List ${list} has no column "${header}"`);
  return headers.map((header) => values[header as string] ?? null);
}

const d = (iso: string): WrittenCell => ({ date: iso });

/** The problem rows of each list for month `month` (dates chosen inside it), by list. */
function problemRows(month: string, childIds: readonly number[]): Record<number, Values[]> {
  const [a, b, c, e] = childIds;
  const day = (dayOfMonth: number) => d(`${month}-${String(dayOfMonth).padStart(2, '0')}`);
  const team = { 'Allocated Team': 'Assessment 1', 'Allocated Worker': 'Amara Adeyemi' };
  return {
    1: [
      { 'Child Unique ID': a!, 'Date of Contact': '31/09/2018' },
      { 'Child Unique ID': b!, 'Date of Contact': null },
      { 'Child Unique ID': c!, 'Date of Contact': '15.04.19' },
    ],
    3: [
      { 'Child Unique ID': a!, 'Date of referral': day(9), 'Number of Referrals in Last 12 Months': null, ...team },
      { 'Child Unique ID': b!, 'Date of referral': '03/15/2019', 'Number of Referrals in Last 12 Months': 0, ...team },
    ],
    4: [
      { 'Child Unique ID': c!, 'Continuous Assessment Start Date': day(10), 'Continuous Assessment Date of Authorisation': day(9), ...team },
      { 'Child Unique ID': e!, 'Continuous Assessment Start Date': null, 'Continuous Assessment Date of Authorisation': day(16), ...team },
    ],
    5: [
      { 'Child Unique ID': a!, 'Strategy discussion initiating Section 47 Enquiry Start Date': day(12), 'Was an Initial Child Protection Conference deemed unnecessary?': 'No', 'Date of Initial Child Protection Conference': day(11), ...team },
      { 'Child Unique ID': b!, 'Strategy discussion initiating Section 47 Enquiry Start Date': day(1), 'Was an Initial Child Protection Conference deemed unnecessary?': 'Unknown', 'Date of Initial Child Protection Conference': day(15), ...team },
      { 'Child Unique ID': c!, 'Strategy discussion initiating Section 47 Enquiry Start Date': '15.04.19', 'Was an Initial Child Protection Conference deemed unnecessary?': 'No', 'Date of Initial Child Protection Conference': day(24), ...team },
    ],
    6: [
      { 'Child Unique ID': e!, 'CIN Start Date': null, 'Allocated Team': 'Care Planning 1', 'Allocated Worker': 'Ben Adeyemi' },
      { 'Child Unique ID': 93_999_001, 'CIN Start Date': d('2018-06-04'), 'Allocated Team': 'Care Planning 2', 'Allocated Worker': 'Agency Worker (locum)' },
    ],
    7: [
      { 'Child Unique ID': a!, 'Child Protection Plan Start Date': d('2018-10-01'), 'Date of the Last Statutory Visit': d('2018-12-20'), 'Number of Previous Child Protection Plans': 0, 'Allocated Team': 'Child Protection 1', 'Allocated Worker': 'Chloe Adeyemi' },
      { 'Child Unique ID': a!, 'Child Protection Plan Start Date': d('2019-01-14'), 'Date of the Last Statutory Visit': day(26), 'Number of Previous Child Protection Plans': 1, 'Allocated Team': 'Child Protection 1', 'Allocated Worker': 'Chloe Adeyemi' },
      { 'Child Unique ID': b!, 'Child Protection Plan Start Date': day(17), 'Number of Previous Child Protection Plans': null, 'Allocated Team': 'Child Protection 2', 'Allocated Worker': 'Dev Adeyemi' },
      { 'Child Unique ID': null, 'Child Protection Plan Start Date': d('2018-11-05'), 'Date of the Last Statutory Visit': day(23), 'Number of Previous Child Protection Plans': 0, 'Allocated Team': 'Child Protection 2' },
    ],
    8: [
      { 'Child Unique ID': c!, 'Date Started to be Looked After': d('2017-03-06'), 'Date of Last Social Work Visit': day(2), 'Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months': 'several', 'Allocated Team': 'Children in Care 1' },
      { 'Child Unique ID': e!, 'Date Started to be Looked After': d('2016-09-12'), 'Date of Last Social Work Visit': day(18), 'Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months': 2, 'Was the child offered a Return Interview after their last missing episode (Y/N)?': 'Declined', 'Allocated Team': 'Children in Care 2' },
      { 'Child Unique ID': 93_999_002, 'Date Started to be Looked After': d('2015-02-02'), 'Date Ceased to be Looked After': '31/04/2019', 'Allocated Team': 'Children in Care 1' },
    ],
  };
}

/** The sample extract with its problem rows added, and the staff list with a worker twice and an FTE over 1. */
export function withSampleProblems(extract: SyntheticExtract, month: string): SyntheticExtract {
  const ids = extract.personal.childIds.slice(-4).map(Number);
  const rows = problemRows(month, ids);
  const sheets = extract.sheets.map((sheet) => {
    const list = Number(sheet.name.slice(5));
    const extra = rows[list];
    return extra ? { ...sheet, rows: [...sheet.rows, ...extra.map((values) => rowOf(list, values))] } : sheet;
  });
  const [header, first, second, ...rest] = extract.staff;
  const staff = [header!, first!, second!, ...rest, [String(first![0]).toUpperCase(), first![1]!, 0.5], ['Kemi Lewis', 'Assessment 2', 1.5]];
  return { ...extract, sheets, staff, personal: { ...extract.personal, childIds: [...extract.personal.childIds, '93999001', '93999002'] } };
}
