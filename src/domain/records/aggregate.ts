// From counted records to a measure's figures (shared annex-a.md, "The measures"): a percentage is
// 100 × numerator ÷ denominator to one decimal place, half away from zero, and null with the note
// "No cases this month" when the denominator is 0; every measure is also given per team, the team
// being the record's Allocated Team ("Unallocated" when empty, or when the list has no such column).
// Rounding is done on whole numbers, so 12.45 is never 12.4 because 0.1 has no exact binary form.

export const UNALLOCATED_TEAM = 'Unallocated';
export const NO_CASES_NOTE = 'No cases this month';

export interface TeamFigure {
  value: number | null;
  numerator?: number;
  /** For caseload, the FTE of the team's case-holding workers (not a whole number). */
  denominator?: number;
}

export interface MeasureResult {
  /** false when the measure could not be counted at all (a list or column missing): `note` says why. */
  counted: boolean;
  value: number | null;
  numerator?: number;
  denominator?: number;
  breakdown?: Record<string, TeamFigure>;
  note?: string;
}

/** `numerator / denominator` of whole numbers ≥ 0 (denominator > 0) to one decimal place, half away from zero. */
export function roundedRatio(numerator: number, denominator: number): number {
  // round(10n/d) = floor((20n + d) / 2d): exact for whole numbers, as (20n + d) and 2d are.
  return Math.floor((20 * numerator + denominator) / (2 * denominator)) / 10;
}

/** 100 × numerator ÷ denominator, one decimal place, half away from zero; null when the denominator is 0. */
export function percentValue(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : roundedRatio(100 * numerator, denominator);
}

/** Teams in alphabetical order, "Unallocated" last, for a breakdown that reads the same every month. */
export function byTeamOrder(a: string, b: string): number {
  return Number(a === UNALLOCATED_TEAM) - Number(b === UNALLOCATED_TEAM) || a.localeCompare(b, 'en-GB');
}

/** A record of teams in byTeamOrder. */
export function sortedRecord<T>(entries: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => byTeamOrder(a, b)));
}

/** A percentage measure from its counted records: each with its team, met or not. */
export function percentResult(records: readonly { team: string; met: boolean }[]): MeasureResult {
  const teams = new Map<string, { numerator: number; denominator: number }>();
  let numerator = 0;
  for (const record of records) {
    const tally = teams.get(record.team) ?? { numerator: 0, denominator: 0 };
    tally.denominator += 1;
    if (record.met) {
      tally.numerator += 1;
      numerator += 1;
    }
    teams.set(record.team, tally);
  }
  const breakdown = new Map([...teams].map(([team, tally]) => [team, { value: percentValue(tally.numerator, tally.denominator), ...tally }]));
  const denominator = records.length;
  return {
    counted: true,
    value: percentValue(numerator, denominator),
    numerator,
    denominator,
    breakdown: sortedRecord(breakdown),
    ...(denominator === 0 ? { note: NO_CASES_NOTE } : {}),
  };
}

/** A count measure from its counted records (rows, or children counted once), each with its team. */
export function countResult(records: readonly { team: string }[]): MeasureResult {
  const teams = new Map<string, TeamFigure>();
  for (const record of records) teams.set(record.team, { value: ((teams.get(record.team)?.value as number | undefined) ?? 0) + 1 });
  return { counted: true, value: records.length, breakdown: sortedRecord(teams) };
}

/** A measure that cannot be counted, saying why. */
export function notCounted(note: string): MeasureResult {
  return { counted: false, value: null, note };
}
