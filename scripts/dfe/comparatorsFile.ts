// data/comparators.json: the council's and each neighbour's own figure for every mapped indicator
// and period, made from the comparators of each measure and written one council a line; then what
// the pages say of each DfE measure, and the council's place among every local authority, one
// entry a line.
import type { ComparatorsFile, DfeMeasure, NeighbourModel } from '../../src/domain/schema';
import type { MeasureResult } from './comparators';
import type { Council } from './councils';
import { describeDerivation, type MeasureMapping } from './mapping';
import { formatOneLine } from './oneLine';

export const COMPARATORS_FILE = 'comparators.json';

/** What the pages say of a mapped DfE measure: what it is, how it is worked out, when it is next due. */
export function dfeMeasureFor(mapping: MeasureMapping): DfeMeasure {
  const calculated = describeDerivation(mapping);
  return {
    indicator: mapping.indicator,
    ...(mapping.measure?.trim() ? { measure: mapping.measure.trim() } : {}),
    source: mapping.source,
    ...(calculated ? { calculated } : {}),
    ...(mapping.definitionDifference ? { definitionDifference: mapping.definitionDifference } : {}),
    ...(mapping.nextPublication ? { nextPublication: mapping.nextPublication } : {}),
  };
}

/**
 * comparators.json for a council: every mapped indicator's measures (one a period, oldest first,
 * in the mapping's order), its neighbours' names nearest first, and the publications used; with
 * the neighbour model and the mappings, which model and what each measure is; and the council's
 * place among every local authority for each measure and period.
 */
export function comparatorsFileFor(input: {
  council: Council;
  neighbours: readonly string[];
  results: readonly MeasureResult[];
  sources: readonly string[];
  neighboursFile: string;
  neighbourModel?: NeighbourModel;
  mappings?: readonly MeasureMapping[];
}): ComparatorsFile {
  const national = input.results.flatMap((result) => result.national);
  return {
    $schema: './schema/comparators.schema.json',
    council: input.council.name,
    source: [...new Set(input.sources), `statistical neighbours: ${input.neighboursFile}`].join('; '),
    neighbours: [...input.neighbours],
    ...(input.neighbourModel ? { neighbourModel: input.neighbourModel } : {}),
    measures: input.results.flatMap((result) => result.comparators),
    ...(input.mappings ? { dfeMeasures: input.mappings.map(dfeMeasureFor) } : {}),
    ...(national.length ? { national } : {}),
  };
}

/** A list of objects, one a line. */
function oneALine(items: readonly object[], eol: string): string {
  return items.length ? `[${eol}${items.map((item) => `    ${formatOneLine(item)}`).join(`,${eol}`)}${eol}  ]` : '[]';
}

/** comparators.json as text: a measure's fields on one line, then one council a line; a national entry a line. */
export function formatComparatorsFile(file: ComparatorsFile, eol = '\n'): string {
  const { measures, dfeMeasures, national, ...head } = file;
  const fields = Object.entries(head)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text = Array.isArray(value)
        ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
        : typeof value === 'object' && value !== null
          ? formatOneLine(value)
          : JSON.stringify(value);
      return `  ${JSON.stringify(key)}: ${text},${eol}`;
    });
  const blocks = measures.map(({ values, ...measure }) => {
    const rows = values.map((value) => `        ${formatOneLine(value)}`).join(`,${eol}`);
    return `    ${formatOneLine(measure).slice(0, -2)}, "values": [${eol}${rows}${eol}      ] }`;
  });
  const list = blocks.length ? `[${eol}${blocks.join(`,${eol}`)}${eol}  ]` : '[]';
  const lists: [string, readonly object[] | undefined][] = [
    ['dfeMeasures', dfeMeasures],
    ['national', national],
  ];
  const tails = lists.flatMap(([key, items]) => (items ? [`,${eol}  ${JSON.stringify(key)}: ${oneALine(items, eol)}`] : []));
  return `{${eol}${fields.join('')}  "measures": ${list}${tails.join('')}${eol}}${eol}`;
}
