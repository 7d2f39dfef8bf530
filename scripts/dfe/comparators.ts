// Published comparators from the DfE's data files (shared/benchmarks/dfe): England, the council's
// region, the mean of its ten statistical neighbours and the council's own published figure, for
// each indicator that data/benchmark-mapping.json maps to a DfE measure; and, for
// data/comparators.json, the council's and each neighbour's own figure, so that the dashboard can
// rank the council among its neighbours, and the council's place among every local authority
// (nationalField.ts). Pure functions: the input is CSV already parsed into
// rows of text; scripts/importBenchmarks.ts does the files.
import type { Benchmark, ComparatorMeasure, NationalField } from '../../src/domain/schema';
import type { CsvRow } from './cells';
import { comparatorValue } from './comparatorValue';
import type { Council } from './councils';
import { DEFAULT_DECIMALS, describeDerivation, type MeasureMapping } from './mapping';
import { measureValue, type MeasureValue } from './measureValue';
import { nationalFieldFor } from './nationalField';
import { neighbourMean, type NeighbourFigure } from './neighbourMean';
import { DEFAULT_NEIGHBOURS_FILE, type NeighbourGroup } from './neighbourTable';
import { DEFAULT_FROM_YEAR, periodLabel } from './periods';
import { indexRows, onlyRow, rowCodes } from './rows';

/** One column on every page; the basis says how many neighbours the mean rests on, each period. */
export const NEIGHBOURS_LABEL = 'Statistical neighbours (mean)';

export interface MeasureInput {
  mapping: MeasureMapping;
  /** All rows of the mapping's file; the filter is applied here. */
  rows: readonly CsvRow[];
  council: Council;
  /** The council's neighbour group; absent when the model does not list the council. */
  group?: NeighbourGroup;
  /** LA number → name, for the basis of the neighbour mean. */
  names: ReadonlyMap<string, string>;
  /** The neighbour table's file name, for the source of the neighbour mean. */
  neighboursFile?: string;
}

export interface MeasureResult {
  indicator: string;
  benchmarks: Benchmark[];
  /** Years written (time_period). */
  years: number[];
  /** Figures that could not be written, and means resting on fewer than all neighbours. */
  notes: string[];
  /** For comparators.json: the council's and each neighbour's own figure, a period each (none
   * when the council has no neighbour group, or no one has a figure that year). */
  comparators: ComparatorMeasure[];
  /** For comparators.json: the council among every local authority, a period each. */
  national: NationalField[];
}

function entry(
  label: string,
  period: string,
  value: number,
  kind: Benchmark['kind'],
  source: string,
  basis?: string,
): Benchmark {
  const benchmark: Benchmark = { label, period, value, kind, source };
  if (basis) benchmark.basis = basis;
  return benchmark;
}

function missingNote(period: string, who: string, value: MeasureValue & { value: null }): string {
  return `${period}: no figure for ${who} (${value.column} is ${value.symbol === '' ? 'empty' : `"${value.symbol}"`}: ${value.reason})`;
}

/**
 * The comparators of one mapped indicator for every year in the file from `fromYear` on:
 * England, the council's region (its region_name as published, e.g. "Outer London"), the mean
 * of its statistical neighbours, and the council's own published figure. Period first, then in
 * that order. A missing figure is left out (and noted), never written as 0.
 */
