// The terms the pack uses, explained at its end: on paper a marked term cannot be followed to the
// Glossary page, so its entry is here (the model lists the terms the pack marks).
import type { GlossaryTerm } from '../../domain/present/glossary';
import { PackSection, type PartProps } from './PackSection';
import { glossaryAnchor } from './PackText';

export function GlossarySection({ used, ...part }: PartProps & { used: readonly GlossaryTerm[] }) {
  return (
    <PackSection id="glossary" labelledBy="pack-glossary-heading" {...part}>
      <h2 id="pack-glossary-heading" tabIndex={-1}>
        Terms used in this pack
      </h2>
      {used.length === 0 ? (
        <p>This pack uses none of the glossary’s terms.</p>
      ) : (
        <>
          <p>The first use of each of these terms in the pack is underlined.</p>
          <dl className="pack-glossary">
            {used.map((entry) => (
              <div key={entry.id} id={glossaryAnchor(entry.id)} tabIndex={-1}>
                <dt>
                  {entry.term}
                  {entry.expansion && `: ${entry.expansion}`}
                </dt>
                <dd>{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </PackSection>
  );
}
