// A mapped measure from one row of a DfE file. A derived measure is sum(numerator columns) /
// denominator column × scale, as the DfE defines it.
import { isLow, LOW_BELOW, missingReason, parseValue, roundHalfUp, type CsvRow } from './cells';
import { DEFAULT_DECIMALS, DEFAULT_SCALE, type MeasureMapping } from './mapping';

export type MeasureValue =
  | { value: number }
  | { value: null; column: string; symbol: string; reason: string; /** "low": the figure is under this. */ below?: number };

/**
 * The mapped measure for one row. A published column as published; a derived ratio as
 * sum(numerator) / denominator × scale, rounded to `decimals` places as the DfE rounds. Missing
 * (never 0) if any cell it needs is missing, or the denominator is 0.
 */
export function measureValue(row: CsvRow, mapping: MeasureMapping): MeasureValue {
  const cell = (column: string): MeasureValue => {
    const parsed = parseValue(row[column]);
    return parsed.value === null
      ? { value: null, column, symbol: parsed.symbol, reason: missingReason(parsed.symbol) }
      : parsed;
  };
  if (mapping.column !== undefined) {
    const published = cell(mapping.column);
    return published.value === null && isLow(published.symbol) ? { ...published, below: LOW_BELOW } : published;
  }
  let sum = 0;
  for (const column of mapping.numerator ?? []) {
    const part = cell(column);
    if (part.value === null) return isLow(part.symbol) ? { ...part, reason: `not calculable (${column} is under ${LOW_BELOW})` } : part;
    sum += part.value;
  }
  const denominator = cell(mapping.denominator!);
  if (denominator.value === null) return denominator;
  if (denominator.value === 0) {
    return { value: null, column: mapping.denominator!, symbol: '0', reason: 'not applicable' };
  }
  const value = (sum / denominator.value) * (mapping.scale ?? DEFAULT_SCALE);
  return { value: roundHalfUp(value, mapping.decimals ?? DEFAULT_DECIMALS) };
}
