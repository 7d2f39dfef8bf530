// The counting job the "Build a month from Annex A" page's worker runs (annexACount.worker.ts): the
// officer's files read and counted with the same code as npm run build-month (src/domain/records/),
// and the data folder's calendar.json checked as check-data does. It imports the domain only, so the
// worker carries nothing else, and it makes no request: it has only the bytes it is given.
import { readDataFile } from '../domain/contract/readFile';
import { countMonth, type MonthCount } from '../domain/records/countMonth';
import { readExtractFiles, readStaffFile, type NamedBytes } from '../domain/records/extractFiles';
import type { CalendarFile } from '../domain/schema';

export interface AnnexARequest {
  month: string;
  /** One workbook, or CSV files, one per list. */
  extract: NamedBytes[];
  staff?: NamedBytes;
  /** The data folder's calendar.json as fetched before reading, when it has one. */
  calendar?: Uint8Array;
}

/** The calendar the count used: the data folder's calendar.json, or none. */
export interface CalendarUsed {
  closures: number;
  cpVisitWorkingDays?: number;
  claVisitDays?: number;
}

export type AnnexAResult = { kind: 'counted'; count: MonthCount; calendar?: CalendarUsed } | { kind: 'unreadable'; file: string; detail: string };

/** 0 to 1 while the files are read (most of the work), then 1 while counting. */
export type AnnexAProgress = (fraction: number) => void;

export function countAnnexA(request: AnnexARequest, progress: AnnexAProgress): AnnexAResult {
  let calendar: Omit<CalendarFile, '$schema'> | undefined;
  if (request.calendar) {
    const read = readDataFile('calendar.json', request.calendar);
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    if (errors.length || !read.data) return { kind: 'unreadable', file: 'calendar.json', detail: `it has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}; the Data page shows where` };
    calendar = read.data as CalendarFile;
  }
  const extract = readExtractFiles(request.extract, (fraction) => progress(fraction * 0.95));
  if (!extract.ok) return { kind: 'unreadable', file: extract.file, detail: extract.detail };
  if (extract.value.length === 0) {
    return { kind: 'unreadable', file: request.extract.map((file) => file.name).join(', '), detail: 'no sheet or file named for a list the month is counted from (List 1, 3, 4, 5, 6, 7 or 8)' };
  }
  const staff = request.staff ? readStaffFile(request.staff) : undefined;
  if (staff && !staff.ok) return { kind: 'unreadable', file: staff.file, detail: staff.detail };
  progress(0.95);
  const count = countMonth({ month: request.month, sheets: extract.value, staff: staff?.value, calendar });
  progress(1);
  const used = calendar && { closures: calendar.closures?.length ?? 0, cpVisitWorkingDays: calendar.cpVisitWorkingDays, claVisitDays: calendar.claVisitDays };
  return { kind: 'counted', count, ...(used ? { calendar: used } : {}) };
}
