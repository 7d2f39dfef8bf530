// Every indicator on one page: the figure, target, RAG and change in words, England, and (when the
// folder uses the plan's fields) the trajectory and the year to date, as the Targets page has them.
import { DataTable } from '../../components/DataTable';
import { RagCounts } from '../../components/RagCounts';
import type { MeetingPackModel } from '../../domain/present/pages/meetingPack';
import { PackSection, type PartProps } from './PackSection';
import { PackTerms } from './PackText';

export function AtAGlanceSection({ glance, ...part }: PartProps & { glance: MeetingPackModel['glance'] }) {
  return (
    <PackSection id="glance" labelledBy="pack-glance-heading" {...part}>
      <h2 id="pack-glance-heading" tabIndex={-1}>
        At a glance: every indicator
      </h2>
      <p className="at-a-glance">
        <RagCounts words={glance.counts} />
        {glance.after}
      </p>
      <DataTable table={glance.table} className="pack-table pack-glance-table" scrollClassName="pack-table-scroll pack-glance-scroll" renderTerms={(segments) => <PackTerms segments={segments} />} />
    </PackSection>
  );
}
