// The glossary: every term pages mark, from present/glossary.ts, in alphabetical order, each with
// an anchor that the marked terms link to (/help/glossary#icpc).
import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { GLOSSARY } from '../../domain/present/glossary';

export function GlossaryPage() {
  const entries = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  return (
    <Page title="Glossary">
      <p className="lead">The abbreviations and terms used on this dashboard, in plain English.</p>
      <dl className="glossary">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="glossary-entry">
            <dt>
              {entry.expansion ? (
                <>
                  <abbr title={entry.expansion}>{entry.term}</abbr>: {entry.expansion}
                </>
              ) : (
                entry.term.charAt(0).toUpperCase() + entry.term.slice(1)
              )}
            </dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to="/help/spc/">How to read the SPC charts and icons</Link>
      </p>
    </Page>
  );
}
