// R's quantile(type = 7) (src/domain/board/quantile.ts). Expected values come two ways, neither
// through the function under test: figures worked by hand (quantile(1:10) is R's textbook
// 1, 3.25, 5.5, 7.75, 10), and a separate implementation written from the formula R's
// documentation gives (tests/unit/laitOracle.ts).
import { describe, expect, it } from 'vitest';
import { quantile, quantileOfSorted, quartiles } from '../../../src/domain/board/quantile';
import { documentedType7 } from '../laitOracle';

/** Park and Miller's minimal standard generator, seeded, so that the vectors are the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

describe('quantile, R type 7, on known vectors', () => {
  it('quantile(1:10) is 1, 3.25, 5.5, 7.75, 10', () => {
    expect(quartiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });

  it('quantile(c(2, 4, 4, 5)) is 2, 3.5, 4, 4.25, 5 (by hand: index 1.75, 2.5, 3.25)', () => {
    expect(quartiles([5, 4, 2, 4])).toEqual([2, 3.5, 4, 4.25, 5]);
  });

  it('an odd count lands on figures: quantile(c(10, 20, 30, 40, 50)) is the figures themselves', () => {
    expect(quartiles([50, 10, 40, 20, 30])).toEqual([10, 20, 30, 40, 50]);
  });

  it('151 figures: the 25% quartile is halfway between the 38th and 39th (index 38.5)', () => {
    const values = Array.from({ length: 151 }, (_, i) => i * 2);
    // x[38] = 74, x[39] = 76.
    expect(quantile(values, 0.25)).toBe(75);
  });

  it('equal neighbours: R keeps the figure, with no interpolation to round', () => {
    expect(quantileOfSorted([61.4, 61.4, 61.4, 70], 0.5)).toBe(61.4);
  });

  it('one figure: every quartile is that figure; none: undefined, as R gives NA', () => {
    expect(quartiles([65.3])).toEqual([65.3, 65.3, 65.3, 65.3, 65.3]);
    expect(quartiles([])).toBeUndefined();
    expect(quantile([], 0.5)).toBeUndefined();
  });

  it('figures that are not numbers are left out, as na.rm = TRUE drops NA', () => {
    expect(quartiles([Number.NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });

  it('agrees exactly with the documented formula on the quartiles of 200 vectors of published-style figures', () => {
    const random = generator(2017);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 160);
      // One decimal, as the DfE publishes, with repeats.
      const values = Array.from({ length: n }, () => Math.round(random() * 1000) / 10);
      const expected = [0, 0.25, 0.5, 0.75, 1].map((p) => documentedType7(values, p));
      expect(quartiles(values), `n = ${n}`).toEqual(expected);
    }
  });

  it('agrees with the documented formula at any probability (to 12 places)', () => {
    const random = generator(28);
    for (let trial = 0; trial < 100; trial++) {
      const values = Array.from({ length: 2 + Math.floor(random() * 40) }, () => random() * 100);
      const p = random();
      expect(quantile(values, p)).toBeCloseTo(documentedType7(values, p), 12);
    }
  });
});
