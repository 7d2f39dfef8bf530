// The plan's actions overdue at the end of the month, with owners, as the Overview lists them.
// Only when the folder uses the plan's fields. The list is its own region, named by its heading,
// so the section around it has no name of its own.
import { OverdueActionsList } from '../../components/PlanSummary';
import type { ActionList } from '../../domain/present/actionWords';
import { PackSection, type PartProps } from './PackSection';

export function OverdueSection({ overdue, ...part }: PartProps & { overdue: ActionList }) {
  return (
    <PackSection id="overdue" {...part} className="pack-overdue">
      <OverdueActionsList list={overdue} idPrefix="pack" level={2} />
    </PackSection>
  );
}
