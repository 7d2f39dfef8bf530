// Since the previous pack: the RAG changes and the target changes between the month three
// reporting months before (board/changes.ts' previousPackSpan: committees meet about quarterly)
// and the pack's month, in the Changes page's words (present/changeRows.ts).
import type { ChangeRow } from '../../domain/present/changeRows';
import { formatMonth } from '../../domain/months';
import type { ActionChanges } from '../../domain/board/changes';
import { ActionChangeList } from '../../components/ActionChangeList';
import { PackSection, type SectionPlacing } from './PackSection';
import { PackText } from './PackText';

export const CHANGES_HEADING = 'pack-changes-heading';

export interface PackChanges {
  from: string;
  to: string;
  /** The indicators whose RAG changed, with "Red to Amber". */
  rag: readonly ChangeRow[];
  targets: readonly string[];
  /** The plan's actions newly overdue and completed since `from` (board/actions.ts actionChanges). */
  actions: ActionChanges;
  /** Workstream names by id. */
  workstreams: ReadonlyMap<string, string>;
}

export function ChangesSection({ month, changes, source, reference, placing }: { month: string; changes: PackChanges | undefined; source: string; reference: string; placing: SectionPlacing }) {
  return (
    <PackSection id="changes" labelledBy={CHANGES_HEADING} source={source} reference={reference} placing={placing} flows>
      <h2 id={CHANGES_HEADING} tabIndex={-1}>
        Changes since the previous pack
      </h2>
      {!changes ? (
        <p>{formatMonth(month)} is the first month with figures: there is no earlier pack to compare with.</p>
      ) : (
        <>
          <p>
            From {formatMonth(changes.from)} (three reporting months before, as the committee meets about quarterly) to {formatMonth(changes.to)}.
          </p>
          <h3>RAG changes</h3>
          {changes.rag.length === 0 ? (
            <p>No indicator’s RAG changed from {formatMonth(changes.from)} to {formatMonth(changes.to)}.</p>
          ) : (
            <ul className="pack-change-list">
              {changes.rag.map((row) => (
                <li key={row.id}>
                  {row.id} <PackText id={`change:${row.id}`} text={row.name} />: {row.change}
                </li>
              ))}
            </ul>
          )}
          <h3>Target changes</h3>
          {changes.targets.length === 0 ? (
            <p>No target changed from {formatMonth(changes.from)} to {formatMonth(changes.to)}.</p>
          ) : (
            <ul className="pack-change-list">
              {changes.targets.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          )}
          <ActionChangeList
            heading="Actions newly overdue"
            className="pack-change-list"
            actions={changes.actions.newlyOverdue}
            workstreams={changes.workstreams}
            empty={`No action of the plan became overdue from ${formatMonth(changes.from)} to ${formatMonth(changes.to)}.`}
            dateWords="due"
          />
          <ActionChangeList
            heading="Actions completed"
            className="pack-change-list"
            actions={changes.actions.completed}
            workstreams={changes.workstreams}
            empty={`No action of the plan was completed from ${formatMonth(changes.from)} to ${formatMonth(changes.to)}.`}
            dateWords="done"
          />
        </>
      )}
    </PackSection>
  );
}
