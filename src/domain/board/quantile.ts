// R's quantile(x, type = 7), R's default, which the DfE's Local Authority Interactive Tool calls as
// `quantile(values, na.rm = TRUE)` for its quartile bands (LAIT, R/lait_modules/mod_la_lvl_table.R).
// Written with R's own arithmetic (src/library/stats/R/quantile.R, type 7):
//   index <- 1 + (n - 1) * probs; lo <- floor(index); hi <- ceiling(index)
//   qs <- x[lo]; i <- which(index > lo & x[hi] != qs); h <- (index - lo)[i]
//   qs[i] <- (1 - h) * qs[i] + h * x[hi[i]]
// so that a council's figure on a boundary falls on the same side as in R, to the last bit.

/** The quartiles LAIT bands by: 0%, 25%, 50%, 75% and 100%. */
export type Quartiles = [number, number, number, number, number];

export const QUARTILE_PROBABILITIES = [0, 0.25, 0.5, 0.75, 1] as const;

/** The `probability` quantile of figures already sorted ascending; undefined for none (R gives NA). */
export function quantileOfSorted(sorted: readonly number[], probability: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const p = Math.max(0, Math.min(1, probability));
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sorted[lo - 1]!;
  const high = sorted[hi - 1]!;
  if (index > lo && high !== low) {
    const h = index - lo;
    return (1 - h) * low + h * high;
  }
  return low;
}

/** R's quantile(values, na.rm = TRUE): figures that are not finite numbers are left out, as R drops NA. */
export function quantile(values: readonly number[], probability: number): number | undefined {
  return quantileOfSorted(sortedFinite(values), probability);
}

/** The five quartiles of the figures, as R's quantile(values, na.rm = TRUE) gives them; undefined for none. */
export function quartiles(values: readonly number[]): Quartiles | undefined {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return undefined;
  return QUARTILE_PROBABILITIES.map((p) => quantileOfSorted(sorted, p)!) as Quartiles;
}

function sortedFinite(values: readonly number[]): number[] {
  return values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
}
