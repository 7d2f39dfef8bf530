// Exceptions: the indicators a board or committee should look at first, each with its reasons in
// words (Herefordshire's monthly "progress and exception report"; Cheshire East's exception
// reports for high-risk indicators). Reasons, in this order:
//   "no figure this month"      a priority indicator left blank (null, or no entry) in a month that
//                               has its file: it has no RAG, so without this it would drop off the
//                               list the board reads first, silently (issue 26);
//   "newly red"                 red this month, not red in the reporting month before;
//   "red for N months"          red this month and the N-1 reporting months before (N >= 2), so
//                               every red indicator is on the list, with how long it has been red;
//   "special cause concerning"  the SPC variation icon for the month is concerning;
//   "will miss target"          the SPC assurance says the target will consistently be missed;
//   "behind trajectory"         below the plan's trajectory for the month (by polarity);
//   "poor quality"              the officer marked the month's figure `quality: "poor"`.
import type { SeriesPoint } from './series';

export interface ExceptionSignals {
  month: string;
  series: readonly SeriesPoint[];
  concerning: boolean;
  willMissTarget: boolean;
  behindTrajectory?: boolean;
  poorQuality?: boolean;
  /** A priority indicator: a blank figure is an exception. */
  priority?: boolean;
}

/** The month has its file, but no figure for the indicator (null or no entry). */
export function noFigure(series: readonly SeriesPoint[], month: string): boolean {
  const point = series.find((candidate) => candidate.month === month);
  return point !== undefined && !point.noSnapshot && (point.value === null || point.value === undefined);
}

/**
 * How many reporting months running the indicator has been red, ending at `month` (0 when it is
 * not red then). A month with no snapshot file neither breaks nor lengthens the run.
 */
export function redRun(series: readonly SeriesPoint[], month: string): number {
  let count = 0;
  for (let index = series.length - 1; index >= 0; index--) {
    const point = series[index]!;
    if (point.month > month) continue;
    if (point.value === undefined && point.noSnapshot) continue;
    if (point.rag !== 'red') break;
    count++;
  }
  return count;
}

export function exceptionReasons(signals: ExceptionSignals): string[] {
  const reasons: string[] = [];
  if (signals.priority && noFigure(signals.series, signals.month)) reasons.push('no figure this month');
  const reds = redRun(signals.series, signals.month);
  if (reds === 1) reasons.push('newly red');
  if (reds >= 2) reasons.push(`red for ${reds} months`);
  if (signals.concerning) reasons.push('special cause concerning');
  if (signals.willMissTarget) reasons.push('will miss target');
  if (signals.behindTrajectory) reasons.push('behind trajectory');
  if (signals.poorQuality) reasons.push('poor quality');
  return reasons;
}
