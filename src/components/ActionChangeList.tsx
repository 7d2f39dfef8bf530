// The plan's actions that changed between two meetings (newly overdue, or completed), each with
// its id, workstream, owner and date: on the Changes page and in the meeting pack.
import type { ActionChange } from '../domain/board/changes';
import { formatIsoDate } from '../domain/months';

export function ActionChangeList({ heading, actions, workstreams, empty, dateWords, className }: { heading: string; actions: readonly ActionChange[]; workstreams: ReadonlyMap<string, string>; empty: string; dateWords: 'due' | 'done'; className?: string }) {
  return (
    <>
      <h3>
        {heading} ({actions.length})
      </h3>
      {actions.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className={className}>
          {actions.map(({ workstream, action, date }, index) => (
            <li key={`${workstream}-${action.id ?? index}`}>
              {action.id && `${action.id} `}
              {action.action} ({workstreams.get(workstream) ?? workstream}). Owner: {action.owner ?? 'not named'}
              {date ? `; ${dateWords} ${formatIsoDate(date)}` : ''}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
