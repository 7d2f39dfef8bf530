// A snapshot's figures against the catalogue (known ids, the unit's range, numerator agreement),
// comparators.json against the catalogue, and workstream reports against workstreams.json.
import type { JsonPath } from './jsonSource';
import { problemAt, quoteOrUndefined, type Problem } from './problems';
import type { ComparatorsFile, Indicator, Snapshot, Workstream } from '../schema';
import { breakdownValue, normaliseValue } from '../valueEntry';
import { nearest } from './suggest';
import { checkNumberForUnit, type Locate } from './unitRange';

/** A snapshot's values against the catalogue: known ids, units, numerator agreement. */
export function checkValuesAgainstCatalogue(
  file: string,
  snapshot: Snapshot,
  indicators: readonly Indicator[],
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const ids = [...byId.keys()];
  for (const [id, entry] of Object.entries(snapshot.values)) {
    const path: JsonPath = ['values', id];
    const indicator = byId.get(id);
    if (!indicator) {
      problems.push(
        problemAt(file, 'error', 'unknown-indicator', `No indicator "${id}" in indicators.json`, {
          path,
          position: locate(path),
          expected: 'an id from indicators.json',
          found: `"${id}"`,
          suggestion: quoteOrUndefined(nearest(id, ids)),
        }),
      );
      continue;
    }
    const value = normaliseValue(entry)!;
    const valuePath: JsonPath = typeof entry === 'object' && entry !== null ? [...path, 'value'] : path;
    problems.push(...checkNumberForUnit(file, indicator, value.value, valuePath, locate));
    for (const [team, teamEntry] of Object.entries(value.breakdown ?? {})) {
      const teamPath: JsonPath = [...path, 'breakdown', team];
      const teamValue = breakdownValue(teamEntry);
      const isObject = typeof teamEntry === 'object' && teamEntry !== null;
      problems.push(...checkNumberForUnit(file, indicator, teamValue, isObject ? [...teamPath, 'value'] : teamPath, locate));
      if (isObject) problems.push(...checkNumeratorAgreement(file, indicator, teamEntry, teamPath, locate, `${id}'s figure for ${team}`));
    }
    problems.push(...checkNumeratorAgreement(file, indicator, value, path, locate));
    const disagrees = checkQuotientAgreement(file, indicator, value, path, locate);
    problems.push(...disagrees);
    // One problem, one line: a count that disagrees with them says so, not also that they have no meaning.
    if (indicator.unit === 'count' && disagrees.length === 0 && (value.numerator !== undefined || value.denominator !== undefined)) {
      const field = value.numerator !== undefined ? 'numerator' : 'denominator';
      problems.push(
        problemAt(file, 'warning', 'numerator-on-count', `${id} is a count, so a ${field} has no meaning`, {
          path: [...path, field],
          position: locate([...path, field]),
          expected: 'a count on its own (numerators and denominators make a percent)',
          found: `a ${field} of ${value[field]}`,
        }),
      );
    }
  }
  return problems;
}

/** When a percent has numerator and denominator, value must agree with them to within 0.5. */
export function checkNumeratorAgreement(
  file: string,
  indicator: Indicator,
  value: { value: number | null; numerator?: number; denominator?: number },
  path: JsonPath,
  locate: Locate,
  subject: string = indicator.id,
): Problem[] {
  const { numerator, denominator } = value;
  if (numerator === undefined || denominator === undefined) return [];
  if (denominator === 0) {
    return [
      problemAt(file, 'error', 'numerator-mismatch', `${subject} has a denominator of 0`, {
        path: [...path, 'denominator'],
        position: locate([...path, 'denominator']),
        expected: 'a denominator above 0',
        found: '0',
      }),
    ];
  }
  if (indicator.unit !== 'percent' || value.value === null) return [];
  const computed = (numerator / denominator) * 100;
  if (Math.abs(computed - value.value) <= 0.5) return [];
  return [
    problemAt(file, 'error', 'numerator-mismatch', `${subject === indicator.id ? `${subject}'s value` : subject} disagrees with its numerator and denominator`, {
      path: [...path, 'value'],
      position: locate([...path, 'value']),
      expected: `${numerator} / ${denominator} = ${round1(computed)}% (within 0.5)`,
      found: String(value.value),
    }),
  ];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Half the last decimal place written: 21.4 is 21.35 to 21.45 rounded, 53 is 52.5 to 53.5. */
