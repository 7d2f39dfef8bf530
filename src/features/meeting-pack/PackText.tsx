// Text of the pack with its glossary terms marked where the pack first uses them (the model marks
// them across the whole pack: present/termMarks.ts): an abbreviation as <abbr title>, a phrase
// underlined; on screen each links to its entry in the pack's glossary, on paper the glossary at
// the end explains it.
import { createContext, Fragment, useContext } from 'react';
import type { TermSegment } from '../../domain/present/glossary';
import { PackLink } from './PackLink';

/** The pack's own address for a place in it (PackLink.ts' usePackHref). */
export const PackContext = createContext<{ href: (id: string) => string }>({ href: (id) => `#${id}` });

export const glossaryAnchor = (id: string) => `pack-glossary-${id}`;

export function PackTerms({ segments }: { segments: readonly TermSegment[] }) {
  const { href } = useContext(PackContext);
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
