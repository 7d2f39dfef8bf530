// One council's entry in comparators.json: its figure, or null with why (never 0).
import type { ComparatorValue } from '../../src/domain/schema';
import type { NeighbourFigure } from './neighbourMean';

/** Why a figure is missing, with the DfE's symbol: "suppressed (c)", "not available (x)", "not published". */
export function missingFigureNote(reason: string, symbol?: string): string {
  return symbol ? `${reason} (${symbol})` : reason;
}

/** One council's entry in comparators.json: its figure, or null with why (never 0). */
export function comparatorValue(figure: NeighbourFigure, council: boolean): ComparatorValue {
  const value: ComparatorValue = { la: figure.name, value: figure.value };
  if (council) value.council = true;
  if (figure.value === null && figure.below !== undefined) value.below = figure.below;
  const notes: string[] = [];
  if (figure.value === null) notes.push(missingFigureNote(figure.reason ?? 'not available', figure.symbol));
  if (figure.jointWith) {
    notes.push(`joint figure published for ${figure.jointWith}${figure.includesCouncil ? ', which includes this council: not in the neighbour mean' : ''}`);
  }
  if (notes.length) value.note = notes.join('; ');
  return value;
}
