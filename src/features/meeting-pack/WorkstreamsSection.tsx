// The improvement plan's workstreams as the senior responsible owners reported them that month.
import { RagTag } from '../../components/RagTag';
import { formatMonth, formatMonthLong } from '../../domain/months';
import type { Snapshot, Workstream } from '../../domain/schema';
import { packReference } from './packReference';
import { RunningHead } from './RunningHead';
import { TableScroll } from './TableScroll';

export function WorkstreamsSection({ workstreams, snapshot, source, pageName }: { workstreams: readonly Workstream[]; snapshot: Snapshot; source: string; pageName: string }) {
  const month = snapshot.month;
  return (
    <section style={{ page: pageName }} className="pack-section" aria-labelledby="pack-workstreams-heading">
      <RunningHead source={source} reference={packReference('Workstreams', month)} />
      <h2 id="pack-workstreams-heading">Improvement plan workstreams</h2>
      <p>Each senior responsible owner’s (SRO’s) progress report for {formatMonthLong(month)}.</p>
      {workstreams.length === 0 ? (
        <p>No workstreams are listed in the data.</p>
      ) : (
        <TableScroll label={`Workstream progress, ${formatMonth(month)}`}>
          <table className="table pack-table pack-workstreams-table">
            <caption>Workstream progress, {formatMonth(month)}</caption>
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
                    <td className="numeric">{report?.actions?.due ?? '–'}</td>
                    <td className="numeric">{report?.actions?.completed ?? '–'}</td>
                    <td className="numeric">{report?.actions?.overdue ?? '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
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
