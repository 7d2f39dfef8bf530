// The plan's actions that changed between two meetings (newly overdue, or completed), each with
// its id, workstream, owner and date: on the Changes page and in the meeting pack.
import type { ActionList } from '../domain/present/actionWords';

export function ActionChangeList({ list, className }: { list: ActionList; className?: string }) {
  return (
    <>
      <h3>{list.heading}</h3>
      {list.empty ? (
        <p>{list.empty}</p>
      ) : (
        <ul className={className}>
          {list.items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}
