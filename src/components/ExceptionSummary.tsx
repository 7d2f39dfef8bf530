// The month's exceptions in brief, first on the Overview: each indicator with its figure, its RAG
// in words and the reasons it is an exception, linked to the Exceptions page for the story.
import { Link } from '../routing/routing';
import type { OverviewModel } from '../domain/present/pages/overview';
import { RagTag } from './RagTag';
import { TermText } from './TermText';

export function ExceptionSummary({ exceptions }: { exceptions: OverviewModel['exceptions'] }) {
  return (
    <section className="exception-summary" aria-labelledby="exception-summary-heading">
      <h2 id="exception-summary-heading">{exceptions.heading}</h2>
      <p>{exceptions.sentence}</p>
      {exceptions.items.length > 0 && (
        <ul className="exception-summary-list">
          {exceptions.items.map((item) => (
            <li key={item.id}>
              <Link to={item.href}>
                <TermText segments={item.name} linked={false} />
              </Link>{' '}
              <span className="nowrap">{item.figure}</span> <RagTag tag={item.tag} />{' '}
              <span className="exception-summary-reasons">
                <TermText segments={item.reasons} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={exceptions.link.href}>{exceptions.link.text}</Link>
      </p>
    </section>
  );
}
