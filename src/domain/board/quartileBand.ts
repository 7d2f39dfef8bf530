// The national quartile band, A best, exactly as the DfE's Local Authority Interactive Tool sets it
// (LAIT, R/fn_analysis.R, calculate_quartile_band). Its rule for a "Low" (lower is better) measure:
//   (value >= q0%  & value <= q25%)  ~ "A",
//   (value >  q25% & value <= q50%)  ~ "B",
//   (value >  q50% & value <= q75%)  ~ "C",
//   (value >  q75% & value <= q100%) ~ "D"
// and for a "High" one the same intervals named D, C, B, A. So a figure exactly on a quartile is in
// the band below it on the number line: for "High" a figure equal to the 75% quartile is B, not A;
// for "Low" a figure equal to the 25% quartile is A. Outside [q0%, q100%] LAIT says "Error" (never
// for a council inside the field it was worked out from); a neutral measure has no band ("-").
// The quartiles are R's type 7 (board/quantile.ts), over every council with a figure, this one too.
import type { Polarity } from '../schema';
import type { Quartiles } from './quantile';

export type Band = 'A' | 'B' | 'C' | 'D';

/** The bands from the lowest figures up: for a "Low" measure A first, for a "High" one D first. */
const LOW_FIRST: Record<'up' | 'down', readonly Band[]> = {
  down: ['A', 'B', 'C', 'D'],
  up: ['D', 'C', 'B', 'A'],
};

/** The band of `value` among the quartiles, by polarity; undefined for a neutral measure or a figure outside the field. */
export function quartileBand(value: number, quartiles: Readonly<Quartiles>, polarity: Polarity): Band | undefined {
  if (polarity === 'neutral' || !Number.isFinite(value)) return undefined;
  const [q0, q25, q50, q75, q100] = quartiles;
  const bands = LOW_FIRST[polarity];
  if (value >= q0 && value <= q25) return bands[0];
  if (value > q25 && value <= q50) return bands[1];
  if (value > q50 && value <= q75) return bands[2];
  if (value > q75 && value <= q100) return bands[3];
  return undefined;
}
