// The month's exceptions in brief, first on the Overview: each indicator with its figure, its RAG
// in words and the reasons it is an exception, linked to the Exceptions page for the story.
import { Link } from '../routing/routing';
import type { IndicatorException } from '../domain/board/monthView';
import { displayName } from '../domain/names';
import { formatValue } from '../domain/format';
import { formatMonth } from '../domain/months';
import { exceptionReasonText } from '../domain/present/exceptionWords';
import { ragLabel } from '../domain/present/words';
import type { TermSegment } from '../domain/present/glossary';
import { RagTag } from './RagTag';
import { TermText } from './TermText';

/**
 * `terms`: for each indicator, its name and its reasons with their glossary terms marked (the
 * page decides which use is the first).
 */
export function ExceptionSummary({ exceptions, month, total, terms }: { exceptions: readonly IndicatorException[]; month: string; total: number; terms?: ReadonlyMap<string, readonly [TermSegment[], TermSegment[]]> }) {
  return (
    <section className="exception-summary" aria-labelledby="exception-summary-heading">
      <h2 id="exception-summary-heading">Exceptions: look at these first</h2>
      {exceptions.length === 0 ? (
        <p>No indicator is an exception in {formatMonth(month)}.</p>
      ) : (
        <>
          <p>
            {exceptions.length} of {total} indicators {exceptions.length === 1 ? 'is an exception' : 'are exceptions'} in {formatMonth(month)}.
          </p>
          <ul className="exception-summary-list">
            {exceptions.map(({ indicator, reasons, status }) => {
              const [name, why] = terms?.get(indicator) ?? [[{ text: displayName(status.indicator) }], [{ text: exceptionReasonText(reasons) }]];
              return (
                <li key={indicator}>
                  <Link to={`/indicator/${encodeURIComponent(indicator)}/?month=${month}`}>
                    <TermText segments={name} linked={false} />
                  </Link>{' '}
                  <span className="nowrap">{formatValue(status.value, status.indicator)}</span>{' '}
                  <RagTag rag={status.rag} label={ragLabel(status.indicator.polarity, status.rag, status.value)} />{' '}
                  <span className="exception-summary-reasons">
                    <TermText segments={why} />
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>
        <Link to={`/exceptions/?month=${month}`}>The exceptions for {formatMonth(month)} with their stories, owners and questions for scrutiny</Link>
      </p>
    </section>
  );
}
