// Caseloads and unallocated children (shared annex-a.md, "Caseloads"). A child is open at R when
// it has an open assessment (list 4), CIN episode (6), CP plan (7) or looked-after episode (8). Each
// open child counts once, for one worker: the worker on its list 8 row if open there, else list 7,
// else 6, else 4. No worker on that row (empty or #N/A): unallocated, even if another list names
// one. caseload = open allocated children ÷ the FTE of the workers holding at least one of them (the
// DfE's cases per FTE of case-holding social workers), one decimal place, half away from zero; per
// team, the same over the team's workers, the team being the worker's in the staff list.
import type { SheetRow } from '../spreadsheet/cells';
import { countResult, NO_CASES_NOTE, roundedRatio, sortedRecord, type MeasureResult, type TeamFigure } from './aggregate';
import { readName, readWorkerKey } from './cellValues';
import type { CountContext } from './countContext';
import { cellAt, teamOf, type ListTable } from './lists';
import type { OpenRecord } from './openEpisodes';
import { placeOf } from './recordCells';
import { MICRO, type StaffList } from './staffList';

export interface OpenInList {
  table: ListTable<'childId' | 'team' | 'worker'>;
  open: ReadonlyMap<string, OpenRecord>;
}

interface Allocation {
  child: string;
  source: OpenInList;
  row: SheetRow;
  /** The worker's key (readWorkerKey), or undefined: unallocated. */
  worker?: string;
}

/** Each open child once, with the row (and so the worker) that decides its allocation: `lists` in order of precedence (8, 7, 6, 4). */
export function allocations(lists: readonly OpenInList[]): Allocation[] {
  const decided = new Map<string, Allocation>();
  for (const source of lists) {
    for (const [child, record] of source.open) {
      if (decided.has(child)) continue;
      decided.set(child, { child, source, row: record.row, worker: readWorkerKey(cellAt(source.table, record.row, 'worker')) });
    }
  }
  return [...decided.values()];
}

/** `unallocated`: open children with no worker on their deciding row, in that row's Allocated Team. */
export function unallocated(children: readonly Allocation[]): MeasureResult {
  return countResult(children.filter((child) => child.worker === undefined).map((child) => ({ team: teamOf(child.source.table, child.row) })));
}

/**
 * `caseload`. A worker with children but not in the staff list (or with no usable FTE there) is a
 * problem: each of their children is named, left out of caseload.
 */
export function caseload(children: readonly Allocation[], staff: StaffList, context: CountContext): MeasureResult {
  const held = new Map<string, number>();
  for (const child of children) {
    if (child.worker === undefined) continue;
    if (staff.members.has(child.worker)) {
      held.set(child.worker, (held.get(child.worker) ?? 0) + 1);
      continue;
    }
    const unusable = staff.unusable.get(child.worker);
    context.log.leftOut(
      {
        ...placeOf(child.source.table, child.row, 'worker'),
        found: `${readName(cellAt(child.source.table, child.row, 'worker')) ?? child.worker}, ${unusable ? unusable.why : 'not in the staff list'}`,
        expected: 'a worker in the staff list, with an FTE',
      },
      ['caseload'],
    );
  }
  const teams = new Map<string, { children: number; fteMicro: number }>();
  for (const [worker, count] of held) {
    const member = staff.members.get(worker)!;
    const tally = teams.get(member.team) ?? { children: 0, fteMicro: 0 };
    tally.children += count;
    tally.fteMicro += member.fteMicro;
    teams.set(member.team, tally);
  }
  const figure = (tally: { children: number; fteMicro: number }): TeamFigure => ({
    value: tally.fteMicro === 0 ? null : roundedRatio(tally.children * MICRO, tally.fteMicro),
    numerator: tally.children,
    denominator: tally.fteMicro / MICRO,
  });
  const total = [...teams.values()].reduce((sum, tally) => ({ children: sum.children + tally.children, fteMicro: sum.fteMicro + tally.fteMicro }), { children: 0, fteMicro: 0 });
  const breakdown = sortedRecord(new Map([...teams].map(([team, tally]) => [team, figure(tally)])));
  return { counted: true, ...figure(total), breakdown, ...(total.fteMicro === 0 ? { note: NO_CASES_NOTE } : {}) };
}
