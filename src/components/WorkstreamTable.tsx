import { reportActionCounts } from '../domain/board/actions';
import { formatMonth } from '../domain/months';
import type { Snapshot, Workstream } from '../domain/schema';
import { RagTag } from './RagTag';
import { TableScroll } from './TableScroll';

/** Each workstream's report for the snapshot's month: RAG in words, status, highlights, risks, actions. */
export function WorkstreamTable({ workstreams, snapshot, tableClassName = '', scrollClassName }: { workstreams: readonly Workstream[]; snapshot: Snapshot; tableClassName?: string; scrollClassName?: string }) {
  const caption = `Workstream progress, ${formatMonth(snapshot.month)}`;
  return (
    <TableScroll label={caption} className={scrollClassName}>
      <table className={`table workstreams-table ${tableClassName}`.trim()}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Workstream</th>
            <th scope="col">RAG</th>
            <th scope="col">Status</th>
            <th scope="col">Highlights</th>
            <th scope="col">Risks</th>
            <th scope="col" className="numeric">
              Actions due
            </th>
            <th scope="col" className="numeric">
              Completed
            </th>
            <th scope="col" className="numeric">
              Overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {workstreams.map((workstream) => {
            const report = snapshot.workstreams?.[workstream.id];
            const actions = reportActionCounts(report, snapshot.month);
            return (
              <tr key={workstream.id}>
                <th scope="row">
                  <strong>{workstream.name}</strong>
                  <span className="sro">SRO: {workstream.sro}</span>
                </th>
                <td>
                  <RagTag rag={report?.rag} label={report ? undefined : 'Not reported'} />
                </td>
                <td>{report?.status ?? '–'}</td>
                <td>
                  <TextList items={report?.highlights} />
                </td>
                <td>
                  <TextList items={report?.risks} />
                </td>
                <td className="numeric">{actions?.due ?? '–'}</td>
                <td className="numeric">{actions?.completed ?? '–'}</td>
                <td className="numeric">{actions?.overdue ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function TextList({ items }: { items: string[] | undefined }) {
  if (!items || items.length === 0) return <>–</>;
  return (
    <ul className="cell-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
