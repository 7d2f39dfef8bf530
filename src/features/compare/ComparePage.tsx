// Compare: where the council ranks among its statistical neighbours on each published DfE
// measure (data/comparators.json, written by npm run import-benchmarks). One section a measure:
// a sentence, a ranked bar chart and the same figures as a table. ?period=2017-18 picks a year.
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from '../../routing/routing';
import { CsvDownload } from '../../components/CsvDownload';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import { decimalsFor, formatValue, unitSuffix } from '../../domain/format';
import { councilEntry, measuresFor, measuresForMonth, isJointFigure, rankCouncils, yearOfPeriod, yearsOf, type Ranked } from '../../domain/board/ranking';
import type { ComparatorMeasure, ComparatorsFile, ComparatorValue, Indicator } from '../../domain/schema';
import { displayName } from '../../domain/names';
import { RankingChart, type RankingBar } from './RankingChart';
import { TableScroll } from '../../components/TableScroll';
import { MonthPicker } from '../../components/MonthPicker';
import { useSelectedMonth } from '../../data/useSelectedMonth';
import { formatMonth } from '../../domain/months';
import { periodRule } from '../../domain/present/comparisonWords';
import { describeRanking, figureText, neighbourMeanLabel, notPublishedText, rankingRule, rankText } from '../../domain/present/rankingWords';
import { ChartNameContext } from '../../components/chartName';

const TITLE = 'Compare with statistical neighbours';

export function ComparePage() {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => dataset.snapshots.map((snapshot) => snapshot.month).sort(), [dataset]);
  const { month } = useSelectedMonth(months);
  if (dataset.comparators) return <Comparisons comparators={dataset.comparators} indicators={dataset.indicators} months={months} month={month} />;
  const report = dataset.files.find((file) => file.file === 'comparators.json');
  const council = dataset.site?.organisation ?? 'Croydon';
  return (
    <Page title={TITLE}>
      {report ? (
        <p>
          The file <code>comparators.json</code> has errors, so its figures are not shown.{' '}
          <Link to="/data-files/">See the problems with the data files</Link>.
        </p>
      ) : (
        <p>
          There are no comparisons to show yet: the data folder has no <code>comparators.json</code>.
        </p>
      )}
      <h2>How to create it</h2>
      <p>
        <code>comparators.json</code> holds each statistical neighbour’s own published figure for every measure the DfE
        publishes. A performance officer makes it from the DfE’s data files with one command, run in the dashboard’s folder:
      </p>
      <p>
        <code>npm run import-benchmarks -- --la "{council}"</code>
      </p>
      <p>
        The command also updates the published comparators in <code>indicators.json</code>. Then check the data (
        <code>npm run check-data</code>) and publish as for a new month. The project’s README explains where the DfE files
        come from and how to refresh them each year.
      </p>
    </Page>
  );
}

interface Comparison {
  indicator: Indicator;
  measure: ComparatorMeasure;
  ranked: Ranked<ComparatorValue>[];
  own: Ranked<ComparatorValue> | undefined;
  sentence: string;
}

