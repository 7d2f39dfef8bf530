// The counted month into snapshots/M.json (shared annex-a.md, "What comes out"): for each indicator
// whose catalogue entry says `"source": { "annexA": "<measure>" }`, its value, numerator,
// denominator and breakdown; everything else in an existing file is kept (commentary, notes,
// workstreams, narrative, questions, other figures). A figure already in the file that the extract
// would change is shown beside the new one and changed only when the officer says so (`replace`).
// Only aggregates: nothing here can hold a child ID, a name or a date of the extract.
import { ANNEX_A_MEASURE_UNITS, type AnnexAMeasureId, type BreakdownEntry, type Indicator, type Snapshot, type ValueObject } from '../schema';
import { normaliseValue } from '../valueEntry';
import { NO_CASES_NOTE, type MeasureResult } from './aggregate';
import type { MonthCount } from './countMonth';

/** The parts of a figure the extract gives; quality, narrative and a note typed by hand stay. */
const COUNTED_PARTS = ['value', 'numerator', 'denominator', 'breakdown'] as const;

export interface WrittenFigure {
  indicator: string;
  measure: AnnexAMeasureId;
  /** The figure as it was in the file, when there was one. */
  before?: ValueObject;
  /** The figure the extract gives. */
  counted: ValueObject;
}

export interface MergedMonth {
  snapshot: Snapshot;
  /** Figures written (new, or the same as before, or replaced with `replace`). */
  written: WrittenFigure[];
  /** Figures in the file the extract would change, kept as they were (no `replace`). */
  kept: WrittenFigure[];
  /** Indicators whose measure could not be counted, with why; their figures are left as they were. */
  notCounted: { indicator: string; measure: AnnexAMeasureId; note: string }[];
}

/**
 * A measure's figures as a snapshot's value object, for an indicator of the measure's unit. A
 * percentage keeps its counts and each team's (what a small-numbers rule needs); with no cases it is
 * null with the note "No cases this month" and no counts (a denominator of 0 is an error in a
 * snapshot). A count and a caseload give each team's figure as a number: a caseload's FTE is not a
 * whole number, so it has no place in a snapshot's denominator.
 */
export function snapshotFigure(measure: AnnexAMeasureId, result: MeasureResult): ValueObject {
  const teams = Object.entries(result.breakdown ?? {});
  if (ANNEX_A_MEASURE_UNITS[measure] === 'percent') {
    if (!result.denominator) return { value: null, note: NO_CASES_NOTE };
    const breakdown: Record<string, BreakdownEntry> = Object.fromEntries(
      teams.map(([team, figure]) => [team, { value: figure.value, numerator: figure.numerator!, denominator: figure.denominator! }]),
    );
    return { value: result.value, numerator: result.numerator!, denominator: result.denominator, ...(teams.length ? { breakdown } : {}) };
  }
  if (result.value === null) return { value: null, note: result.note ?? NO_CASES_NOTE };
  const breakdown: Record<string, BreakdownEntry> = Object.fromEntries(teams.map(([team, figure]) => [team, figure.value]));
  return { value: result.value, ...(teams.length ? { breakdown } : {}) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The counted parts of `before` that `counted` would change (a part the file lacks is only added). */
export function changedParts(before: ValueObject, counted: ValueObject): string[] {
  return COUNTED_PARTS.filter((part) => before[part] !== undefined && !same(before[part], counted[part]));
}

/**
 * The file's figure with the counted parts from the extract and the rest (quality, narrative, a note
 * typed by hand) kept. "No cases this month" is the counting's own note: it follows the count.
 */
function mergeFigure(before: ValueObject | undefined, counted: ValueObject): ValueObject {
  if (!before) return counted;
  const ours = (key: string) => (COUNTED_PARTS as readonly string[]).includes(key) || (key === 'note' && before.note === NO_CASES_NOTE);
  const rest = Object.fromEntries(Object.entries(before).filter(([key]) => !ours(key)));
  return { ...counted, ...rest };
}

/**
 * `existing` (or a new month file) with the counted figures of every indicator that asks for one.
 * With `replace`, a figure in the file that the extract would change is replaced; without, it is kept
 * and listed in `kept`, for the officer to compare.
 */
export function mergeCountIntoSnapshot(existing: Snapshot | undefined, count: MonthCount, indicators: readonly Indicator[], options: { replace: boolean }): MergedMonth {
  const values = { ...existing?.values };
  const merged: MergedMonth = { snapshot: existing ?? { month: count.month, status: 'final', values }, written: [], kept: [], notCounted: [] };
  for (const indicator of indicators) {
    const measure = indicator.source?.annexA;
    if (measure === undefined) continue;
    const result = count.measures[measure];
    if (!result.counted) {
      merged.notCounted.push({ indicator: indicator.id, measure, note: result.note ?? 'not counted' });
      continue;
    }
    const counted = snapshotFigure(measure, result);
    const before = normaliseValue(values[indicator.id]);
    const figure: WrittenFigure = { indicator: indicator.id, measure, ...(before ? { before } : {}), counted };
    // A null with the counting's own "No cases this month" was counted, not typed: it follows the count.
    const countedBefore = before?.value === null && before.note === NO_CASES_NOTE;
    if (before && !countedBefore && changedParts(before, counted).length > 0 && !options.replace) {
      merged.kept.push(figure);
      continue;
    }
    values[indicator.id] = mergeFigure(before, counted);
    merged.written.push(figure);
  }
  merged.snapshot = { ...merged.snapshot, values };
  return merged;
}