export function benchmarksFor(input: MeasureInput): MeasureResult {
  const { mapping, council, group, names } = input;
  const index = indexRows(input.rows, mapping.filter);
  const fromYear = mapping.fromYear ?? DEFAULT_FROM_YEAR[mapping.period];
  // The formula itself is in the mapping; each entry says only that it was calculated.
  const derivedBasis = describeDerivation(mapping) ? 'calculated from published counts' : undefined;
  const decimals = mapping.decimals ?? DEFAULT_DECIMALS;
  const neighbourSource = `${mapping.source}; statistical neighbours: ${input.neighboursFile ?? DEFAULT_NEIGHBOURS_FILE}`;
  const result: MeasureResult = { indicator: mapping.indicator, benchmarks: [], years: [], notes: [], comparators: [], national: [] };

  // The council's region as its own rows give it (a London borough is in Inner or Outer London).
  const councilRow = (year: number) => onlyRow(index.local.get(`${year}|${council.code}`), `${council.name} in ${year}`, mapping);
  let region: string | undefined;
  for (const year of [...index.years].reverse()) {
    const row = councilRow(year);
    if (row?.region_name?.trim()) {
      region = row.region_name.trim();
      break;
    }
  }
  if (!region) result.notes.push(`${council.name} has no rows in ${mapping.file}: no region or council figure`);
  if (!group) result.notes.push(`${council.name} is not in the statistical neighbour table: no neighbour mean`);

  for (const year of index.years.filter((year) => year >= fromYear)) {
    const period = periodLabel(year, mapping.period);
    const before = result.benchmarks.length;

    const england = onlyRow(index.national.get(year), `England in ${year}`, mapping);
    const englandValue = england ? measureValue(england, mapping) : undefined;
    if (!englandValue) result.notes.push(`${period}: no England row`);
    else if (englandValue.value === null) result.notes.push(missingNote(period, 'England', englandValue));
    else result.benchmarks.push(entry('England', period, englandValue.value, 'england', mapping.source, derivedBasis));

    if (region) {
      const row = onlyRow(index.regional.get(`${year}|${region.toLowerCase()}`), `${region} in ${year}`, mapping);
      if (!row) result.notes.push(`${period}: no row for the region ${region}`);
      else {
        const value = measureValue(row, mapping);
        if (value.value === null) result.notes.push(missingNote(period, region, value));
        else result.benchmarks.push(entry(row.region_name!.trim(), period, value.value, 'region', mapping.source, derivedBasis));
      }
    }

    let figures: NeighbourFigure[] | undefined;
    let meanValue: number | null = null;
    let meanCount = 0;
    if (group) {
      figures = group.neighbours.map((code) => {
        const name = names.get(code) ?? code;
        const row = onlyRow(index.local.get(`${year}|${code}`), `${name} in ${year}`, mapping);
        if (!row) return { name, value: null, reason: 'not published' };
        const value = measureValue(row, mapping);
        const codes = rowCodes(row);
        const jointWith = codes.length > 1 ? row.la_name?.trim() : undefined;
        const joint = jointWith ? { jointWith, ...(codes.includes(council.code) ? { includesCouncil: true } : {}) } : {};
        if (value.value === null) {
          if (value.below !== undefined) return { name, value: null, below: value.below, reason: value.reason, symbol: value.symbol, ...joint };
          return { name, value: null, reason: value.reason, symbol: value.symbol };
        }
        // A derived figure is rounded as the DfE would publish it before the mean is taken.
        return { name, value: value.value, ...joint };
      });
      const mean = neighbourMean(figures, decimals);
      meanValue = mean.value;
      meanCount = mean.count;
      if (mean.value === null) result.notes.push(`${period}: no statistical neighbour has a figure`);
      else {
        if (mean.count < mean.of) result.notes.push(`${period}: neighbour ${mean.basis}`);
        result.benchmarks.push(entry(NEIGHBOURS_LABEL, period, mean.value, 'neighbours', neighbourSource, mean.basis));
      }
    }

    const own = councilRow(year);
    let ownFigure: NeighbourFigure = { name: council.name, value: null, reason: 'not published' };
    if (!own) result.notes.push(`${period}: no row for ${council.name}`);
    else {
      const value = measureValue(own, mapping);
      const jointWith = rowCodes(own).length > 1 ? own.la_name?.trim() : undefined;
      const joint = jointWith ? `joint figure published for ${jointWith}` : undefined;
      const basis = [derivedBasis, joint].filter(Boolean).join('; ') || undefined;
      if (value.value === null) {
        result.notes.push(missingNote(period, council.name, value));
        ownFigure = {
          name: council.name,
          value: null,
          reason: value.reason,
          symbol: value.symbol,
          ...(value.below !== undefined ? { below: value.below } : {}),
          ...(jointWith ? { jointWith } : {}),
        };
      } else {
        result.benchmarks.push(entry(`${council.name} (published)`, period, value.value, 'council', mapping.source, basis));
        ownFigure = { name: council.name, value: value.value, ...(jointWith ? { jointWith } : {}) };
      }
    }

    if (figures && [ownFigure, ...figures].some((figure) => figure.value !== null)) {
      result.comparators.push({
        indicator: mapping.indicator,
        period,
        ...(englandValue && englandValue.value !== null ? { england: englandValue.value } : {}),
        ...(meanValue !== null ? { neighbourMean: meanValue, neighbourCount: meanCount } : {}),
        source: mapping.source,
        values: [comparatorValue(ownFigure, true), ...figures.map((figure) => comparatorValue(figure, false))],
      });
    }

    result.national.push(nationalFieldFor(index, year, period, mapping, council));

    if (result.benchmarks.length > before) result.years.push(year);
  }
  return result;
}