function roundingOf(value: number): number {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/**
 * A count, number or days with both a numerator and a denominator (a warning: the contract gives
 * them a meaning only for a percent, so a file valid before stays valid). The rule decided for
 * them (issue 26's "53 with 900/3"): the value agrees when it is the numerator itself (a count of
 * what was counted, the denominator its context) or their quotient as rounded (an average: 300
 * cases over 14 workers is 21.4); anything else disagrees, and which is wrong only the officer knows.
 */
export function checkQuotientAgreement(
  file: string,
  indicator: Indicator,
  value: { value: number | null; numerator?: number; denominator?: number },
  path: JsonPath,
  locate: Locate,
): Problem[] {
  const { numerator, denominator } = value;
  if (indicator.unit === 'percent' || value.value === null || numerator === undefined || denominator === undefined || denominator === 0) return [];
  const quotient = numerator / denominator;
  if (value.value === numerator || Math.abs(value.value - quotient) <= roundingOf(value.value) + 1e-9) return [];
  return [
    problemAt(file, 'warning', 'numerator-disagrees', `${indicator.id}'s value disagrees with its own numerator and denominator`, {
      path: [...path, 'value'],
      position: locate([...path, 'value']),
      expected: `the numerator (${numerator}) or ${numerator} / ${denominator} = ${round1(quotient)}`,
      found: String(value.value),
    }),
  ];
}

/**
 * comparators.json against the catalogue: each measure's, national entry's and DfE measure's
 * indicator known, each figure in its unit's range.
 */
export function checkComparatorsAgainstCatalogue(
  file: string,
  comparators: ComparatorsFile,
  indicators: readonly Indicator[],
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const known = (id: string, path: JsonPath): Indicator | undefined => {
    const indicator = byId.get(id);
    if (!indicator) {
      problems.push(
        problemAt(file, 'error', 'unknown-indicator', `No indicator "${id}" in indicators.json`, {
          path: [...path, 'indicator'],
          position: locate([...path, 'indicator']),
          expected: 'an id from indicators.json',
          found: `"${id}"`,
          suggestion: quoteOrUndefined(nearest(id, [...byId.keys()])),
        }),
      );
    }
    return indicator;
  };
  comparators.measures.forEach((measure, index) => {
    const path: JsonPath = ['measures', index];
    const indicator = known(measure.indicator, path);
    if (!indicator) return;
    measure.values.forEach((entry, valueIndex) => {
      problems.push(...checkNumberForUnit(file, indicator, entry.value, [...path, 'values', valueIndex, 'value'], locate));
    });
    for (const key of ['england', 'neighbourMean'] as const) {
      problems.push(...checkNumberForUnit(file, indicator, measure[key] ?? null, [...path, key], locate));
    }
  });
  (comparators.national ?? []).forEach((entry, index) => {
    const indicator = known(entry.indicator, ['national', index]);
    if (indicator) problems.push(...checkNumberForUnit(file, indicator, entry.value, ['national', index, 'value'], locate));
  });
  (comparators.dfeMeasures ?? []).forEach((entry, index) => known(entry.indicator, ['dfeMeasures', index]));
  return problems;
}

export function checkWorkstreamIds(file: string, snapshot: Snapshot, workstreams: readonly Workstream[], locate: Locate): Problem[] {
  const ids = workstreams.map((workstream) => workstream.id);
  return Object.keys(snapshot.workstreams ?? {})
    .filter((id) => !ids.includes(id))
    .map((id) =>
      problemAt(file, 'error', 'unknown-workstream', `No workstream "${id}" in workstreams.json`, {
        path: ['workstreams', id],
        position: locate(['workstreams', id]),
        expected: `one of ${ids.map((known) => `"${known}"`).join(', ')}`,
        found: `"${id}"`,
        suggestion: quoteOrUndefined(nearest(id, ids)),
      }),
    );
}
