// The target in force (board/targets.ts) in words, for the Overview's cards, the Indicator page and
// the pack: one target line, the same on each.
import type { Threshold } from '../board/targets';
import { formatValue } from '../format';
import type { Indicator } from '../schema';
import { noTargetWords } from './words';

/** "Green at 85% or more; amber from 75%". Undefined when there is no target. */
export function describeThreshold(indicator: Indicator, threshold: Threshold | undefined): string | undefined {
  if (!threshold || indicator.polarity === 'neutral') return undefined;
  const { target, amber } = threshold;
  if (indicator.polarity === 'up') {
    const green = `Green at ${formatValue(target, indicator)} or more`;
    return amber === undefined ? `${green}; red below` : `${green}; amber from ${formatValue(amber, indicator)}; red below`;
  }
  const green = `Green at ${formatValue(target, indicator)} or less`;
  return amber === undefined ? `${green}; red above` : `${green}; amber up to ${formatValue(amber, indicator)}; red above`;
}

export interface TargetWords {
  /** "85%", "None: context only", "No target". */
  target: string;
  /** "Green at 85% or more; amber from 75%; red below"; none without a target. */
  rule?: string;
}

/** The target line of an indicator's key facts, for the month's threshold. */
export function targetWords(indicator: Indicator, threshold: Threshold | undefined): TargetWords {
  const rule = describeThreshold(indicator, threshold);
  return { target: threshold ? formatValue(threshold.target, indicator) : noTargetWords(indicator), ...(rule ? { rule } : {}) };
}

/** "85%. Green at 85% or more; …": the target line in one sentence. */
export function targetSentence(words: TargetWords): string {
  return words.rule ? `${words.target}. ${words.rule}` : words.target;
}
