// The improvement plan's workstreams as the senior responsible owners reported them that month.
import { DataTable } from '../../components/DataTable';
import type { MeetingPackModel } from '../../domain/present/pages/meetingPack';
import { PackSection, type PartProps } from './PackSection';
import { PackTerms } from './PackText';

export function WorkstreamsSection({ workstreams, ...part }: PartProps & { workstreams: MeetingPackModel['workstreams'] }) {
  return (
    <PackSection id="workstreams" labelledBy="pack-workstreams-heading" {...part}>
      <h2 id="pack-workstreams-heading" tabIndex={-1}>
        Improvement plan workstreams
      </h2>
      <p>
        <PackTerms segments={workstreams.intro.terms} />
        {workstreams.after}
      </p>
      {workstreams.none && <p>{workstreams.none}</p>}
      {workstreams.table && <DataTable table={workstreams.table} className="pack-table pack-workstreams-table" scrollClassName="pack-table-scroll" />}
    </PackSection>
  );
}
