// The month in sentences, as officers wrote them in the seed report (sections 4.3 and 4.4), by
// rules that can be neither noisy nor lean positive. Each rule below is one function with its
// source; strengths and underperformance mirror each other:
//
//   underperformance                      strengths
//   red (N months running)                -
//   a worse RAG than last month           a better RAG than last month
//   special cause concerning              special cause improving
//   worsened three months running         improved three months running
//   worse than England                    better than England
//
// A single month's move is neither: NHS England's Making Data Count asks boards to stop reading
// two-point comparisons (this month against last) as change, because most such moves are noise
// inside common-cause variation. The seed paper's officers wrote "stable" and "no movement" for
// such figures (the words are in present/changeWords.ts). A real change shows up in the rules
// above: a special cause signal, a three-month run, or a RAG that moved.
import { compareWith, englandFor } from './comparison';
import { previousWithValue, runLength } from './direction';
import { formatValue } from '../format';
import { formatMonth } from '../months';
import { displayName } from '../names';
import type { RagStatus } from './rag';
import type { Indicator } from '../schema';
import type { SeriesPoint } from './series';
import { indicatorSpcVerdict } from './spc/spcIndicator';
import type { SpcVerdict } from './spc/spcVerdict';
import { thresholdFor } from './targets';

/** A run this long or longer is worth a sentence of its own (the seed report's "three months"). */
export const RUN_WORTH_SAYING = 3;

export type StrengthKind = 'rag-better' | 'special-cause-improving' | 'improving-run' | 'better-than-england';
export type UnderperformanceKind = 'red' | 'red-run' | 'rag-worse' | 'special-cause-concerning' | 'worsening-run' | 'worse-than-england';

export interface SummaryItem {
  indicatorId: string;
  kind: StrengthKind | UnderperformanceKind;
  text: string;
}

export interface MonthSummary {
  strengths: SummaryItem[];
  underperformance: SummaryItem[];
}

/** What every rule is given: the indicator, its series, the month, and the month's SPC reading. */
export interface RuleInput {
  indicator: Indicator;
  series: readonly SeriesPoint[];
  month: string;
  point: SeriesPoint & { value: number };
  spc: SpcVerdict;
}

const RAG_ORDER: Record<RagStatus, number> = { red: 0, amber: 1, green: 2 };

function item(input: RuleInput, kind: SummaryItem['kind'], text: string): SummaryItem {
  return { indicatorId: input.indicator.id, kind, text };
}

const valueOf = (input: RuleInput) => formatValue(input.point.value, input.indicator);
const targetOf = (input: RuleInput) => {
  const threshold = thresholdFor(input.indicator, input.month);
  return threshold ? formatValue(threshold.target, input.indicator) : undefined;
};

/** Months running the indicator has been red, ending at `month` (months with no file skipped). */
export function redRun(series: readonly SeriesPoint[], month: string): number {
  let count = 0;
  for (const point of [...series].reverse()) {
    if (point.month > month) continue;
    if (point.value === undefined && point.noSnapshot) continue;
    if (point.rag !== 'red') break;
    count++;
  }
  return count;
}

/** The RAG of the previous month with a figure, and that month. */
export function previousRag(series: readonly SeriesPoint[], month: string): { rag: RagStatus; month: string } | undefined {
  const previous = previousWithValue(series, month);
  return previous?.rag ? { rag: previous.rag, month: previous.month } : undefined;
}

/** Seed report 4.4: "red", and "red for N months running" when it has been for three or more. */
export function redRule(input: RuleInput): SummaryItem | undefined {
  if (input.point.rag !== 'red') return undefined;
  const name = displayName(input.indicator);
  const reds = redRun(input.series, input.month);
  if (reds >= RUN_WORTH_SAYING) {
    return item(input, 'red-run', `${name} has been red for ${reds} months running: ${valueOf(input)} against a target of ${targetOf(input)}.`);
  }
  const before = previousRag(input.series, input.month);
  const from = before && before.rag !== 'red' ? `, from ${before.rag} in ${formatMonth(before.month)}` : '';
  return item(input, 'red', `${name} is red: ${valueOf(input)} against a target of ${targetOf(input)}${from}.`);
}

/**
 * A RAG that changed since the previous month with a figure (seed report 4.3 "turned green";
 * 4.4's mirror, "slipped to amber"). A move into red is said once, by redRule.
 */
export function ragChangeRule(input: RuleInput): SummaryItem | undefined {
  const now = input.point.rag;
  const before = previousRag(input.series, input.month);
  if (!now || !before || now === before.rag) return undefined;
  const name = displayName(input.indicator);
  const from = `at ${valueOf(input)} (target ${targetOf(input)}), from ${before.rag} in ${formatMonth(before.month)}.`;
  if (RAG_ORDER[now] > RAG_ORDER[before.rag]) return item(input, 'rag-better', `${name} turned ${now} ${from}`);
  return now === 'red' ? undefined : item(input, 'rag-worse', `${name} slipped to ${now} ${from}`);
}

