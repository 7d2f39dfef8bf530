// indicators.json on its own: unique ids; either `targets` or the shorthand; thresholds in their
// unit's range, once per month and on the right side of the target; trajectories and benchmarks in
// range; and the warnings of a catalogue that is probably wrong.
import type { JsonPath } from './jsonSource';
import { problemAt, type Problem } from './problems';
import { ANNEX_A_MEASURE_UNITS, type Indicator, type IndicatorsFile } from '../schema';
import { checkNotEmpty, checkUniqueIds } from './uniqueIds';
import { checkNumberForUnit, type Locate } from './unitRange';

export function checkCatalogue(file: string, catalogue: IndicatorsFile, locate: Locate): Problem[] {
  const empty = checkNotEmpty(file, catalogue.indicators, ['indicators'], 'indicators', locate);
  if (empty.length) return empty;
  const problems = checkUniqueIds(file, catalogue.indicators, ['indicators'], locate);
  catalogue.indicators.forEach((indicator, index) => {
    problems.push(...checkIndicator(file, indicator, ['indicators', index], locate));
  });
  return problems;
}

interface Threshold {
  from?: string;
  target: number;
  amber?: number;
  /** Where `target` and `amber` are written. */
  at: JsonPath;
}

function thresholdsOf(indicator: Indicator, path: JsonPath): Threshold[] {
  if (indicator.targets) return indicator.targets.map((entry, index) => ({ ...entry, at: [...path, 'targets', index] }));
  return indicator.target !== undefined ? [{ target: indicator.target, amber: indicator.amber, at: path }] : [];
}

export function checkIndicator(file: string, indicator: Indicator, path: JsonPath, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const add = (problem: Problem) => problems.push(problem);
  if (indicator.targets && indicator.target !== undefined) {
    add(problemAt(file, 'error', 'target-conflict', `Indicator ${indicator.id} has both "targets" and "target"`, {
      path: [...path, 'target'], position: locate([...path, 'target']),
      expected: 'either a "targets" list or the "target" shorthand', found: 'both',
    }));
  }
  if (indicator.amber !== undefined && indicator.target === undefined) {
    add(problemAt(file, 'error', 'target-conflict', `Indicator ${indicator.id} has "amber" without "target"`, {
      path: [...path, 'amber'], position: locate([...path, 'amber']),
      expected: 'a "target" beside "amber"', found: 'no "target"',
    }));
  }
  const thresholds = thresholdsOf(indicator, path);
  // A threshold out of its unit's range is said once: not again as on the wrong side.
  const inRange = thresholds.filter((entry) => {
    const range = [
      ...checkNumberForUnit(file, indicator, entry.target, [...entry.at, 'target'], locate, `${indicator.id}'s target`),
      ...(entry.amber === undefined ? [] : checkNumberForUnit(file, indicator, entry.amber, [...entry.at, 'amber'], locate, `${indicator.id}'s amber threshold`)),
    ];
    range.forEach(add);
    return range.length === 0;
  });
  checkDuplicateTargetMonths(file, indicator, path, locate).forEach(add);
  checkThresholdOrder(file, indicator, inRange, locate).forEach(add);
  checkTargetsAsFractions(file, indicator, thresholds, locate).forEach(add);
  if (indicator.polarity === 'neutral' && thresholds.length > 0) {
    const where = indicator.targets ? [...path, 'targets'] : [...path, 'target'];
    add(problemAt(file, 'warning', 'target-on-neutral', `${indicator.id} is neutral (context only), so its target gives no RAG`, {
      path: where, position: locate(where),
      expected: 'no target on a neutral indicator, or a polarity of "up" or "down"', found: `${thresholds.length === 1 ? 'a target' : `${thresholds.length} targets`}`,
    }));
  }
  (indicator.trajectory ?? []).forEach((point, index) => {
    checkNumberForUnit(file, indicator, point.value, [...path, 'trajectory', index, 'value'], locate, `${indicator.id}'s trajectory for ${point.month}`).forEach(add);
  });
  (indicator.benchmarks ?? []).forEach((benchmark, index) => {
    checkNumberForUnit(file, indicator, benchmark.value, [...path, 'benchmarks', index, 'value'], locate, `${indicator.id}'s ${benchmark.label} benchmark`).forEach(add);
  });
  checkDuplicateBenchmarks(file, indicator, path, locate).forEach(add);
  checkSourceUnit(file, indicator, path, locate).forEach(add);
  return problems;
}

