// What one cell of a table model shows, in the order the model gives: words above, a lead, the words
// (linked, glossary-marked, tagged, with an arrow or an SPC icon, or as a list or links), then
// smaller words after them and under them. Every meaning is in words; colour only repeats it.
import { Fragment, type ReactNode } from 'react';
import type { TermSegment } from '../domain/present/glossary';
import type { TableCell } from '../domain/present/table';
import { AssuranceBadge, VariationBadge } from './SpcIcons';

export function CellContent({ cell, terms, link }: { cell: TableCell; terms: (segments: readonly TermSegment[], linked: boolean) => ReactNode; link: (href: string, children: ReactNode) => ReactNode }) {
  return (
    <>
      {cell.above && <span className="cell-above">{cell.above}</span>}
      {(cell.lead || cell.mark) && (
        <>
          <span className="cell-lead">
            {cell.lead}
            {cell.mark && (
              <>
                <span aria-hidden="true"> {cell.mark.symbol}</span>
                <span className="visually-hidden">{cell.mark.spoken}</span>
              </>
            )}
          </span>{' '}
        </>
      )}
      {/* After a lead, the words in an element of their own: the space between them then sits
          between two elements, not beside the words' text, where the build's drawing would put
          it between React's markers and Chromium leave it out of the cell's name ("CP3Repeat CP plans"). */}
      {cell.lead || cell.mark ? (
        <span className="cell-main">
          <Main cell={cell} terms={terms} link={link} />
        </span>
      ) : (
        <Main cell={cell} terms={terms} link={link} />
      )}
      {cell.detail && <span className="cell-detail"> ({cell.detail})</span>}
      {cell.below && <span className="cell-below">{cell.below}</span>}
    </>
  );
}

function Main({ cell, terms, link }: { cell: TableCell; terms: (segments: readonly TermSegment[], linked: boolean) => ReactNode; link: (href: string, children: ReactNode) => ReactNode }) {
  if (cell.items?.length) {
    return (
      <ul className="cell-list">
        {cell.items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  }
  if (cell.links?.length) {
    return (
      <>
        {cell.links.map((item, index) => (
          <Fragment key={item.href}>
            {index > 0 && ', '}
            {link(item.href, item.text)}
          </Fragment>
        ))}
      </>
    );
  }
  if (cell.letter !== undefined) {
    return (
      <>
        <span aria-hidden="true">{cell.letter}</span>
        <span className="visually-hidden">{cell.text}</span>
      </>
    );
  }
  if (cell.spc) {
    return cell.spc.kind === 'variation' ? <VariationBadge icon={cell.spc.icon} /> : <AssuranceBadge icon={cell.spc.icon} />;
  }
  if (cell.tag) return <span className={`tag tag-${cell.tag}`}>{cell.text}</span>;
  if (cell.direction) {
    return (
      <span className={`direction direction-${cell.direction.direction}`}>
        {cell.direction.arrow && <span aria-hidden="true">{cell.direction.arrow} </span>}
        {cell.text}
      </span>
    );
  }
  const words = cell.terms ? terms(cell.terms, cell.href === undefined) : cell.code ? <code>{cell.text}</code> : cell.text;
  const shown = cell.strong ? <strong>{words}</strong> : words;
  return cell.href ? link(cell.href, shown) : shown;
}
