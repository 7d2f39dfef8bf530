// The plan's actions overdue at the end of the month (month view's actions.overdue), with owners,
// as the Overview lists them. Only when the folder uses the plan's fields. The list is its own
// region, named by its heading, so the section around it has no name of its own.
import { OverdueActionsList } from '../../components/PlanSummary';
import type { OverdueAction } from '../../domain/board/actions';
import type { Workstream } from '../../domain/schema';
import { PackSection, type SectionPlacing } from './PackSection';

export const OVERDUE_HEADING = 'pack-overdue-heading';

export function OverdueSection({ month, overdue, workstreams, source, reference, placing }: { month: string; overdue: readonly OverdueAction[]; workstreams: readonly Workstream[]; source: string; reference: string; placing: SectionPlacing }) {
  return (
    <PackSection id="overdue" source={source} reference={reference} placing={placing} flows className="pack-overdue">
      <OverdueActionsList overdue={overdue} workstreams={workstreams} month={month} idPrefix="pack" level={2} />
    </PackSection>
  );
}
