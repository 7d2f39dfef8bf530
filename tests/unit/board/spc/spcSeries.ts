// The hand-built series the SPC tests of this folder share. Every expected value in them was worked
// out from the rules as NHSRplotthedots applies them (ptd_spc_standard, ptd_special_cause_type,
// ptd_point_type, ptd_calculate_assurance_type); the arithmetic is in the comments. Constants:
// limits = mean ± 2.66 × mR̄; near lines = mean ± (2/3)(2.66) × mR̄, and (2/3)(2.66) = 1.773333…;
// a moving range at or above 3.267 × mR̄ is screened out once.
import type { SpcAnalysis, SpcInputPoint, SpcPointType } from '../../../../src/domain/board/spc/spcTypes';

/** The i-th month from January 2017, as 'YYYY-MM', by integer arithmetic (no Date). */
export function monthAt(i: number): string {
  const n = 2017 * 12 + i;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Monthly points from January 2017. */
export function series(values: readonly (number | null)[]): SpcInputPoint[] {
  return values.map((value, i) => ({ month: monthAt(i), value }));
}

export function types(result: SpcAnalysis): SpcPointType[] {
  return result.points.map((point) => point.pointType);
}

/** Indices of the points whose type is not common cause. */
export function specialIndices(result: SpcAnalysis): number[] {
  return result.points.flatMap((point, i) => (point.pointType === 'common-cause' ? [] : [i]));
}

export function repeat<T>(pattern: readonly T[], times: number): T[] {
  return Array.from({ length: times }, () => pattern).flat();
}

// B (base): 9, 11 alternating, 12 points.
//   mean = (6×9 + 6×11)/12 = 120/12 = 10
//   moving ranges: eleven of 2 → mR̄ = 2 (screen at 3.267×2 = 6.534: none)
//   limits = 10 ± 2.66×2 = 10 ± 5.32 → 4.68 and 15.32
//   near   = 10 ± 1.773333×2 = 10 ± 3.546667 → 6.453333 and 13.546667
export const B = repeat([9, 11], 6);

// O (one point outside): 10, 12 alternating for 11 points, then 20.
//   mean = (6×10 + 5×12 + 20)/12 = 140/12 = 11.666667
//   moving ranges: ten of 2, then |20 − 10| = 10 → mR̄ = 30/11 = 2.727273
//   screening: 3.267 × 2.727273 = 8.910 ≤ 10 → the 10 is left out → mR̄ = 20/10 = 2
//   limits = 11.666667 ± 5.32 → 6.346667 and 16.986667; 20 > 16.986667 → outside
//   near   = 11.666667 ± 3.546667 → 8.12 and 15.213333; 10 and 12 are inside both
//   sides alternate (10 below, 12 above) → no shift; no trend longer than 2 points.
export const O = [...repeat([10, 12], 5), 10, 20];

// T (trend): 11, 13 alternating for 8 points, then 10, 10.5, 11, 12, 13, 13.5, 14.
//   mean = (4×11 + 4×13 + 10 + 10.5 + 11 + 12 + 13 + 13.5 + 14)/15 = (96 + 84)/15 = 12
//   moving ranges: seven of 2 (14), |10 − 13| = 3, then 0.5, 0.5, 1, 1, 0.5, 0.5 (4)
//     → mR̄ = 21/14 = 1.5 (screen at 4.9: none)
//   limits = 12 ± 3.99 → 8.01 and 15.99; near = 12 ± 2.66 → 9.34 and 14.66: nothing near
//   the last 7 rise every month (10 < 10.5 < … < 14); 13 → 10 falls, so the run starts at 10.
//   sides: 10, 10.5, 11 below; 12 on the mean (breaks any shift); 13, 13.5, 14 above → no shift.
export const T = [...repeat([11, 13], 4), 10, 10.5, 11, 12, 13, 13.5, 14];

// W (two of three): 9, 11, 9, 11, 9, 11, 14, 14, 11, 9, 11, 9, 6, 6, 9, 11.
//   mean = (6×9 + 6×11 + 2×14 + 2×6)/16 = 160/16 = 10
//   moving ranges: 2,2,2,2,2, 3,0,3, 2,2,2, 3,0,3, 2 → 30/15 = 2 (screen at 6.534: none)
//   limits 4.68 and 15.32; near lines 6.453333 and 13.546667
//   14 is near above, 6 is near below; 9 and 11 are not near.
//   window (11, 14, 14): all above the mean, two near → the two 14s (indices 6, 7)
//   window (9, 6, 6): all below, two near → the two 6s (indices 12, 13)
//   longest run on one side: 11, 14, 14, 11 (4); longest rise: 9, 11, 14 (3, then a tie).
export const W = [9, 11, 9, 11, 9, 11, 14, 14, 11, 9, 11, 9, 6, 6, 9, 11];

// S (shift): 7.5, 9.5 alternating for 7 points, then 12.5, 10.5 alternating for 7 points.
//   mean = (4×7.5 + 3×9.5 + 4×12.5 + 3×10.5)/14 = (58.5 + 81.5)/14 = 140/14 = 10
//   moving ranges: six of 2, |12.5 − 7.5| = 5, six of 2 → mR̄ = 29/13 = 2.230769
//   screening: 3.267 × 2.230769 = 7.288 > 5 → none left out
//   limits = 10 ± 2.66 × 2.230769 = 10 ± 5.933846 → 4.066154 and 15.933846
//   near   = 10 ± 1.773333 × 2.230769 = 10 ± 3.955897 → 6.044103 and 13.955897: nothing near
//   indices 0–6 are all below the mean, 7–13 all above: two runs of 7. No trend (zig-zag).
export const S = [...repeat([7.5, 9.5], 3), 7.5, ...repeat([12.5, 10.5], 3), 12.5];

// P (trend beats shift): 13.5, 13, 12.5, 12, 11.5, 11, 10.5, then 12, 6 alternating × 7 pairs.
//   mean = (84 + 7×12 + 7×6)/21 = 210/21 = 10
//   moving ranges: six of 0.5 (3), |12 − 10.5| = 1.5, thirteen of 6 (78) → 82.5/20 = 4.125
//   screening: 3.267 × 4.125 = 13.476 → none left out
//   limits = 10 ± 10.9725 → −0.9725 and 20.9725; near = 10 ± 7.315 → 2.685 and 17.315
//   indices 0–6 fall every month (a 7-point trend, down); indices 0–7 are all above the mean
//   (a shift of 8, up). 0–6 are hit by both: the trend comes first, so they are typed by the
//   fall; index 7 only by the shift, so it is typed by being above the mean.
export const P = [13.5, 13, 12.5, 12, 11.5, 11, 10.5, ...repeat([12, 6], 7)];

// Q (outside beats trend; screening; trend beats two of three):
//   9, 11 alternating × 4 pairs, then 2, 6, 9, 11, 12.5, 14, 15.5.
//   mean = (80 + 70)/15 = 10
//   moving ranges: seven of 2 (14), |2 − 11| = 9, then 4, 3, 2, 1.5, 1.5, 1.5 (13.5)
//     → mR̄ = 36.5/14 = 2.607143; 3.267 × 2.607143 = 8.5175 ≤ 9 → the 9 is left out
//     → mR̄ = 27.5/13 = 2.115385
//   limits = 10 ± 2.66 × 2.115385 = 10 ± 5.626923 → 4.373077 and 15.626923
//   near   = 10 ± 1.773333 × 2.115385 = 10 ± 3.751282 → 6.248718 and 13.751282
//   index 8 (2): below the lower limit, and the first point of a 7-point rise (indices 8–14).
//   indices 13, 14 (14, 15.5): near above, with 12.5 above too → two of three, but also in the
//   rise. Index 9 (6) is near below, but 2 is beyond the limit (not "near") and 9 is not near.
export const Q = [...repeat([9, 11], 4), 2, 6, 9, 11, 12.5, 14, 15.5];
