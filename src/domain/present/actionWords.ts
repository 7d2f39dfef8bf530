// The plan's actions in sentences: the month's overdue actions (the Overview and the pack), and the
// actions newly overdue or completed between two meetings (the Changes page and the pack). Each
// names its id, the action, its workstream, its owner and its date; "Overdue" is a word, never a colour.
import type { OverdueAction } from '../board/actions';
import type { ActionChange } from '../board/changes';
import { formatIsoDate, formatMonth } from '../months';
import type { Workstream } from '../schema';

export interface ActionList {
  heading: string;
  /** Said instead of the list, only when it is empty. */
  empty?: string;
  items: { key: string; text: string }[];
}

const workstreamNames = (workstreams: readonly Pick<Workstream, 'id' | 'name'>[]) => new Map(workstreams.map((workstream) => [workstream.id, workstream.name]));

/** "A1 Recruit ten social workers (People). Owner: Head of HR. Due 30 June 2018 (revised from 31 May 2018)." */
export function overdueActionList(overdue: readonly OverdueAction[], workstreams: readonly Pick<Workstream, 'id' | 'name'>[], month: string): ActionList {
  const names = workstreamNames(workstreams);
  return {
    heading: 'Overdue actions',
    ...(overdue.length === 0 ? { empty: `No action of the plan is overdue at the end of ${formatMonth(month)}.` } : {}),
    items: overdue.map(({ workstream, action, due }, index) => ({
      key: `${workstream}-${action.id ?? index}`,
      text:
        `${action.id ? `${action.id} ` : ''}${action.action} (${names.get(workstream) ?? workstream}). Owner: ${action.owner ?? 'not named'}. Due ${formatIsoDate(due)}` +
        `${action.revisedDue && action.due && action.revisedDue !== action.due ? ` (revised from ${formatIsoDate(action.due)})` : ''}.`,
    })),
  };
}

/** The word before each overdue action in the list. */
export const OVERDUE_LEAD = 'Overdue:';

/** Actions that changed between two meetings: `dateWords` "due" for newly overdue, "done" for completed. */
export function actionChangeList(heading: string, empty: string, actions: readonly ActionChange[], workstreams: readonly Pick<Workstream, 'id' | 'name'>[], dateWords: 'due' | 'done'): ActionList {
  const names = workstreamNames(workstreams);
  return {
    heading: `${heading} (${actions.length})`,
    ...(actions.length === 0 ? { empty } : {}),
    items: actions.map(({ workstream, action, date }, index) => ({
      key: `${workstream}-${action.id ?? index}`,
      text: `${action.id ? `${action.id} ` : ''}${action.action} (${names.get(workstream) ?? workstream}). Owner: ${action.owner ?? 'not named'}${date ? `; ${dateWords} ${formatIsoDate(date)}` : ''}.`,
    })),
  };
}
