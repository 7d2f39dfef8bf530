// Counting a month from the Annex A extract: shared annex-a.md from end to end. Takes the extract's
// sheets (or CSV files) as rows, the staff list's rows and calendar.json; returns each measure's
// figures (value, numerator, denominator, by team) and the records it could not count. Pure: the
// command line (scripts/buildMonth.ts) and the browser's worker both call this, so they agree.
import type { SheetRow } from '../spreadsheet/cells';
import { isMonth, lastDayOfMonth } from '../months';
import { ANNEX_A_MEASURE_IDS, type AnnexAMeasureId, type CalendarFile } from '../schema';
import { notCounted, type MeasureResult } from './aggregate';
import { BANK_HOLIDAY_YEARS } from './bankHolidays';
import { allocations, caseload, unallocated, type OpenInList } from './caseload';
import { countedOf, type CountContext } from './countContext';
import { dayNumber } from './days';
import { rereferrals, rowsDatedInMonth } from './frontDoor';
import { claCount, claVisits, rhiOffered } from './lookedAfter';
import { findLists, listTable, type ExtractSheet, type ListTable } from './lists';
import { LIST_COLUMNS, type ColumnKey, type ListNumber } from './measureNeeds';
import { whyNotCounted } from './notCounted';
import { openAtReference } from './openEpisodes';
import { ProblemLog, type RecordProblem } from './problemLog';
import { cpPlans, cpRepeat, cpVisits } from './protection';
import { readStaffList } from './staffList';
import { assessmentsIn45, icpcIn15 } from './timeliness';
import { workingDayCalendar } from './workingDays';

/** annex-a.md: cpVisitWorkingDays and claVisitDays when calendar.json does not say. */
export const DEFAULT_CP_VISIT_WORKING_DAYS = 10;
export const DEFAULT_CLA_VISIT_DAYS = 42;

export interface CountInput {
  /** The month M, `YYYY-MM`, as the officer gives it. */
  month: string;
  /** The workbook's sheets, or a folder's CSV files, each with its name. */
  sheets: readonly ExtractSheet[];
  /** The staff list's rows; undefined when none was given (caseload is then not counted). */
  staff?: readonly SheetRow[];
  calendar?: Omit<CalendarFile, '$schema'>;
}

export interface MonthCount {
  month: string;
  measures: Record<AnnexAMeasureId, MeasureResult>;
  problems: RecordProblem[];
}

/** Why a month cannot be counted (not YYYY-MM, or outside the years the bank holidays cover), or undefined. */
export function monthProblem(month: string): string | undefined {
  if (!isMonth(month)) return `"${month}" is not a month written YYYY-MM, such as 2019-04`;
  const year = Number(month.slice(0, 4));
  if (year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) {
    return `the working-day calendar covers ${BANK_HOLIDAY_YEARS.first} to ${BANK_HOLIDAY_YEARS.last} (src/domain/records/bankHolidays.ts), not ${year}`;
  }
  return undefined;
}

type Tables = { [L in ListNumber]?: ListTable<ColumnKey<L>> };

export function countMonth(input: CountInput): MonthCount {
  const problem = monthProblem(input.month);
  if (problem) throw new RangeError(problem);
  const log = new ProblemLog();
  const sheets = findLists(input.sheets, log);
  const tables: Tables = {};
  for (const list of Object.keys(LIST_COLUMNS).map(Number) as ListNumber[]) {
    const sheet = sheets.get(list);
    if (sheet) (tables as Record<number, unknown>)[list] = listTable(list, sheet, LIST_COLUMNS[list] as Readonly<Record<string, string>>);
  }
  const staff = input.staff ? readStaffList(input.staff, log) : undefined;

  const measures = {} as Record<AnnexAMeasureId, MeasureResult>;
  const counting = new Set<AnnexAMeasureId>();
  for (const measure of ANNEX_A_MEASURE_IDS) {
    const reason = whyNotCounted(measure, tables, staff, log);
    if (reason === undefined) counting.add(measure);
    else measures[measure] = notCounted(reason);
  }

  const context: CountContext = {
    monthStart: dayNumber(`${input.month}-01`),
    reference: dayNumber(lastDayOfMonth(input.month)),
    calendar: workingDayCalendar((input.calendar?.closures ?? []).map((closure) => closure.date)),
    cpVisitWorkingDays: input.calendar?.cpVisitWorkingDays ?? DEFAULT_CP_VISIT_WORKING_DAYS,
    claVisitDays: input.calendar?.claVisitDays ?? DEFAULT_CLA_VISIT_DAYS,
    log,
    counting,
  };
  const counted = (measure: AnnexAMeasureId, count: () => MeasureResult) => {
    if (counting.has(measure)) measures[measure] = count();
  };
  const { 1: list1, 3: list3, 4: list4, 5: list5, 6: list6, 7: list7, 8: list8 } = tables;
  const withAllocation = (...own: AnnexAMeasureId[]) => countedOf([...own, 'caseload', 'unallocated'], context);
  // Each list's open children once, for every measure that counts them (a problem names them all).
  const open4 = list4 ? openAtReference(list4, 'assessmentStart', 'assessmentAuthorised', withAllocation(), context) : new Map();
  const open6 = list6 ? openAtReference(list6, 'cinStart', 'cinClosure', withAllocation(), context) : new Map();
  const open7 = list7 ? openAtReference(list7, 'planStart', 'planEnd', withAllocation('cpPlans', 'cpVisits'), context) : new Map();
  const open8 = list8 ? openAtReference(list8, 'started', 'ceased', withAllocation('claCount', 'claVisits', 'rhiOffered'), context) : new Map();

  counted('contacts', () => rowsDatedInMonth(list1!, 'contactDate', 'contacts', context));
  counted('referrals', () => rowsDatedInMonth(list3!, 'referralDate', 'referrals', context));
  counted('rereferrals', () => rereferrals(list3!, context));
  counted('assessmentsIn45', () => assessmentsIn45(list4!, context));
  counted('icpcIn15', () => icpcIn15(list5!, context));
  counted('cpPlans', () => cpPlans(list7!, open7));
  counted('cpRepeat', () => cpRepeat(list7!, context));
  counted('cpVisits', () => cpVisits(list7!, open7, context));
  counted('claCount', () => claCount(list8!, open8));
  counted('claVisits', () => claVisits(list8!, open8, context));
  counted('rhiOffered', () => rhiOffered(list8!, open8, context));
  if (counting.has('unallocated') || counting.has('caseload')) {
    const byPrecedence: OpenInList[] = [
      { table: list8!, open: open8 },
      { table: list7!, open: open7 },
      { table: list6!, open: open6 },
      { table: list4!, open: open4 },
    ];
    const children = allocations(byPrecedence);
    counted('unallocated', () => unallocated(children));
    counted('caseload', () => caseload(children, staff!, context));
  }

  const ordered = Object.fromEntries(ANNEX_A_MEASURE_IDS.map((id) => [id, measures[id]])) as Record<AnnexAMeasureId, MeasureResult>;
  return { month: input.month, measures: ordered, problems: log.problems() };
}