function Comparisons({
  comparators,
  indicators,
  months,
  month,
}: {
  comparators: ComparatorsFile;
  indicators: readonly Indicator[];
  months: readonly string[];
  month: string | undefined;
}) {
  const [params] = useSearchParams();
  const years = useMemo(() => yearsOf(comparators.measures), [comparators]);
  const requested = params.get('period');
  const requestedYear = requested ? yearOfPeriod(requested) : undefined;
  const year = requestedYear && years.includes(requestedYear) ? requestedYear : undefined;

  const comparisons = useMemo(() => {
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    // An explicit ?period picks that year; otherwise the month's own period (one rule, stated below).
    const chosen = year !== undefined || month === undefined ? measuresFor(comparators.measures, year) : measuresForMonth(comparators.measures, month);
    return chosen.map(({ indicator: id, measure }) => {
      const indicator = byId.get(id);
      if (!indicator || !measure) return { id, indicator, comparison: undefined };
      const ranked = rankCouncils(measure.values, indicator.polarity);
      const comparison: Comparison = {
        indicator,
        measure,
        ranked,
        own: councilEntry(ranked, comparators.council),
        sentence: describeRanking(indicator, measure, ranked, comparators.council),
      };
      return { id, indicator, comparison };
    });
  }, [comparators, indicators, year, month]);

  const shown = comparisons.flatMap((entry) => (entry.comparison ? [entry.comparison] : []));

  return (
    <Page title={TITLE}>
      <p className="lead">
        How {comparators.council} ranks among its {comparators.neighbours.length} statistical neighbours, the councils most like
        it, on each measure the Department for Education publishes for every council.
      </p>
      {month && <MonthPicker months={months} month={month} />}
      <p data-testid="period-rule">{year ? `Showing the published figures for ${year}, the year chosen.` : periodRule(month, month && formatMonth(month))}</p>
      <YearPicker key={year ?? ''} years={years} year={year} />
      {requested && !year && (
        <p className="notice notice-warning" role="status">
          There are no published figures for “{requested}”. Showing the figures of the month’s own period.
        </p>
      )}

      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">At a glance</h2>
        <TableScroll labelledBy="glance-caption">
          <table className="table">
            <caption id="glance-caption">
              {comparators.council}’s rank among its statistical neighbours, {year ?? (month ? `the period of ${formatMonth(month)}` : 'latest published year')} (1st is best
              {shown.some((comparison) => comparison.indicator.polarity === 'neutral') ? '; for a context-only measure, 1st is the highest' : ''})
            </caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col" data-key-column="">
                  Rank
                </th>
                <th scope="col" className="numeric" data-key-column="">
                  {comparators.council}
                </th>
                <th scope="col" className="numeric">
                  Neighbour mean
                </th>
                <th scope="col" className="numeric">
                  England
                </th>
                <th scope="col">Period</th>
              </tr>
            </thead>
            <tbody>
              {comparisons.map(({ id, indicator, comparison }) => (
                <tr key={id}>
                  <th scope="row">
                    {indicator ? <Link to={`/indicator/${encodeURIComponent(id)}/${month ? `?month=${month}` : ''}`}>{displayName(indicator)}</Link> : id}
                  </th>
                  {comparison ? (
                    <>
                      <td className="rank">{rankOf(comparison)}</td>
                      <td className="numeric">
                        {comparison.own ? figureText(comparison.own, comparison.indicator) : notPublishedText(undefined)}
                        {comparison.own && isJointFigure(comparison.own) && <span className="hint"> (joint figure)</span>}
                      </td>
                      <td className="numeric">{optional(comparison.measure.neighbourMean, comparison.indicator)}</td>
                      <td className="numeric">{optional(comparison.measure.england, comparison.indicator)}</td>
                      <td className="period">{comparison.measure.period}</td>
                    </>
                  ) : (
                    <td colSpan={5}>{indicator ? `No published figures for ${year ?? (month ? `a period that had begun by ${formatMonth(month)}` : 'any period')}` : `No indicator "${id}" in indicators.json`}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {shown.map((comparison) => (
        <MeasureSection key={comparison.indicator.id} comparison={comparison} council={comparators.council} />
      ))}

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About these comparisons</h2>
        <ul>
          <li>
            Statistical neighbours are the councils most like {comparators.council} in the DfE’s statistical neighbour model, nearest first:{' '}
            {comparators.neighbours.join(', ')}.
          </li>
          <li>Each rank is among {comparators.council} and its neighbours with a published figure; equal figures share a rank.</li>
          <li>
            Figures the DfE does not publish (for example, suppressed to protect small numbers) are shown as “Not published”
            and are not ranked. They are never counted as 0.
          </li>
          <li>
            A figure the DfE publishes as “low” is a real figure under 0.5: it is shown as “under 0.5%” and ranked as such.
            A figure marked “u” is withheld as of low reliability.
          </li>
          <li>
            Where the DfE publishes one figure for two councils together (a joint figure), it is marked. A joint figure that
            includes {comparators.council} is never counted in {comparators.council}’s neighbour mean.
          </li>
          <li>These are the DfE’s published annual figures; they can differ from our own monthly figures.</li>
        </ul>
        {comparators.source && <p>Source: {comparators.source}.</p>}
      </section>
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

function optional(value: number | undefined, indicator: Indicator): string {
  return value === undefined ? 'Not published' : formatValue(value, indicator);
}

function rankOf({ own, ranked }: Comparison): string {
  if (!own || own.rank === null) return 'Not ranked';
  return `${rankText(own)} of ${ranked.filter((entry) => entry.rank !== null).length}`;
}

function MeasureSection({ comparison, council }: { comparison: Comparison; council: string }) {
  const { indicator, measure, ranked } = comparison;
  const id = indicator.id.toLowerCase();
  const name = displayName(indicator);
  const bars: RankingBar[] = ranked.map((entry) => ({
    la: entry.la,
    label: `${entry.rank ?? '–'} ${entry.la}${entry === comparison.own ? ' (us)' : ''}`,
    value: entry.value,
    council: entry === comparison.own,
    missing: entry.value === null ? figureText(entry, indicator) : undefined,
  }));
  const csvHeader = ['Indicator id', 'Indicator', 'Period', 'Rank', 'Council', 'Our council', 'Value', 'Note'];
  const csvRows = [
    ...ranked.map((entry) => [
      indicator.id,
      indicator.name,
      measure.period,
      entry.rank ?? '',
      entry.la,
      entry === comparison.own ? 'yes' : '',
      entry.value ?? '',
      entry.note ?? '',
    ]),
    [indicator.id, indicator.name, measure.period, '', neighbourMeanLabel(measure), '', measure.neighbourMean ?? '', ''],
    [indicator.id, indicator.name, measure.period, '', 'England', '', measure.england ?? '', ''],
  ];
  return (
    <section className="chart-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {name} <span className="heading-month period">{measure.period}</span>
      </h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {comparison.sentence}
      </p>
      <p>{rankingRule(indicator.polarity)}</p>
      <figure className="chart-figure" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-summary`}>
        <ChartNameContext.Provider value={`${id}-heading`}>
          <RankingChart bars={bars} england={measure.england} unitSuffix={unitSuffix(indicator.unit)} decimals={decimalsFor(indicator)} />
        </ChartNameContext.Provider>
      </figure>
      <p className="chart-key">
        {council}’s bar is purple and its name is in bold, marked “(us)”; the neighbours’ bars are blue.
        {measure.england !== undefined && ' The dashed line is England.'}
      </p>
      <TableScroll labelledBy={`${id}-caption`}>
        <table className="table">
          <caption id={`${id}-caption`}>
            {name}, {measure.period}: {council} and its statistical neighbours, ranked
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Council</th>
              <th scope="col" className="numeric">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((entry) => {
              const ours = entry === comparison.own;
              return (
                <tr key={entry.la}>
                  <td>{rankText(entry)}</td>
                  <th scope="row">
                    {ours ? <strong>{entry.la} (us)</strong> : entry.la}
                    {(entry.value !== null || isJointFigure(entry)) && entry.note && <span className="hint"> ({entry.note})</span>}
                  </th>
                  <td className="numeric">{figureText(entry, indicator)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row">{neighbourMeanLabel(measure)}</th>
              <td className="numeric">{optional(measure.neighbourMean, indicator)}</td>
            </tr>
            <tr>
              <td />
              <th scope="row">England</th>
              <td className="numeric">{optional(measure.england, indicator)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <CsvDownload fileName={`compare-${indicator.id}-${measure.period.replace(/\s+/g, '-')}.csv`} header={csvHeader} rows={csvRows} label={`Download the ${name} ranking (CSV)`} />
      {measure.source && <p className="chart-key">Source: {measure.source}.</p>}
    </section>
  );
}
