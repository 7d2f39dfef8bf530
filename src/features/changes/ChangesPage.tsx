// Since the last meeting: what changed between two reporting months (by default the three months
// before the latest, and the latest, as committees meet about quarterly).
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MonthSelect } from '../../components/MonthSelect';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { RagTag } from '../../components/RagTag';
import { TableScroll } from '../../components/TableScroll';
import { useReadyDataset } from '../../data/datasetContext';
import { resolveChangeSpan } from '../../domain/board/changes';
import { changesBetween, seriesOf, snapshotMonths } from '../../domain/board/monthView';
import { formatMonth, formatMonthLong } from '../../domain/months';
import { changeRows, targetChangeSentences } from '../../domain/present/changeRows';
import './changes.css';

export function ChangesPage() {
  const { dataset } = useReadyDataset();
  const [params, setParams] = useSearchParams();
  const months = useMemo(() => snapshotMonths(dataset.snapshots), [dataset]);
  const span = resolveChangeSpan(months, params.get('from'), params.get('to'));
  const changes = useMemo(() => (span ? changesBetween(dataset, span.from, span.to) : undefined), [dataset, span?.from, span?.to]);
  const [draft, setDraft] = useState<{ from?: string; to?: string }>({});
  if (!span || !changes) return <NoData title="Changes" />;
  const rows = changeRows(dataset.indicators, seriesOf(dataset), changes);
  const changed = rows.filter((row) => row.change);
  const targets = targetChangeSentences(dataset.indicators, changes);
  const from = draft.from ?? span.from;
  const to = draft.to ?? span.to;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('from', from);
      copy.set('to', to);
      return copy;
    });
    setDraft({});
  };
  const title = `${formatMonth(span.from)} to ${formatMonth(span.to)}`;
  return (
    <Page title="Changes since the last meeting">
      <p className="lead">What changed from {formatMonthLong(span.from)} to {formatMonthLong(span.to)}.</p>
      <form className="month-picker" onSubmit={submit} aria-label="Choose the two months">
        <span className="month-choose">
          <MonthSelect id="changes-from" label="From" months={months} value={from} onChange={(month) => setDraft({ ...draft, from: month })} />
        </span>
        <span className="month-choose">
          <MonthSelect id="changes-to" label="To" months={months} value={to} onChange={(month) => setDraft({ ...draft, to: month })} />
        </span>
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </form>
      {span.note && (
        <p className="notice" role="status">
          {span.note}
        </p>
      )}

      <h2>RAG changes</h2>
      {changed.length === 0 ? (
        <p>No indicator’s RAG changed from {formatMonth(span.from)} to {formatMonth(span.to)}.</p>
      ) : (
        <ul>
          {changed.map((row) => (
            <li key={row.id}>
              <Link to={`/indicator/${encodeURIComponent(row.id)}/?month=${span.to}`}>{row.name}</Link>: {row.change}
            </li>
          ))}
        </ul>
      )}

      <h2>Target changes</h2>
      {targets.length === 0 ? <p>No target changed in these months.</p> : <ul>{targets.map((sentence) => <li key={sentence}>{sentence}</li>)}</ul>}

      <h2 id="changes-grid-heading">Every indicator, month by month</h2>
      <TableScroll labelledBy="changes-grid-caption">
        <table className="table changes-grid">
          <caption id="changes-grid-caption">Figures and RAG, {title}</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              {changes.months.map((month) => (
                <th scope="col" key={month} className="nowrap">
                  {formatMonth(month)}
                </th>
              ))}
              <th scope="col">RAG change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={`/indicator/${encodeURIComponent(row.id)}/?month=${span.to}`}>{row.name}</Link>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.month}>
                    <span className="nowrap">{cell.value}</span> <RagTag rag={cell.rag} label={cell.ragText} />
                  </td>
                ))}
                <td>{row.change ?? 'No change'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Page>
  );
}