/** Making Data Count: a special cause signal on the latest point, improving or concerning. */
export function specialCauseRule(input: RuleInput): SummaryItem | undefined {
  const { variation, signal } = input.spc;
  if (variation !== 'improvement' && variation !== 'concern') return undefined;
  const detail = signal?.replace(/^[^:]*:\s*/, '') ?? '';
  const name = displayName(input.indicator);
  const text = `${name} at ${valueOf(input)} shows special cause variation, ${variation === 'improvement' ? 'improving' : 'concerning'}${detail ? `: ${detail}` : ''}.`;
  return item(input, variation === 'improvement' ? 'special-cause-improving' : 'special-cause-concerning', text);
}

/** Seed report 4.3 and 4.4: "improved (worsened) for three months running", and longer runs. */
export function runRule(input: RuleInput): SummaryItem | undefined {
  const name = displayName(input.indicator);
  const improving = runLength(input.indicator, input.series, input.month, 'improved');
  if (improving >= RUN_WORTH_SAYING) {
    return item(input, 'improving-run', `${name} has improved for ${improving} months running, to ${valueOf(input)}.`);
  }
  const worsening = runLength(input.indicator, input.series, input.month, 'worsened');
  if (worsening >= RUN_WORTH_SAYING) {
    return item(input, 'worsening-run', `${name} has worsened for ${worsening} months running, to ${valueOf(input)}.`);
  }
  return undefined;
}

/** Seed report 4.3: "better than the England average"; its mirror in 4.4. By comparison.ts's rule. */
export function englandRule(input: RuleInput): SummaryItem | undefined {
  const england = englandFor(input.indicator, input.month);
  if (!england) return undefined;
  const comparison = compareWith(input.indicator, input.point.value, england.value);
  const name = displayName(input.indicator);
  const englandText = `England (${formatValue(england.value, input.indicator)}, ${england.period})`;
  if (comparison === 'better') return item(input, 'better-than-england', `${name} at ${valueOf(input)} is better than ${englandText}.`);
  if (comparison === 'worse') return item(input, 'worse-than-england', `${name} at ${valueOf(input)} is worse than ${englandText}.`);
  return undefined;
}

/** The rules in the order their sentences are listed for one indicator. */
export const SUMMARY_RULES = [redRule, ragChangeRule, specialCauseRule, runRule, englandRule] as const;

const STRENGTH_KINDS = new Set<string>(['rag-better', 'special-cause-improving', 'improving-run', 'better-than-england']);

export function summariseIndicator(indicator: Indicator, series: readonly SeriesPoint[], month: string, spc?: SpcVerdict): MonthSummary {
  const summary: MonthSummary = { strengths: [], underperformance: [] };
  const point = series.find((candidate) => candidate.month === month);
  if (!point || typeof point.value !== 'number') return summary;
  const input: RuleInput = {
    indicator,
    series,
    month,
    point: point as SeriesPoint & { value: number },
    spc: spc ?? indicatorSpcVerdict(indicator, series, month),
  };
  for (const rule of SUMMARY_RULES) {
    const found = rule(input);
    if (found) (STRENGTH_KINDS.has(found.kind) ? summary.strengths : summary.underperformance).push(found);
  }
  return { strengths: joinRunToSignal(summary.strengths), underperformance: joinRunToSignal(summary.underperformance) };
}

/**
 * A special cause signal and a three-month run on the same side say one thing twice: one
 * sentence, "… shows special cause variation, improving: …; it has improved for 4 months running."
 */
export function joinRunToSignal(items: readonly SummaryItem[]): SummaryItem[] {
  const signal = items.find((entry) => entry.kind === 'special-cause-improving' || entry.kind === 'special-cause-concerning');
  const run = items.find((entry) => entry.kind === 'improving-run' || entry.kind === 'worsening-run');
  if (!signal || !run) return [...items];
  const runText = run.text.replace(/^.*? has (improved|worsened) for/, 'it has $1 for').replace(/, to [^,]*\.$/, '.');
  const joined = { ...signal, text: `${signal.text.replace(/\.$/, '')}; ${runText}` };
  return items.filter((entry) => entry !== run).map((entry) => (entry === signal ? joined : entry));
}

export function summariseMonth(
  entries: readonly { indicator: Indicator; series: readonly SeriesPoint[]; spc?: SpcVerdict }[],
  month: string,
): MonthSummary {
  const summary: MonthSummary = { strengths: [], underperformance: [] };
  for (const { indicator, series, spc } of entries) {
    const one = summariseIndicator(indicator, series, month, spc);
    summary.strengths.push(...one.strengths);
    summary.underperformance.push(...one.underperformance);
  }
  return summary;
}
