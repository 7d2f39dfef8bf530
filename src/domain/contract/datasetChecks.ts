// Rules across the files of the folder, over the snapshots that are used (no errors): months
// missing, repeated or in the future, provisional months left behind, figures out of line with
// the indicator's other months, SPC settings that cannot apply, a latest month without words.
// Warnings never flood: a run of missing months is one line, an indicator never given is one.
import { addMonths, missingMonths, monthsBetween } from '../months';
import type { Indicator, Snapshot, Workstream } from '../schema';
import { normaliseValue } from '../valueEntry';
import { problemAt, TOP_OF_FILE, type Problem } from './problems';
import type { Locate } from './unitRange';

/** A snapshot that is used, with the file it came from. */
export interface UsedSnapshot {
  file: string;
  snapshot: Snapshot;
  locate: Locate;
}

/**
 * One warning per run of missing months, on the file the first of them would be. A month in
 * `withFile` (its file is there but has errors) is broken, not missing: its errors say so.
 */
export function missingMonthWarnings(months: readonly string[], withFile: ReadonlySet<string> = new Set()): Problem[] {
  const runs: string[][] = [];
  for (const gap of missingMonths(months)) {
    if (withFile.has(gap)) continue;
    const run = runs[runs.length - 1];
    if (run && addMonths(run[run.length - 1]!, 1) === gap) run.push(gap);
    else runs.push([gap]);
  }
  return runs.map((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const single = run.length === 1;
    return problemAt(`snapshots/${first}.json`, 'warning', 'missing-month', single ? `No snapshot for ${first}` : `No snapshots from ${first} to ${last} (${run.length} months)`, {
      expected: single ? `a file snapshots/${first}.json, as there are months before and after it` : `a file for each month from ${first} to ${last}, as there are months before and after them`,
      found: single ? 'no file' : 'no files',
      position: TOP_OF_FILE,
    });
  });
}

/**
 * A priority indicator with no value in a month; an indicator with a value in no month at all is
 * one warning on the catalogue rather than one in every month.
 */
export function priorityNoValueWarnings(used: readonly UsedSnapshot[], indicators: readonly Indicator[], catalogueLocate: Locate): Problem[] {
  const problems: Problem[] = [];
  indicators.forEach((indicator, index) => {
    if (!indicator.priority) return;
    const lacking = used.filter(({ snapshot }) => {
      const entry = normaliseValue(snapshot.values[indicator.id]);
      return entry === undefined || entry.value === null;
    });
    if (lacking.length > 1 && lacking.length === used.length) {
      problems.push(problemAt('indicators.json', 'warning', 'priority-no-value', `Priority indicator ${indicator.id} has no value in any month`, {
        path: ['indicators', index, 'priority'], position: catalogueLocate(['indicators', index, 'priority']),
        expected: 'a value for every priority indicator', found: `no value in any of the ${used.length} months`,
      }));
      return;
    }
    for (const { file, snapshot, locate } of lacking) {
      const entry = normaliseValue(snapshot.values[indicator.id]);
      problems.push(problemAt(file, 'warning', 'priority-no-value', `Priority indicator ${indicator.id} has no value for ${snapshot.month}`, {
        path: ['values', indicator.id], position: locate(entry === undefined ? ['values'] : ['values', indicator.id]),
        expected: 'a value for every priority indicator',
        found: entry === undefined ? 'no entry' : entry.note ? `null ("${entry.note}")` : 'null with no note saying why',
      }));
    }
  });
  return problems;
}

export function futureMonthWarning({ file, snapshot, locate }: UsedSnapshot, thisMonth: string): Problem[] {
  if (snapshot.month <= thisMonth) return [];
  return [problemAt(file, 'warning', 'future-month', `${snapshot.month} is in the future`, {
    path: ['month'], position: locate(['month']), expected: `a month up to ${thisMonth}`, found: `"${snapshot.month}"`,
  })];
}

/** "Older than three months" counts from the latest month in the folder, not from today. */
export function staleProvisionalWarning({ file, snapshot, locate }: UsedSnapshot, latestMonth: string): Problem[] {
  if (snapshot.status !== 'provisional' || monthsBetween(snapshot.month, latestMonth) <= 3) return [];
  return [problemAt(file, 'warning', 'stale-provisional', `${snapshot.month} is still provisional, ${monthsBetween(snapshot.month, latestMonth)} months before the latest month (${latestMonth})`, {
    path: ['status'], position: locate(['status']), expected: '"final" once the figures are settled', found: '"provisional"',
  })];
}

function numericSeries(used: readonly UsedSnapshot[], id: string): { entry: UsedSnapshot; value: number }[] {
  return used.flatMap((entry) => {
    const value = normaliseValue(entry.snapshot.values[id])?.value;
    return typeof value === 'number' ? [{ entry, value }] : [];
  });
}

/** Every percent of an indicator at or below 1: probably fractions (0.43 for 43%). */
export function percentFractionsWarning(used: readonly UsedSnapshot[], indicator: Indicator, index: number, catalogueLocate: Locate): Problem[] {
  if (indicator.unit !== 'percent') return [];
  const values = numericSeries(used, indicator.id).map(({ value }) => value);
  // A single figure is warned of on its own month (fractionChecks.ts), where the officer looks.
  if (values.length < 2 || !values.some((value) => value > 0) || !values.every((value) => value <= 1)) return [];
  return [problemAt('indicators.json', 'warning', 'percent-fractions', `Every value of ${indicator.id} is at or below 1%: probably fractions, not percentages`, {
    path: ['indicators', index, 'unit'], position: catalogueLocate(['indicators', index, 'unit']),
    expected: 'percentages from 0 to 100 (write 43 for 43%)', found: `${values.length} values from ${Math.min(...values)} to ${Math.max(...values)}`,
  })];
}

