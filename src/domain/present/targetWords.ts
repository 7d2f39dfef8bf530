// The target in force (board/targets.ts) in words, for the cards, the indicator page and the pack.
import type { Threshold } from '../board/targets';
import { formatValue } from '../format';
import type { Indicator } from '../schema';

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

/** "85% (from Apr 2018)" */
export function describeTarget(indicator: Indicator, threshold: Threshold | undefined): string {
  if (!threshold) return 'No target';
  return formatValue(threshold.target, indicator);
}
