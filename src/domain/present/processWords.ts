// What a changed process means for the target, in a sentence (board/spc/processRun.ts): "Since
// August 2018 the figure has averaged 86%: above the 85% target, so on average it meets the
// target."; while still moving, "Since October 2017 the figure has fallen month after month, to
// 20.2%: now below the 25% target."
// It stands where a card would otherwise say "Process changed: recalculate the limits", which
// reads as an alarm or a task and does not say whether the target will be met.
import type { ProcessRun } from '../board/spc/processRun';
import type { IndicatorStatus } from '../board/status';
import { formatValue } from '../format';
import { formatMonthLong } from '../months';

/** What a settled level means for the target; a trend's latest figure is the month's, and says it itself. */
const VERDICT: Record<NonNullable<ProcessRun['against']>, string> = {
  meets: ', so on average it meets the target',
  at: ', so on average it just meets the target',
  misses: ', so on average it misses the target',
};

/** "above the 85% target" ("below" when lower is better and it meets it), "at the 85% target". */
function sideOf(run: ProcessRun, target: string, polarity: IndicatorStatus['indicator']['polarity']): string {
  if (run.against === 'at') return `at ${target}`;
  const high = (run.against === 'meets') === (polarity !== 'down');
  return `${high ? 'above' : 'below'} ${target}`;
}

/** The sentence for a changed process; undefined when the process has not changed. */
export function processSentence(status: Pick<IndicatorStatus, 'indicator' | 'process' | 'value'>): string | undefined {
  const { process: run, indicator } = status;
  if (!run) return undefined;
  const level = formatValue(run.level, indicator);
  const since = `Since ${formatMonthLong(run.since)} the figure has`;
  const how = run.kind === 'shift' ? `${since} averaged ${level}` : `${since} ${run.direction === 1 ? 'risen' : 'fallen'} month after month, to ${level}`;
  if (indicator.polarity === 'neutral') return `${how} (context only: no target).`;
  if (run.target === undefined || run.against === undefined) return `${how}. There is no target to judge it against.`;
  const target = `the ${formatValue(run.target, indicator)} target`;
  const month = run.monthDiffers && typeof status.value === 'number' ? `, though this month’s ${formatValue(status.value, indicator)} ${run.against === 'misses' ? 'meets it' : 'misses it'}` : '';
  const side = sideOf(run, target, indicator.polarity);
  if (run.kind === 'trend') return `${how}: ${run.against === 'at' ? side : `now ${side}`}.`;
  return `${how}: ${side}${VERDICT[run.against]}${month}.`;
}
