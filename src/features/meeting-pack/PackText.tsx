// Text of the pack with its glossary terms marked where they are first used (packTerms.ts): an
// abbreviation as <abbr title>, a phrase underlined; on screen each links to its entry in the
// pack's glossary, on paper the glossary at the end explains it.
import { createContext, Fragment, useContext } from 'react';
import { glossaryAnchor, type PackTerms } from './packTerms';
import { PackLink } from './PackLink';

export const PackTermsContext = createContext<{ terms: PackTerms; href: (id: string) => string }>({ terms: () => undefined, href: (id) => `#${id}` });

/** `id`: the text's key in the pack's list of marked texts (MeetingPackPage's termTexts). */
export function PackText({ id, text }: { id: string; text: string }) {
  const { terms, href } = useContext(PackTermsContext);
  const segments = terms(id);
  if (!segments) return <>{text}</>;
  return (
    <>
      {segments.map((segment, index) => {
        const { entry } = segment;
        if (!entry) return <Fragment key={index}>{segment.text}</Fragment>;
        return <PackLink key={index} to={glossaryAnchor(entry.id)} href={href} text={segment.text} abbr={entry.expansion} title={entry.expansion ? undefined : entry.definition} className="pack-term" />;
      })}
    </>
  );
}
