// An independent statement of the national rank and band, for tests only: written from R's
// documentation and LAIT's source, not from src/domain/board/, so that a test can hold the
// module to it.
//  - R's quantile type 7 as ?quantile documents it (after Hyndman and Fan 1996):
//    Q(p) = (1 - γ) x[j] + γ x[j+1], m = 1 - p, j = floor(np + m), γ = np + m - j, x[0] = x[1], x[n+1] = x[n].
//  - R's rank(ties.method = "min"): the position of the first equal figure, best first.
//  - LAIT's calculate_quartile_band (R/fn_analysis.R), its case_when as written there.

/** R's documented type 7. */
export function documentedType7(values: readonly number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const m = 1 - p;
  const j = Math.floor(n * p + m);
  const g = n * p + m - j;
  const at = (k: number) => x[Math.min(Math.max(k, 1), n) - 1]!;
  // Mathematically (1 - γ) a + γ a is a; in binary it can miss by a bit, so take a as it is.
  return g === 0 || at(j) === at(j + 1) ? at(j) : (1 - g) * at(j) + g * at(j + 1);
}

/** rank(-x, ties.method = "min") for "up", rank(x, ...) for "down", of `value` in `field`. */
export function rankBySorting(field: readonly number[], value: number, polarity: 'up' | 'down'): number {
  const bestFirst = [...field].sort((a, b) => (polarity === 'up' ? b - a : a - b));
  return bestFirst.indexOf(value) + 1;
}

/** LAIT's case_when: "Low" A..D from the bottom quarter up, "High" D..A. */
export function laitBand(value: number, field: readonly number[], polarity: 'up' | 'down'): string {
  const [q0, q25, q50, q75, q100] = [0, 0.25, 0.5, 0.75, 1].map((p) => documentedType7(field, p)) as [number, number, number, number, number];
  const low = polarity === 'down';
  if (value >= q0 && value <= q25) return low ? 'A' : 'D';
  if (value > q25 && value <= q50) return low ? 'B' : 'C';
  if (value > q50 && value <= q75) return low ? 'C' : 'B';
  if (value > q75 && value <= q100) return low ? 'D' : 'A';
  return 'Error';
}
