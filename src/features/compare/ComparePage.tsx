// Compare: where the council ranks among its statistical neighbours on each published DfE measure
// (data/comparators.json, written by npm run import-benchmarks), laid out from the model
// (present/pages/compare.ts). One section a measure: a sentence, a ranked bar chart and the same
// figures as a table. ?period=2017-18 picks a year.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from '../../routing/routing';
import { DataTable } from '../../components/DataTable';
import { MonthPicker } from '../../components/MonthPicker';
import { Page } from '../../components/Page';
import { usePageModel } from '../../data/usePageModel';
import { compareModel, type CompareModel } from '../../domain/present/pages/compare';
import { MeasureSection } from './MeasureSection';

export function ComparePage() {
  const [params] = useSearchParams();
  const model = usePageModel(compareModel, { period: params.get('period') });
  if (model.absent) return <NoComparators title={model.title} absent={model.absent} />;
  const comparisons = model.comparisons!;
  return (
    <Page title={model.title}>
      <p className="lead">{comparisons.lead}</p>
      {model.month && <MonthPicker months={model.months} month={model.month} />}
      <p data-testid="period-rule">{comparisons.periodRule}</p>
      <YearPicker key={comparisons.year ?? ''} years={comparisons.years} year={comparisons.year} />
      {comparisons.unknownYear && (
        <p className="notice notice-warning" role="status">
          {comparisons.unknownYear}
        </p>
      )}
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">At a glance</h2>
        <DataTable table={comparisons.glance} />
      </section>
      {comparisons.measures.map((measure) => (
        <MeasureSection key={measure.id} measure={measure} />
      ))}
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About these comparisons</h2>
        <ul>
          {comparisons.about.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {comparisons.source && <p>{comparisons.source}</p>}
      </section>
    </Page>
  );
}

function NoComparators({ title, absent }: { title: string; absent: NonNullable<CompareModel['absent']> }) {
  return (
    <Page title={title}>
      {absent.errors ? (
        <p>
          The file <code>comparators.json</code> has errors, so its figures are not shown. <Link to="/data-files/">See the problems with the data files</Link>.
        </p>
      ) : (
        <p>
          There are no comparisons to show yet: the data folder has no <code>comparators.json</code>.
        </p>
      )}
      <h2>How to create it</h2>
      <p>
        <code>comparators.json</code> holds each statistical neighbour’s own published figure for every measure the DfE publishes. A performance officer makes it from the
        DfE’s data files with one command, run in the dashboard’s folder:
      </p>
      <p>
        <code>npm run import-benchmarks -- --la "{absent.council}"</code>
      </p>
      <p>
        The command also updates the published comparators in <code>indicators.json</code>. Then check the data (<code>npm run check-data</code>) and publish as for a new
        month. The project’s README explains where the DfE files come from and how to refresh them each year.
      </p>
    </Page>
  );
}

/**
 * Choose a financial year, or the latest of each measure: a select with a Show button, as the
 * month picker (a select that navigated on every arrow key would move keyboard users before they
 * had chosen). Keyed by the year shown, so the back button resets it.
 */
function YearPicker({ years, year }: { years: readonly string[]; year: string | undefined }) {
  const [, setParams] = useSearchParams();
  const [chosen, setChosen] = useState(year ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams((current) => {
      const copy = new URLSearchParams(current);
      if (chosen) copy.set('period', chosen);
      else copy.delete('period');
      return copy;
    });
  };
  return (
    <form className="month-picker" onSubmit={submit} aria-label="Choose a year">
      <span className="month-choose">
        <label htmlFor="period-select">Year</label>
        <select id="period-select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">The month’s own period</option>
          {years.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </span>
      <span className="hint">Workforce figures are at 30 September in the year chosen.</span>
    </form>
  );
}
