// The figures published at the last meeting and revised since, from the publication log, laid
// out from their model (present/pages/revisions.ts) as the log and the earlier publication load.
import { Link, useSearchParams } from '../../routing/routing';
import { DataTable } from '../../components/DataTable';
import { useReadyDataset } from '../../data/datasetContext';
import { useRevisions } from '../../data/useRevisions';
import { revisionsModel } from '../../domain/present/pages/revisions';

export function Revisions({ from }: { from: string }) {
  const { dataset } = useReadyDataset();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('since');
  const model = revisionsModel(dataset.indicators, from, useRevisions(from, chosen));
  const choose = (id: string) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      if (id) copy.set('since', id);
      else copy.delete('since');
      return copy;
    });
  const chooser = model.chooser && (
    <p>
      <label htmlFor="revisions-since">{model.chooser.label}</label>
      <select id="revisions-since" value={chosen ?? ''} onChange={(event) => choose(event.target.value)}>
        {model.chooser.options.map((option, index) => (
          <option key={`${option.value}-${index}`} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
  const { compared } = model;
  return (
    <section aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{model.heading}</h2>
      {model.message && <p>{model.message}</p>}
      {compared && (
        <p>
          {compared.before}
          <code>{compared.id}</code>
          {compared.after}
          <Link to={{ pathname: '/meeting-pack/', search: `?month=${compared.pack.month}&publication=${compared.pack.publication}` }}>{compared.pack.text}</Link>.
        </p>
      )}
      {chooser}
      {compared?.table && <DataTable table={compared.table} />}
    </section>
  );
}
