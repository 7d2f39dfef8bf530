// A percentage written as a fraction: 0.88 for 88%, as Excel stores a cell typed "88%" and as an
// officer types it from a calculator. It is in range (0 to 100), so the unit's check lets it
// through, and the board would read "0.9% against a target of 85%" (issue 26).
//
// An error when the indicator's other months are percentages: the one exception to the contract's
// promise that no file valid before becomes invalid (shared/data-contract.md, issue 26). A warning
// for a new indicator's first figure (no other month to compare with), naming its target when it
// has one: a real figure of 0.8% is possible, so the file is still used, but the officer is told
// at once, on the month's own file (where Prepare a month shows it), not only on the catalogue.
import type { JsonPath } from './jsonSource';
import { problemAt, type Problem } from './problems';
import type { Indicator, Snapshot } from '../schema';
import { normaliseValue } from '../valueEntry';
import type { Locate } from './unitRange';

/** A snapshot with the contract's shape (whatever else may be wrong with it), and its file. */
export interface SnapshotFile {
  file: string;
  snapshot: Snapshot;
  locate: Locate;
}

/** Where a figure is written: `values.ID.value` in the long form, `values.ID` in the short. */
export function figurePath(snapshot: Snapshot, id: string): JsonPath {
  const raw = snapshot.values[id];
  return typeof raw === 'object' && raw !== null ? ['values', id, 'value'] : ['values', id];
}

/** 0.763 -> 76.3, without the float's 76.30000000000001. */
export const asPercentage = (fraction: number) => Number((fraction * 100).toPrecision(12));

/**
 * How far `value` lies from the range low..high, as a ratio (0 inside it): the figures of a
 * percent indicator span orders of magnitude only when something is wrong, so distance is by ratio.
 */
function ratioDistance(value: number, low: number, high: number): number {
  if (value < low) return Math.log(low / value);
  if (value > high) return Math.log(value / high);
  return 0;
}

/**
 * Is `value` a fraction of the percentages `others` (every one above 1)? When its percentage is
 * nearer their range than it is, and within half their lowest to twice their highest. So 0.88
 * among 85 to 87 is, while 0.9 among 1.2 and 1.5 (a rare event's percentage) and 0.4 after one
 * month of 5 (a fall, not a slip) are not.
 */
export function isFractionAmong(value: number, others: readonly number[]): boolean {
  if (!(value > 0 && value <= 1) || others.length === 0) return false;
  const low = Math.min(...others);
  const high = Math.max(...others);
  const percentage = value * 100;
  if (percentage < low / 2 || percentage > high * 2) return false;
  return ratioDistance(percentage, low, high) < ratioDistance(value, low, high);
}

/** The target in force for `month`, if any (board/targets.ts has the full rule; contract/ may not import it). */
function targetIn(indicator: Indicator, month: string): number | undefined {
  if (indicator.targets) return indicator.targets.filter((entry) => entry.from <= month).sort((a, b) => (a.from < b.from ? 1 : -1))[0]?.target;
  return indicator.target;
}

/** Each figure of a `percent` indicator written as a fraction: errors among percentages, warnings beside a target. */
export function percentAsFractionProblems(files: readonly SnapshotFile[], indicator: Indicator): Problem[] {
  if (indicator.unit !== 'percent') return [];
  const series = files.flatMap(({ file, snapshot, locate }) => {
    const value = normaliseValue(snapshot.values[indicator.id])?.value;
    return typeof value === 'number' ? [{ file, snapshot, locate, value }] : [];
  });
  const percentages = series.filter((point) => point.value > 1);
  return series.flatMap(({ file, snapshot, locate, value }) => {
    if (!(value > 0 && value <= 1)) return [];
    const path = figurePath(snapshot, indicator.id);
    const others = percentages.filter((point) => point.snapshot.month !== snapshot.month).map((point) => point.value);
    const suggestion = String(asPercentage(value));
    if (others.length > 0) {
      if (!isFractionAmong(value, others)) return [];
      const range = others.length === 1 ? `${others[0]}` : `${Math.min(...others)} to ${Math.max(...others)}`;
      return [problemAt(file, 'error', 'percent-as-fraction', `${indicator.id} for ${snapshot.month} is written as a fraction, where its other months are percentages`, {
        path, position: locate(path),
        expected: `a percentage from 0 to 100, as in its other ${others.length === 1 ? 'month' : `${others.length} months`} (${range}); write ${suggestion} for ${suggestion}%`,
        found: String(value), suggestion,
      })];
    }
    // With other months all at or below 1 too, the catalogue's one warning says so (percentFractionsWarning).
    if (series.length > 1) return [];
    const target = targetIn(indicator, snapshot.month);
    const why = target !== undefined && target > 1 ? `its target is ${target}%` : 'percentages are written 0 to 100';
    return [problemAt(file, 'warning', 'percent-as-fraction', `${indicator.id} for ${snapshot.month} looks like a fraction: ${why}`, {
      path, position: locate(path),
      expected: `a percentage from 0 to 100; write ${suggestion} for ${suggestion}% (${value}% is right only if the figure really is below 1%)`,
      found: String(value), suggestion,
    })];
  });
}
