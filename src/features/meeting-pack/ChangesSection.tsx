// Since the previous pack: the RAG changes, the target changes and the plan's actions that changed
// between the month three reporting months before (committees meet about quarterly) and the pack's
// month, in the Changes page's words.
import { ActionChangeList } from '../../components/ActionChangeList';
import type { PackChanges } from '../../domain/present/pages/packSections';
import { PackSection, type PartProps } from './PackSection';
import { PackTerms } from './PackText';

export function ChangesSection({ changes, none, ...part }: PartProps & { changes: PackChanges | undefined; none: string | undefined }) {
  return (
    <PackSection id="changes" labelledBy="pack-changes-heading" {...part}>
      <h2 id="pack-changes-heading" tabIndex={-1}>
        Changes since the previous pack
      </h2>
      {none && <p>{none}</p>}
      {changes && (
        <>
          <p>{changes.intro}</p>
          <h3>RAG changes</h3>
          {changes.rag.empty ? (
            <p>{changes.rag.empty}</p>
          ) : (
            <ul className="pack-change-list">
              {changes.rag.items.map((item) => (
                <li key={item.id}>
                  {`${item.id} `}
                  <PackTerms segments={item.name.terms} />
                  {`: ${item.change}`}
                </li>
              ))}
            </ul>
          )}
          <h3>Target changes</h3>
          {changes.targets.empty ? (
            <p>{changes.targets.empty}</p>
          ) : (
            <ul className="pack-change-list">
              {changes.targets.items.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          )}
          {changes.actions.map((list) => (
            <ActionChangeList key={list.heading} list={list} className="pack-change-list" />
          ))}
        </>
      )}
    </PackSection>
  );
}
