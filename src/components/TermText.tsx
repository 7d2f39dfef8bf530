import { Fragment } from 'react';
import { Link } from '../routing/routing';
import { hrefOf } from '../routing/pages';
import type { TermSegment } from '../domain/present/glossary';

/** The Glossary page's address, from the page manifest (the glossary's words stay out of every page that marks a term). */
const GLOSSARY_HREF = hrefOf('help/glossary');

/**
 * Text with its glossary terms marked (segments from present/glossary.ts's firstUses): an
 * abbreviation as <abbr title>, a phrase as a link to its Glossary entry. `linked={false}` inside
 * another link (a card's title), where a second link cannot go: abbreviations only.
 */
export function TermText({ segments, linked = true }: { segments: readonly TermSegment[]; linked?: boolean }) {
  return (
    <>
      {segments.map((segment, index) => {
        const { entry } = segment;
        if (!entry) return <Fragment key={index}>{segment.text}</Fragment>;
        const href = `${GLOSSARY_HREF}#${entry.id}`;
        if (entry.expansion) {
          const abbr = <abbr title={entry.expansion}>{segment.text}</abbr>;
          return linked ? <Link key={index} to={href}>{abbr}</Link> : <span key={index}>{abbr}</span>;
        }
        return linked ? <Link key={index} to={href} title={entry.definition}>{segment.text}</Link> : <Fragment key={index}>{segment.text}</Fragment>;
      })}
    </>
  );
}
