// Why a measure cannot be counted from what was given (shared annex-a.md): a list it needs is
// missing ("each saying which list it needs"), a column it needs is missing ("naming the list, the
// header expected and the closest header found"), or, for caseload, there is no staff list. Every
// other measure still comes out.
import type { AnnexAMeasureId } from '../schema';
import { STAFF } from './columns';
import type { LocatedColumns } from './headers';
import type { ListTable } from './lists';
import { LIST_NAMES, MEASURE_NEEDS, listsNeeded, type ListNumber } from './measureNeeds';
import { listInWords, type ListId, type ProblemLog } from './problemLog';
import type { StaffList } from './staffList';

type AnyTables = { [L in ListNumber]?: ListTable<string> };

/** The reason `measure` is not counted, or undefined when it can be. Missing columns are logged as problems. */
export function whyNotCounted(measure: AnnexAMeasureId, tables: AnyTables, staff: StaffList | undefined, log: ProblemLog): string | undefined {
  const lists = listsNeeded(measure);
  const absent = lists.filter((list) => !tables[list]);
  if (absent.length) {
    const named = absent.map((list) => `${list} (${LIST_NAMES[list]})`);
    return `Needs list${absent.length > 1 ? 's' : ''} ${listInWords(named)}, which the extract does not have`;
  }
  const reasons: string[] = [];
  for (const list of lists) {
    const needs = (MEASURE_NEEDS[measure] as Record<number, readonly string[]>)[list]!;
    reasons.push(...missingColumns(list, `List ${list}`, tables[list]!.located, needs, measure, log));
  }
  if (measure === 'caseload' && reasons.length === 0) {
    if (!staff) return 'Needs a staff list (columns Worker, Team and FTE), which was not given';
    reasons.push(...missingColumns('staff', 'The staff list', staff.located, Object.keys(STAFF), measure, log));
  }
  return reasons.length ? reasons.join('; ') : undefined;
}

function missingColumns(list: ListId, name: string, located: LocatedColumns<string>, needs: readonly string[], measure: AnnexAMeasureId, log: ProblemLog): string[] {
  if (located.headerRow === undefined) {
    log.stops({ list, found: 'no rows at all', expected: 'a header row, then one row per record' }, [measure]);
    return [`${name} is empty`];
  }
  return located.missing
    .filter((column) => needs.includes(column.key))
    .map((column) => {
      const closest = column.closest === undefined ? '' : ` (the closest header is "${column.closest}")`;
      log.stops(
        { list, row: located.headerRow, column: column.header, found: column.closest === undefined ? 'no such column' : `no such column; the closest header is "${column.closest}"`, expected: `a column headed "${column.header}"` },
        [measure],
      );
      return `${name} has no column "${column.header}"${closest}`;
    });
}
