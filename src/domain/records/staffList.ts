// The staff list for caseloads (shared annex-a.md, "The staff list"): one row per social worker,
// columns Worker, Team and FTE (a number over 0 and at most 1). Workers are matched to the extract's
// Allocated Worker as child IDs are (all spaces removed), case-insensitively.
import type { SheetRow } from '../spreadsheet/cells';
import { readDecimal, readName, readWorkerKey } from './cellValues';
import { STAFF } from './columns';
import { isBlankRow, locateColumns, type LocatedColumns } from './headers';
import type { ProblemLog } from './problemLog';

/** An FTE in millionths, so that sums and the caseload's rounding are exact. */
export const MICRO = 1_000_000;

export const NO_TEAM = 'No team in the staff list';

export interface StaffMember {
  team: string;
  /** FTE × 1,000,000. */
  fteMicro: number;
  row: number;
}

export interface StaffList {
  located: LocatedColumns<keyof typeof STAFF>;
  /** Workers with a usable row, by key (readWorkerKey). */
  members: Map<string, StaffMember>;
  /** Workers whose every row is unusable (no readable FTE), by key: the row and why. */
  unusable: Map<string, { row: number; why: string }>;
}

/** A decimal number as written ("0.5", "1", ".8") in millionths, rounded half up at the seventh decimal. */
export function toMillionths(decimal: string): number | undefined {
  const match = /^(\d*)(?:\.(\d+))?$/.exec(decimal);
  if (!match || (match[1] === '' && match[2] === undefined)) return undefined;
  const fraction = (match[2] ?? '').padEnd(7, '0');
  const micro = Number(match[1] || '0') * MICRO + Number(fraction.slice(0, 6));
  return micro + (Number(fraction[6]) >= 5 ? 1 : 0);
}

const FTE_EXPECTED = 'an FTE over 0 and at most 1, such as 1, 0.5 or 0.8';

/**
 * The staff list's workers. A row with no worker is skipped (a blank or a note); an FTE that is
 * empty, unreadable, 0 or over 1 is a problem and the worker's children are left out of caseload. A
 * worker on two rows (annex-a.md is silent): the first usable row is used and the other named, as an
 * HR extract listing a worker twice (two posts) needs the officer's eye, not a silent sum. An empty
 * Team: the worker counts, in a team named "No team in the staff list".
 */
export function readStaffList(rows: readonly SheetRow[], log: ProblemLog): StaffList {
  const located = locateColumns(rows, STAFF);
  const list: StaffList = { located, members: new Map(), unusable: new Map() };
  const { worker: workerColumn, team: teamColumn, fte: fteColumn } = located.columns;
  if (workerColumn === undefined || fteColumn === undefined || teamColumn === undefined) return list;
  for (const row of located.rows) {
    if (isBlankRow(row)) continue;
    const key = readWorkerKey(row.cells[workerColumn]);
    if (key === undefined) continue;
    const name = readName(row.cells[workerColumn]) ?? key;
    const place = { list: 'staff' as const, row: row.row };
    const earlier = list.members.get(key);
    if (earlier) {
      log.assumed({ ...place, column: STAFF.worker, found: `a second row for ${name} (first: row ${earlier.row})`, expected: 'one row per worker' }, ['caseload'], `from row ${earlier.row} only`);
      continue;
    }
    const fteText = readDecimal(row.cells[fteColumn]);
    const fteMicro = fteText.kind === 'value' ? toMillionths(fteText.value) : undefined;
    if (fteMicro === undefined || fteMicro <= 0 || fteMicro > MICRO) {
      const found = fteText.kind === 'value' ? fteText.value : fteText.kind === 'empty' ? 'an empty cell' : fteText.found;
      log.leftOut({ ...place, column: STAFF.fte, found, expected: FTE_EXPECTED }, ['caseload']);
      if (!list.unusable.has(key)) list.unusable.set(key, { row: row.row, why: `row ${row.row} of the staff list has no usable FTE` });
      continue;
    }
    let team = readName(row.cells[teamColumn]);
    if (team === undefined) {
      log.assumed({ ...place, column: STAFF.team, found: 'an empty cell', expected: "the worker's team" }, ['caseload'], `in the team "${NO_TEAM}"`);
      team = NO_TEAM;
    }
    list.members.set(key, { team, fteMicro, row: row.row });
    list.unusable.delete(key);
  }
  return list;
}
