// The national field of one period summarised for the council, once, when the DfE's figures are
// imported (scripts/dfe/nationalField.ts): how many local authorities have a figure, how many have a
// higher and a lower one than the council, and the quartiles LAIT bands by (board/quantile.ts).
// From these board/nationalRank.ts gives the rank and band at run time, for either polarity.
import type { NationalField } from '../schema';
import { quartiles } from './quantile';

export type FieldSummary = Pick<NationalField, 'of' | 'higher' | 'lower' | 'quartiles'>;

/**
 * The field of one period summarised for the council: how many have a figure, how many a higher and
 * a lower one than `value`, and the quartiles. `value` is the council's own figure, one of `field`,
 * or null when the council has none (then neither higher nor lower).
 */
export function summariseField(field: readonly number[], value: number | null): FieldSummary {
  const figures = field.filter((figure) => Number.isFinite(figure));
  if (value !== null && !figures.includes(value)) throw new Error(`the council's figure ${value} is not one of the field's figures`);
  const cut = quartiles(figures);
  return {
    of: figures.length,
    ...(value !== null ? { higher: figures.filter((figure) => figure > value).length, lower: figures.filter((figure) => figure < value).length } : {}),
    ...(cut ? { quartiles: cut } : {}),
  };
}
