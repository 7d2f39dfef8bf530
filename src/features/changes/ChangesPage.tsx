// Since the last meeting: what changed between two reporting months (by default the three months
// before the latest, and the latest, as committees meet about quarterly).
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from '../../routing/routing';
import { MonthSelect } from '../../components/MonthSelect';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { RagTag } from '../../components/RagTag';
import { TableScroll } from '../../components/TableScroll';
import { ActionChangeList } from '../../components/ActionChangeList';
import { useReadyDataset } from '../../data/datasetContext';
import { resolveChangeSpan } from '../../domain/board/changes';
import { seriesOf, snapshotMonths } from '../../domain/board/monthView';
import { changesBetween } from '../../domain/board/changes';
import { formatIsoTime, formatMonth, formatMonthLong } from '../../domain/months';
import { changeRows, revisionRows, targetChangeSentences } from '../../domain/present/changeRows';
import { useRevisions, type RevisionsState } from '../../data/useRevisions';
import './changes.css';

export function ChangesPage() {
  const { dataset } = useReadyDataset();
  const [params, setParams] = useSearchParams();
  const months = useMemo(() => snapshotMonths(dataset.snapshots), [dataset]);
  const span = resolveChangeSpan(months, params.get('from'), params.get('to'));
  // Worked out again only when the span's months change: the span itself is a new object each render.
  const spanFrom = span?.from;
  const spanTo = span?.to;
  const changes = useMemo(() => (spanFrom && spanTo ? changesBetween(dataset, spanFrom, spanTo) : undefined), [dataset, spanFrom, spanTo]);
  const [draft, setDraft] = useState<{ from?: string; to?: string }>({});
  if (!span || !changes) return <NoData title="Changes" />;
  const rows = changeRows(dataset.indicators, seriesOf(dataset), changes);
  const changed = rows.filter((row) => row.change);
  const targets = targetChangeSentences(dataset.indicators, changes);
  const workstreamNames = new Map(dataset.workstreams.map((workstream) => [workstream.id, workstream.name]));
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

      <h2>Actions</h2>
      <ActionChangeList
        heading={`Newly overdue since ${formatMonth(span.from)}`}
        empty={`No action of the plan became overdue between ${formatMonth(span.from)} and ${formatMonth(span.to)}.`}
        actions={changes.actions.newlyOverdue}
        workstreams={workstreamNames}
        dateWords="due"
      />
      <ActionChangeList
        heading={`Completed since ${formatMonth(span.from)}`}
        empty={`No action of the plan was completed between ${formatMonth(span.from)} and ${formatMonth(span.to)}.`}
        actions={changes.actions.completed}
        workstreams={workstreamNames}
        dateWords="done"
      />

      <Revisions from={span.from} />

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

/** The figures published at the last meeting and revised since, from the publication log. */
function Revisions({ from }: { from: string }) {
  const { dataset } = useReadyDataset();
  const [params, setParams] = useSearchParams();
  const state = useRevisions(from, params.get('since'));
  return (
    <section aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Figures revised since the last meeting</h2>
      <RevisionsBody state={state} from={from} indicators={dataset.indicators} onChoose={(id) => setParams((current) => {
        const copy = new URLSearchParams(current);
        if (id) copy.set('since', id);
        else copy.delete('since');
        return copy;
      })} chosen={params.get('since')} />
    </section>
  );
}

function RevisionsBody({ state, from, indicators, onChoose, chosen }: { state: RevisionsState; from: string; indicators: Parameters<typeof revisionRows>[0]; onChoose: (id: string | undefined) => void; chosen: string | null }) {
  if (state.status === 'loading') return <p>Loading the publication log…</p>;
  if (state.status === 'failed') return <p>The revised figures cannot be shown: {state.reason}.</p>;
  const chooser = state.logged.length > 1 && (
    <p>
      <label htmlFor="revisions-since">Compare with another publication </label>
      <select id="revisions-since" value={chosen ?? ''} onChange={(event) => onChoose(event.target.value || undefined)}>
        <option value="">The one a meeting on {formatMonth(from)} saw last</option>
        {state.logged.map((item, index) => (
          <option key={`${item.id}-${index}`} value={item.id}>
            {formatIsoTime(item.published)}
            {item.months.length > 0 ? `, to ${formatMonth(item.months[item.months.length - 1]!)}` : ''}
          </option>
        ))}
      </select>
    </p>
  );
  if (state.status === 'none') {
    return (
      <>
        <p>
          {state.same
            ? 'The publication a meeting on this month saw last is the one shown now, so no published figure has been revised since.'
            : `This site keeps no publication from when ${formatMonth(from)} was the latest month (its publication log starts later), so revisions since then cannot be listed.`}
        </p>
        {chooser}
      </>
    );
  }
  const rows = revisionRows(indicators, state.revised);
  const { earlier } = state;
  return (
    <>
      <p>
        Compared with the figures published on {formatIsoTime(earlier.published)} (publication <code>{earlier.id}</code>
        {earlier.months.length > 0 ? `, months to ${formatMonth(earlier.months[earlier.months.length - 1]!)}` : ''}):{' '}
        {rows.length === 0 ? 'no figure has been revised since.' : `${rows.length} figure${rows.length === 1 ? ' was' : 's were'} revised since.`}{' '}
        <Link to={{ pathname: '/meeting-pack/', search: `?month=${earlier.months[earlier.months.length - 1] ?? from}&publication=${earlier.id}` }}>Open the meeting pack as published then</Link>.
      </p>
      {chooser}
      {rows.length > 0 && (
        <TableScroll labelledBy="revisions-caption">
          <table className="table">
            <caption id="revisions-caption">Figures revised since {formatIsoTime(earlier.published)}</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Month</th>
                <th scope="col">As published then</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}</th>
                  <td className="nowrap">{formatMonth(row.month)}</td>
                  <td>{row.before}</td>
                  <td>{row.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
