import { useMemo } from 'react';
import { CsvDownload } from '../../components/CsvDownload';
import { MonthPicker } from '../../components/MonthPicker';
import { useSelectedMonth } from '../../data/useSelectedMonth';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { WorkstreamTable } from '../../components/WorkstreamTable';
import { useReadyDataset } from '../../data/datasetContext';
import { formatMonth, lastMonthsUpTo } from '../../domain/months';
import { snapshotMonths } from '../../domain/board/monthView';
import { TableScroll } from '../../components/TableScroll';
import { reportActionCounts } from '../../domain/board/actions';
import { ActionPlans } from './ActionPlans';
import { ragWord } from '../../domain/present/words';

const LETTER = { red: 'R', amber: 'A', green: 'G', blue: 'B' } as const;

export function WorkstreamsPage() {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => snapshotMonths(dataset.snapshots), [dataset]);
  const { month } = useSelectedMonth(months);
  if (!month) return <NoData title="Workstreams" />;
  const snapshot = dataset.snapshots.find((candidate) => candidate.month === month)!;
  const history = lastMonthsUpTo(dataset.snapshots, month, 12);

  const csvHeader = ['Month', 'Workstream', 'Senior responsible owner', 'RAG', 'Status', 'Highlights', 'Risks', 'Actions due', 'Actions completed', 'Actions overdue'];
  const csvRows = dataset.workstreams.map((workstream) => {
    const report = snapshot.workstreams?.[workstream.id];
    const actions = reportActionCounts(report, month);
    return [
      month,
      workstream.name,
      workstream.sro,
      report ? ragWord(report.rag) : 'Not reported',
      report?.status ?? '',
      (report?.highlights ?? []).join('; '),
      (report?.risks ?? []).join('; '),
      actions?.due ?? '',
      actions?.completed ?? '',
      actions?.overdue ?? '',
    ];
  });

  return (
    <Page title="Workstreams" month={month}>
      <p className="lead">The improvement plan’s workstreams: each senior responsible owner’s progress report for {formatMonth(month)}.</p>
      <MonthPicker months={months} month={month} />
      <WorkstreamTable workstreams={dataset.workstreams} snapshot={snapshot} />
      <CsvDownload fileName={`workstreams-${month}.csv`} header={csvHeader} rows={csvRows} label="Download this table (CSV)" />
      <ActionPlans workstreams={dataset.workstreams} snapshot={snapshot} indicators={dataset.indicators} />

      <h2>RAG history</h2>
      <p>The last {history.length} months to {formatMonth(month)}. R red, A amber, G green, B blue (complete).</p>
      <TableScroll labelledBy="matrix-caption">
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
      </TableScroll>
    </Page>
  );
}
