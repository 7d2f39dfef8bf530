// RAG exactly as shared/data-contract.md defines it.
// up:   green when value >= target; amber when amber <= value < target; red below amber.
// down: green when value <= target; amber when target < value <= amber; red above amber.
// Without amber a value is green or red. Neutral indicators, indicators with no target in force
// and null values have no RAG.
import type { Indicator, Polarity } from '../schema';
import { thresholdFor, type Threshold } from './targets';

export type RagStatus = 'red' | 'amber' | 'green';
export type WorkstreamRag = RagStatus | 'blue';

export function ragForThreshold(value: number, polarity: Polarity, threshold: Threshold): RagStatus | undefined {
  const { target, amber } = threshold;
  if (polarity === 'up') {
    if (value >= target) return 'green';
    if (amber !== undefined && value >= amber) return 'amber';
    return 'red';
  }
  if (polarity === 'down') {
    if (value <= target) return 'green';
    if (amber !== undefined && value <= amber) return 'amber';
    return 'red';
  }
  return undefined;
}

export function ragFor(indicator: Indicator, month: string, value: number | null | undefined): RagStatus | undefined {
  if (value === null || value === undefined || indicator.polarity === 'neutral') return undefined;
  const threshold = thresholdFor(indicator, month);
  return threshold ? ragForThreshold(value, indicator.polarity, threshold) : undefined;
}
