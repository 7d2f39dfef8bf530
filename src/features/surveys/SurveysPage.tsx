// Staff surveys: how many staff take part in the temperature-check surveys and what they say,
// laid out from the model (present/pages/surveys.ts).
import { ChartFigure } from '../../components/ChartFigure';
import { DataTable } from '../../components/DataTable';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { useMonthModel } from '../../data/usePageModel';
import { surveysModel } from '../../domain/present/pages/surveys';
import { ResponseRateChart, StatementChart } from './SurveyCharts';

export function SurveysPage() {
  const model = useMonthModel(surveysModel, undefined);
  if (!model) return <NoData title="Surveys" />;
  const { rate, current } = model;
  return (
    <Page title="Staff surveys" month={model.month}>
      <p className="lead">{model.lead}</p>
      <MonthPicker months={model.months} month={model.month} />
      {model.none && <p>{model.none}</p>}
      {rate && (
        <section aria-labelledby="rate-heading">
          <h2 id="rate-heading">{rate.heading}</h2>
          <p className="chart-summary" id="rate-summary">
            {rate.summary}
          </p>
          <ChartFigure labelledBy="rate-heading" describedBy="rate-summary" fileName={rate.chart.fileName}>
            <ResponseRateChart rows={rate.chart.rows} />
          </ChartFigure>
          <DataTable table={rate.table} />
        </section>
      )}
      {current && (
        <section aria-labelledby="current-heading">
          <h2 id="current-heading">{current.heading}</h2>
          <p>{current.sentence}</p>
          {current.byTeam && (
            <>
              <h3>{current.byTeam.heading}</h3>
              <p>{current.byTeam.note}</p>
              <DataTable table={current.byTeam.table} className="table-narrow" />
            </>
          )}
          {current.statements && (
            <>
              <h3 id="statements-heading">{current.statements.heading}</h3>
              <p id="statements-summary">{current.statements.summary}</p>
              <ChartFigure labelledBy="statements-heading" describedBy="statements-summary" fileName={current.statements.chart.fileName}>
                <StatementChart statements={current.statements.chart.statements} answers={current.statements.chart.answers} />
              </ChartFigure>
              <DataTable table={current.statements.table} />
            </>
          )}
        </section>
      )}
    </Page>
  );
}
