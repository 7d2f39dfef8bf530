// The records the counting could not count as they stand, for the officer to fix at source (shared
// annex-a.md, "What comes out"): the list, the row (the spreadsheet's own, 1-based, header row
// included), the child ID, the column, what was found, what was expected, and the effect: left out
// of which measures, or counted with which assumption. One record's one fault is one problem, however
// many measures it touches: "left out of cpPlans, cpVisits and caseload".
import { ANNEX_A_MEASURE_IDS, type AnnexAMeasureId } from '../schema';

/** A list of the extract by its number, or the staff list. */
export type ListId = number | 'staff';

export interface RecordProblem {
  list: ListId;
  /** The spreadsheet's own row number; null for a problem of the whole list (a missing column). */
  row: number | null;
  /** The child ID on the row, when it has one. */
  child: string | null;
  /** The column's header as the counting looks for it. */
  column: string | null;
  found: string;
  expected: string;
  /** "left out of icpcIn15", "counted in icpcIn15, as not deemed unnecessary …", "icpcIn15 not counted". */
  effect: string;
}

export type ProblemPlace = Omit<RecordProblem, 'effect' | 'row' | 'child' | 'column'> & {
  row?: number | null;
  child?: string | null;
  column?: string | null;
};

interface Entry {
  place: RecordProblem;
  leftOut: Set<AnnexAMeasureId>;
  notCounted: Set<AnnexAMeasureId>;
  /** Each assumption, with the measures the record is counted in with it. */
  assumptions: Map<string, Set<AnnexAMeasureId>>;
  effect?: string;
}

const MEASURE_ORDER = new Map<string, number>(ANNEX_A_MEASURE_IDS.map((id, index) => [id, index]));
const inOrder = (ids: Iterable<AnnexAMeasureId>) => [...ids].sort((a, b) => MEASURE_ORDER.get(a)! - MEASURE_ORDER.get(b)!);

/** "a", "a and b", "a, b and c". */
export function listInWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export class ProblemLog {
  private readonly entries = new Map<string, Entry>();

  private entry(place: ProblemPlace): Entry {
    const full: RecordProblem = { list: place.list, row: place.row ?? null, child: place.child ?? null, column: place.column ?? null, found: place.found, expected: place.expected, effect: '' };
    const key = JSON.stringify([full.list, full.row, full.column, full.found, full.expected]);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { place: full, leftOut: new Set(), notCounted: new Set(), assumptions: new Map() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The record is left out of these measures (out of both numerator and denominator, or not counted). */
  leftOut(place: ProblemPlace, measures: readonly AnnexAMeasureId[]): void {
    const entry = this.entry(place);
    for (const measure of measures) entry.leftOut.add(measure);
  }

  /** The record is counted in these measures, with this assumption ("as not deemed unnecessary"). */
  assumed(place: ProblemPlace, measures: readonly AnnexAMeasureId[], assumption: string): void {
    const entry = this.entry(place);
    const counted = entry.assumptions.get(assumption) ?? new Set<AnnexAMeasureId>();
    for (const measure of measures) counted.add(measure);
    entry.assumptions.set(assumption, counted);
  }

  /** A fault of the whole list (a missing column): these measures are not counted at all. */
  stops(place: ProblemPlace, measures: readonly AnnexAMeasureId[]): void {
    const entry = this.entry(place);
    for (const measure of measures) entry.notCounted.add(measure);
  }

  /** A problem whose effect is neither (a second sheet for one list, not read). */
  note(place: ProblemPlace, effect: string): void {
    this.entry(place).effect = effect;
  }

  /** Every problem, by list (staff last), row and column. */
  problems(): RecordProblem[] {
    const listOrder = (list: ListId) => (list === 'staff' ? 99 : list);
    return [...this.entries.values()]
      .map((entry) => ({ ...entry.place, effect: effectOf(entry) }))
      .sort((a, b) => listOrder(a.list) - listOrder(b.list) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
  }
}

function effectOf(entry: Entry): string {
  const parts: string[] = [];
  if (entry.notCounted.size) parts.push(`${listInWords(inOrder(entry.notCounted))} not counted`);
  if (entry.leftOut.size) parts.push(`left out of ${listInWords(inOrder(entry.leftOut))}`);
  for (const [assumption, measures] of entry.assumptions) parts.push(`counted in ${listInWords(inOrder(measures))}, ${assumption}`);
  if (entry.effect) parts.push(entry.effect);
  return parts.join('; ');
}
