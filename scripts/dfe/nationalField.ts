// The council among every local authority on one mapped measure and year, for comparators.json's
// `national`: the field is every local authority row of the year whose measure is a number (a
// joint row, such as Kingston upon Thames / Richmond upon Thames, is one row and so counted once;
// a cell that is not a number, "low" and "u" included, is outside it, as in the DfE's LAIT), and
// it is summarised by the board's own rule (src/domain/board/nationalField.ts) with the council's
// figure, or why it has none. A derived measure (ICPCs within 15 working days, from counts) is
// ranked as shown: worked out and rounded by measureValue, the same for every council.
import { summariseField } from '../../src/domain/board/nationalField';
import type { NationalField } from '../../src/domain/schema';
import { missingFigureNote } from './comparatorValue';
import type { Council } from './councils';
import type { MeasureMapping } from './mapping';
import { measureValue } from './measureValue';
import { onlyRow, rowCodes, type RowIndex } from './rows';

export function nationalFieldFor(index: RowIndex, year: number, period: string, mapping: MeasureMapping, council: Council): NationalField {
  const field: number[] = [];
  for (const row of index.localByYear.get(year) ?? []) {
    const figure = measureValue(row, mapping);
    if (figure.value !== null) field.push(figure.value);
  }
  const own = onlyRow(index.local.get(`${year}|${council.code}`), `${council.name} in ${year}`, mapping);
  const figure = own ? measureValue(own, mapping) : undefined;
  const value = figure?.value ?? null;
  const jointWith = own && rowCodes(own).length > 1 ? own.la_name?.trim() : undefined;
  return {
    indicator: mapping.indicator,
    period,
    value,
    ...(figure && figure.value === null ? { symbol: figure.symbol, note: missingFigureNote(figure.reason, figure.symbol) } : {}),
    ...(own ? {} : { note: 'not published' }),
    ...(jointWith ? { jointWith } : {}),
    ...summariseField(field, value),
  };
}
