// The glossary: every term pages mark, in alphabetical order, each with an anchor that the marked
// terms link to (/help/glossary#icpc); laid out from its model (present/pages/glossary.ts).
import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { glossaryModel } from '../../domain/present/pages/glossary';

export function GlossaryPage() {
  const model = glossaryModel();
  return (
    <Page title="Glossary">
      <p className="lead">{model.lead}</p>
      <dl className="glossary">
        {model.entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="glossary-entry">
            <dt>
              {entry.expansion ? (
                <>
                  <abbr title={entry.expansion}>{entry.term}</abbr>: {entry.expansion}
                </>
              ) : (
                entry.term
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
