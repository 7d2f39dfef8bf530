// The terms the pack uses, explained at its end: on paper a marked term cannot be followed to the
// Glossary page, so its entry is here (present/glossary.ts; packTerms.ts lists the terms used).
import type { GlossaryTerm } from '../../domain/present/glossary';
import { glossaryAnchor } from './packTerms';
import { PackSection, type SectionPlacing } from './PackSection';

export const GLOSSARY_HEADING = 'pack-glossary-heading';

export function GlossarySection({ used, source, reference, placing }: { used: readonly GlossaryTerm[]; source: string; reference: string; placing: SectionPlacing }) {
  return (
    <PackSection id="glossary" labelledBy={GLOSSARY_HEADING} source={source} reference={reference} placing={placing} flows>
      <h2 id={GLOSSARY_HEADING} tabIndex={-1}>
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
