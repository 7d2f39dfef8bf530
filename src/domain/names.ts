// How an indicator is named wherever it is shown: its short name when the catalogue gives one
// (indicators.json's `shortName`), else its name. On the ground floor because
// board/'s sentences (summary.ts) name indicators as present/'s words and the pages do.
import type { Indicator } from './schema';

export function displayName(indicator: Pick<Indicator, 'name' | 'shortName'>): string {
  return indicator.shortName ?? indicator.name;
}
