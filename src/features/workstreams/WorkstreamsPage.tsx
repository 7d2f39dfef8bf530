import { useMemo } from 'react';
import { CsvDownload } from '../../components/CsvDownload';
import { MonthPicker, useSelectedMonth } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { RagTag } from '../../components/RagTag';
import { useReadyDataset } from '../../data/datasetContext';
import { formatMonth } from '../../domain/months';
import { ragWord } from '../../domain/rag';

const LETTER = { red: 'R', amber: 'A', green: 'G', blue: 'B' } as const;

export function WorkstreamsPage() {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => dataset.snapshots.map((snapshot) => snapshot.month), [dataset]);
  const { month } = useSelectedMonth(months);
  if (!month) return <NoData title="Workstreams" />;
  const snapshot = dataset.snapshots.find((candidate) => candidate.month === month)!;
  const history = dataset.snapshots.filter((candidate) => candidate.month <= month).slice(-12);

  const csvHeader = ['Month', 'Workstream', 'Senior responsible owner', 'RAG', 'Status', 'Highlights', 'Risks', 'Actions due', 'Actions completed', 'Actions overdue'];
  const csvRows = dataset.workstreams.map((workstream) => {
    const report = snapshot.workstreams?.[workstream.id];
    return [
      month,
      workstream.name,
      workstream.sro,
      report ? ragWord(report.rag) : 'Not reported',
      report?.status ?? '',
      (report?.highlights ?? []).join('; '),
      (report?.risks ?? []).join('; '),
      report?.actions?.due ?? '',
      report?.actions?.completed ?? '',
      report?.actions?.overdue ?? '',
    ];
  });

  return (
    <Page title="Workstreams" month={month}>
      <p className="lead">The improvement plan’s workstreams: each senior responsible owner’s progress report for {formatMonth(month)}.</p>
      <MonthPicker months={months} month={month} />
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="workstreams-caption">
        <table className="table workstreams-table">
          <caption id="workstreams-caption">Workstream progress, {formatMonth(month)}</caption>
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
            {dataset.workstreams.map((workstream) => {
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
                  <td>{report?.status ?? ''}</td>
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
      </div>
      <CsvDownload fileName={`workstreams-${month}.csv`} header={csvHeader} rows={csvRows} label="Download this table (CSV)" />

      <h2>RAG history</h2>
      <p>The last {history.length} months to {formatMonth(month)}. R red, A amber, G green, B blue (complete).</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className="table rag-matrix">
          <caption id="matrix-caption">Workstream RAG by month</caption>
          <thead>
            <tr>
              <th scope="col">Workstream</th>
              {history.map((candidate) => (
                <th scope="col" key={candidate.month}>
                  {formatMonth(candidate.month)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dataset.workstreams.map((workstream) => (
              <tr key={workstream.id}>
                <th scope="row">{workstream.name}</th>
                {history.map((candidate) => {
                  const rag = candidate.workstreams?.[workstream.id]?.rag;
                  return (
                    <td key={candidate.month} className={`matrix-cell rag-cell-${rag ?? 'none'}`}>
                      <span aria-hidden="true">{rag ? LETTER[rag] : '–'}</span>
                      <span className="visually-hidden">{rag ? ragWord(rag) : 'Not reported'}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
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
