// What every measure's counting shares: the month, its reference date R, the working-day calendar,
// the council's visit standards, the problem log, and which measures are being counted (a problem
// names only those).
import type { AnnexAMeasureId } from '../schema';
import type { ProblemLog } from './problemLog';
import type { WorkingDayCalendar } from './workingDays';

export interface CountContext {
  /** The day number of the first day of the month M. */
  monthStart: number;
  /** R, the last day of M, as a day number: "at the month's end" means open on R. */
  reference: number;
  calendar: WorkingDayCalendar;
  /** calendar.json's cpVisitWorkingDays (default 10). */
  cpVisitWorkingDays: number;
  /** calendar.json's claVisitDays (default 42). */
  claVisitDays: number;
  log: ProblemLog;
  /** The measures being counted: a list or column missing stops the others. */
  counting: ReadonlySet<AnnexAMeasureId>;
}

/** Whether a day is in the month ("in the month" measures count events dated in M). */
export function inMonth(day: number, context: CountContext): boolean {
  return day >= context.monthStart && day <= context.reference;
}

/** Those of `measures` being counted, in the order given. */
export function countedOf(measures: readonly AnnexAMeasureId[], context: CountContext): AnnexAMeasureId[] {
  return measures.filter((measure) => context.counting.has(measure));
}
