// data/comparators.json: the council's and each neighbour's own figure for every mapped indicator
// and period, made from the comparators of each measure and written one council a line.
import type { ComparatorsFile } from '../../src/domain/schema';
import type { MeasureResult } from './comparators';
import type { Council } from './councils';
import { formatOneLine } from './oneLine';

export const COMPARATORS_FILE = 'comparators.json';

/**
 * comparators.json for a council: every mapped indicator's measures (one a period, oldest first,
 * in the mapping's order), its neighbours' names nearest first, and the publications used.
 */
export function comparatorsFileFor(input: {
  council: Council;
  neighbours: readonly string[];
  results: readonly MeasureResult[];
  sources: readonly string[];
  neighboursFile: string;
}): ComparatorsFile {
  return {
    $schema: './schema/comparators.schema.json',
    council: input.council.name,
    source: [...new Set(input.sources), `statistical neighbours: ${input.neighboursFile}`].join('; '),
    neighbours: [...input.neighbours],
    measures: input.results.flatMap((result) => result.comparators),
  };
}

/** comparators.json as text: a measure's fields on one line, then one council a line. */
export function formatComparatorsFile(file: ComparatorsFile, eol = '\n'): string {
  const { measures, ...head } = file;
  const fields = Object.entries(head)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text = Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(value);
      return `  ${JSON.stringify(key)}: ${text},${eol}`;
    });
  const blocks = measures.map(({ values, ...measure }) => {
    const rows = values.map((value) => `        ${formatOneLine(value)}`).join(`,${eol}`);
    return `    ${formatOneLine(measure).slice(0, -2)}, "values": [${eol}${rows}${eol}      ] }`;
  });
  const list = blocks.length ? `[${eol}${blocks.join(`,${eol}`)}${eol}  ]` : '[]';
  return `{${eol}${fields.join('')}  "measures": ${list}${eol}}${eol}`;
}
