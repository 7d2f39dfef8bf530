// Since the last meeting: what changed between two reporting months (by default the three months
// before the latest, and the latest, as committees meet about quarterly), laid out from its model
// (present/pages/changes.ts); the figures revised since are in Revisions.tsx.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from '../../routing/routing';
import { ActionChangeList } from '../../components/ActionChangeList';
import { DataTable } from '../../components/DataTable';
import { MonthSelect } from '../../components/MonthSelect';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { usePageModel } from '../../data/usePageModel';
import { changesModel } from '../../domain/present/pages/changes';
import { Revisions } from './Revisions';
import './changes.css';

export function ChangesPage() {
  const [params, setParams] = useSearchParams();
  const model = usePageModel(changesModel, { from: params.get('from'), to: params.get('to') });
  const [draft, setDraft] = useState<{ from?: string; to?: string }>({});
  if (!model) return <NoData title="Changes" />;
  const from = draft.from ?? model.from;
  const to = draft.to ?? model.to;
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
  return (
    <Page title="Changes since the last meeting">
      <p className="lead">{model.lead}</p>
      <form className="month-picker" onSubmit={submit} aria-label="Choose the two months">
        <span className="month-choose">
          <MonthSelect id="changes-from" label="From" months={model.months} value={from} onChange={(month) => setDraft({ ...draft, from: month })} />
        </span>
        <span className="month-choose">
          <MonthSelect id="changes-to" label="To" months={model.months} value={to} onChange={(month) => setDraft({ ...draft, to: month })} />
        </span>
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </form>
      {model.note && (
        <p className="notice" role="status">
          {model.note}
        </p>
      )}

      <h2>RAG changes</h2>
      {model.rag.empty ? (
        <p>{model.rag.empty}</p>
      ) : (
        <ul>
          {model.rag.items.map((item) => (
            <li key={item.id}>
              <Link to={item.href}>{item.name}</Link>: {item.change}
            </li>
          ))}
        </ul>
      )}

      <h2>Target changes</h2>
      {model.targets.empty ? <p>{model.targets.empty}</p> : <ul>{model.targets.items.map((sentence) => <li key={sentence}>{sentence}</li>)}</ul>}

      <h2>Actions</h2>
      {model.actions.map((list) => (
        <ActionChangeList key={list.heading} list={list} />
      ))}

      <Revisions from={model.from} />

      <h2 id="changes-grid-heading">Every indicator, month by month</h2>
      <DataTable table={model.grid} className="changes-grid" />
    </Page>
  );
}
