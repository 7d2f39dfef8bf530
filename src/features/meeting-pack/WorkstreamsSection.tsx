// The improvement plan's workstreams as the senior responsible owners reported them that month.
import type { ReactNode } from 'react';
import { WorkstreamTable } from '../../components/WorkstreamTable';
import { formatMonthLong } from '../../domain/months';
import type { Snapshot, Workstream } from '../../domain/schema';
import { PackSection, type SectionPlacing } from './PackSection';
import { PackText } from './PackText';

export const WORKSTREAMS_INTRO = 'Each senior responsible owner’s (SRO’s) progress report';

export function WorkstreamsSection({ workstreams, snapshot, source, reference, placing, children }: { workstreams: readonly Workstream[]; snapshot: Snapshot; source: string; reference: string; placing: SectionPlacing; children?: ReactNode }) {
  const month = snapshot.month;
  return (
    <PackSection id="workstreams" labelledBy="pack-workstreams-heading" source={source} reference={reference} placing={placing}>
      <h2 id="pack-workstreams-heading" tabIndex={-1}>
        Improvement plan workstreams
      </h2>
      <p>
        <PackText id="workstreams-intro" text={WORKSTREAMS_INTRO} /> for {formatMonthLong(month)}.
      </p>
      {workstreams.length === 0 ? (
        <p>No workstreams are listed in the data.</p>
      ) : (
        <WorkstreamTable workstreams={workstreams} snapshot={snapshot} tableClassName="pack-table pack-workstreams-table" scrollClassName="pack-table-scroll" />
      )}
      {children}
    </PackSection>
  );
}