/** How far from every other month a figure must be to be called out of line: ten times. */
export const OUT_OF_LINE_FACTOR = 10;

/**
 * A figure more than ten times below the smallest, or above the largest, of the indicator's other
 * months (at least three of them, all above 0): a percent of 0.86 among months of 30 to 90.
 */
export function outOfLineWarnings(used: readonly UsedSnapshot[], indicator: Indicator): Problem[] {
  const series = numericSeries(used, indicator.id);
  if (series.length < 4) return [];
  const extremes = twoExtremes(series.map((point) => point.value));
  return series.flatMap(({ entry, value }, index) => {
    const others = series.length - 1;
    // The other months' lowest and highest: the second lowest (highest) when this is the lowest (highest).
    const low = index === extremes.lowestAt ? extremes.secondLowest : extremes.lowest;
    const high = index === extremes.highestAt ? extremes.secondHighest : extremes.highest;
    if (low <= 0) return [];
    const tooLow = value === 0 ? low >= OUT_OF_LINE_FACTOR : value < low / OUT_OF_LINE_FACTOR;
    if (!tooLow && value <= high * OUT_OF_LINE_FACTOR) return [];
    const raw = entry.snapshot.values[indicator.id];
    const path = typeof raw === 'object' && raw !== null ? ['values', indicator.id, 'value'] : ['values', indicator.id];
    return [problemAt(entry.file, 'warning', 'out-of-line', `${indicator.id} for ${entry.snapshot.month} is far out of line with its other months`, {
      path, position: entry.locate(path),
      expected: `a value near its other ${others} months (${low} to ${high})${indicator.unit === 'percent' && value <= 1 ? '; a percentage, not a fraction' : ''}`,
      found: String(value),
    })];
  });
}

/** The lowest and highest of `values` (with where each first is) and the next of each: one pass, for a series of any length. */
export function twoExtremes(values: readonly number[]): { lowest: number; lowestAt: number; secondLowest: number; highest: number; highestAt: number; secondHighest: number } {
  let lowest = Infinity;
  let lowestAt = -1;
  let secondLowest = Infinity;
  let highest = -Infinity;
  let highestAt = -1;
  let secondHighest = -Infinity;
  values.forEach((value, index) => {
    if (value < lowest) {
      secondLowest = lowest;
      lowest = value;
      lowestAt = index;
    } else if (value < secondLowest) secondLowest = value;
    if (value > highest) {
      secondHighest = highest;
      highest = value;
      highestAt = index;
    } else if (value > secondHighest) secondHighest = value;
  });
  return { lowest, lowestAt, secondLowest, highest, highestAt, secondHighest };
}

/** `recalculateFrom` outside the months in the folder; `fixFirst` above the months with a value. */
export function spcSettingsWarnings(used: readonly UsedSnapshot[], indicator: Indicator, index: number, catalogueLocate: Locate): Problem[] {
  const spc = indicator.spc;
  if (!spc || used.length === 0) return [];
  const first = used[0]!.snapshot.month;
  const last = used[used.length - 1]!.snapshot.month;
  const problems: Problem[] = [];
  (spc.recalculateFrom ?? []).forEach((entry, position) => {
    const month = typeof entry === 'string' ? entry : entry.month;
    if (month >= first && month <= last) return;
    const path = ['indicators', index, 'spc', 'recalculateFrom', position];
    problems.push(problemAt('indicators.json', 'warning', 'spc-settings', `${indicator.id}'s SPC limits are recalculated from ${month}, outside the data`, {
      path, position: catalogueLocate(path), expected: `a month from ${first} to ${last}`, found: `"${month}"`,
    }));
  });
  const points = numericSeries(used, indicator.id).length;
  if (spc.fixFirst !== undefined && spc.fixFirst > points) {
    const path = ['indicators', index, 'spc', 'fixFirst'];
    problems.push(problemAt('indicators.json', 'warning', 'spc-settings', `${indicator.id}'s SPC limits are fixed on more months than it has`, {
      path, position: catalogueLocate(path), expected: `at most ${points} (the months with a value)`, found: String(spc.fixFirst),
    }));
  }
  return problems;
}

/** The latest month is what the board reads first: it needs its commentary and workstream reports. */
export function latestMonthWarning({ file, snapshot, locate }: UsedSnapshot, workstreams: readonly Workstream[]): Problem[] {
  const lacking: string[] = [];
  if (!snapshot.commentary?.trim()) lacking.push('no commentary');
  if (workstreams.length > 0 && Object.keys(snapshot.workstreams ?? {}).length === 0) lacking.push('no workstream reports');
  if (lacking.length === 0) return [];
  return [problemAt(file, 'warning', 'latest-month-incomplete', `The latest month, ${snapshot.month}, has ${lacking.join(' and ')}`, {
    position: locate([]), expected: 'a "commentary" and a "workstreams" report for the latest month', found: lacking.join(' and '),
  })];
}
