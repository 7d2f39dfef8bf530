// The improvement plan's workstreams as the senior responsible owners reported them that month.
import type { ReactNode } from 'react';
import { WorkstreamTable } from '../../components/WorkstreamTable';
import { formatMonthLong } from '../../domain/months';
import type { Snapshot, Workstream } from '../../domain/schema';
import { packReference } from './packReference';
import { RunningHead } from './RunningHead';

export function WorkstreamsSection({ workstreams, snapshot, source, pageName, children }: { workstreams: readonly Workstream[]; snapshot: Snapshot; source: string; pageName: string; children?: ReactNode }) {
  const month = snapshot.month;
  return (
    <section style={{ page: pageName }} className="pack-section" aria-labelledby="pack-workstreams-heading">
      <RunningHead source={source} reference={packReference('Workstreams', month)} />
      <h2 id="pack-workstreams-heading">Improvement plan workstreams</h2>
      <p>Each senior responsible owner’s (SRO’s) progress report for {formatMonthLong(month)}.</p>
      {workstreams.length === 0 ? (
        <p>No workstreams are listed in the data.</p>
      ) : (
        <WorkstreamTable workstreams={workstreams} snapshot={snapshot} tableClassName="pack-table pack-workstreams-table" scrollClassName="pack-table-scroll" />
      )}
      {children}
    </section>
  );
}
