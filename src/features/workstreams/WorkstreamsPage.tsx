// Workstreams: each senior responsible owner's report for the month, each workstream's action plan
// and the last year's RAGs, laid out from the model (present/pages/workstreams.ts).
import { DataTable } from '../../components/DataTable';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { useMonthModel } from '../../data/usePageModel';
import { workstreamsModel } from '../../domain/present/pages/workstreams';

export function WorkstreamsPage() {
  const model = useMonthModel(workstreamsModel, undefined);
  if (!model) return <NoData title="Workstreams" />;
  return (
    <Page title="Workstreams" month={model.month}>
      <p className="lead">{model.lead}</p>
      <MonthPicker months={model.months} month={model.month} />
      <DataTable table={model.progress} className="workstreams-table" />
      {model.plans && (
        <section aria-labelledby="action-plans-heading">
          <h2 id="action-plans-heading">{model.plans.heading}</h2>
          <p>{model.plans.intro}</p>
          {model.plans.items.map((plan) => (
            <div key={plan.id} className="table-block">
              <h3>{plan.heading}</h3>
              <p>
                {plan.sentence}
                <strong>{plan.overdue}</strong>.
              </p>
              <DataTable table={plan.table} className="action-plan" />
            </div>
          ))}
        </section>
      )}
      <h2>{model.history.heading}</h2>
      <p>{model.history.intro}</p>
      <DataTable table={model.history.table} className="rag-matrix" />
    </Page>
  );
}