/** An indicator counted by an Annex A measure has the measure's unit: a percentage is never written into a count. */
export function checkSourceUnit(file: string, indicator: Indicator, path: JsonPath, locate: Locate): Problem[] {
  const measure = indicator.source?.annexA;
  if (measure === undefined || ANNEX_A_MEASURE_UNITS[measure] === indicator.unit) return [];
  const where: JsonPath = [...path, 'source', 'annexA'];
  const unit = ANNEX_A_MEASURE_UNITS[measure];
  return [problemAt(file, 'error', 'source-unit', `${indicator.id} is a ${indicator.unit}, but the Annex A measure ${measure} counts a ${unit}`, {
    path: where, position: locate(where),
    expected: `a measure whose figure is a ${indicator.unit}, or the unit "${unit}" for ${measure}`, found: `"${measure}"`,
  })];
}

/** Two targets from one month: which applies would depend on the order they are listed in. */
export function checkDuplicateTargetMonths(file: string, indicator: Indicator, path: JsonPath, locate: Locate): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  (indicator.targets ?? []).forEach((entry, index) => {
    const earlier = first.get(entry.from);
    if (earlier === undefined) {
      first.set(entry.from, index);
      return;
    }
    const where: JsonPath = [...path, 'targets', index, 'from'];
    problems.push(problemAt(file, 'error', 'duplicate-target-month', `${indicator.id} has two targets from ${entry.from}`, {
      path: where, position: locate(where),
      expected: `one target from each month (targets[${earlier}] is from ${entry.from} already)`, found: `"${entry.from}" again`,
    }));
  });
  return problems;
}

/** For `up` amber is at or below the target; for `down` at or above it. */
function checkThresholdOrder(file: string, indicator: Indicator, thresholds: readonly Threshold[], locate: Locate): Problem[] {
  if (indicator.polarity === 'neutral') return [];
  return thresholds.flatMap((entry) => {
    if (entry.amber === undefined) return [];
    const wrongSide = indicator.polarity === 'up' ? entry.amber > entry.target : entry.amber < entry.target;
    if (!wrongSide) return [];
    const where: JsonPath = [...entry.at, 'amber'];
    return [problemAt(file, 'warning', 'threshold-order', `Indicator ${indicator.id}: the amber threshold is on the wrong side of the target`, {
      path: where, position: locate(where),
      expected: indicator.polarity === 'up' ? `amber at or below the target (${entry.target}), as higher is better` : `amber at or above the target (${entry.target}), as lower is better`,
      found: String(entry.amber),
    })];
  });
}

/** A percent target of 0.85 is in range but surely means 85%: every month would be green. */
export function checkTargetsAsFractions(file: string, indicator: Indicator, thresholds: readonly Threshold[], locate: Locate): Problem[] {
  if (indicator.unit !== 'percent') return [];
  return thresholds.flatMap((entry) =>
    (['target', 'amber'] as const).flatMap((key) => {
      const value = entry[key];
      if (value === undefined || value <= 0 || value > 1) return [];
      const where: JsonPath = [...entry.at, key];
      return [problemAt(file, 'warning', 'target-as-fraction', `${indicator.id}'s ${key === 'target' ? 'target' : 'amber threshold'} of ${value}% looks like a fraction`, {
        path: where, position: locate(where),
        expected: `a percentage from 0 to 100 (write ${Math.round(value * 1000) / 10} for ${Math.round(value * 1000) / 10}%)`, found: String(value),
      })];
    }),
  );
}

/** Two benchmarks with one label and period: the chart would show one and hide the other. */
export function checkDuplicateBenchmarks(file: string, indicator: Indicator, path: JsonPath, locate: Locate): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  (indicator.benchmarks ?? []).forEach((benchmark, index) => {
    const key = `${benchmark.label.trim().toLowerCase()}|${benchmark.period.trim()}`;
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    const where: JsonPath = [...path, 'benchmarks', index];
    problems.push(problemAt(file, 'warning', 'duplicate-benchmark', `${indicator.id} has two ${benchmark.label} benchmarks for ${benchmark.period}`, {
      path: where, position: locate(where),
      expected: 'one benchmark for each label and period', found: `${benchmark.label} ${benchmark.period} again (${benchmark.value})`,
    }));
  });
  return problems;
}
