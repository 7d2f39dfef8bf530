// A snapshot's value entry in its long form. Apart from schema.ts so that the pages, which use it,
// do not bring zod (the schemas) into their JavaScript: only the Data page's checks need zod.
import type { ValueEntry, ValueObject } from './schema';

export function normaliseValue(entry: ValueEntry | undefined): ValueObject | undefined {
  if (entry === undefined) return undefined;
  if (entry === null || typeof entry === 'number') return { value: entry };
  return entry;
}
