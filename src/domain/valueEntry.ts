// A snapshot's value entry in its long form. Apart from schema.ts so that the pages, which use it,
// do not bring zod (the schemas) into their JavaScript: only the Data page's checks need zod.
import type { BreakdownEntry, ValueEntry, ValueObject } from './schema';

export function normaliseValue(entry: ValueEntry | undefined): ValueObject | undefined {
  if (entry === undefined) return undefined;
  if (entry === null || typeof entry === 'number') return { value: entry };
  return entry;
}

/** A team's figure in a breakdown: the number itself, or the `value` of `{ value, numerator, denominator }`. */
export function breakdownValue(entry: BreakdownEntry): number | null {
  return entry === null || typeof entry === 'number' ? entry : entry.value;
}

/** A breakdown as each team's figure, for tables and charts (the counts stay in the snapshot). */
export function breakdownValues(breakdown: Readonly<Record<string, BreakdownEntry>> | undefined): Record<string, number | null> | undefined {
  if (!breakdown) return undefined;
  return Object.fromEntries(Object.entries(breakdown).map(([team, entry]) => [team, breakdownValue(entry)]));
}
