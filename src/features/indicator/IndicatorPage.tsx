import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from '../../routing/routing';
import { ChartFigure } from '../../components/ChartFigure';
import { DirectionText } from '../../components/DirectionText';
import { MonthPicker } from '../../components/MonthPicker';
import { useMonthView } from '../../data/useMonthStatuses';
import { Page } from '../../components/Page';
import { RagHistory } from '../../components/RagHistory';
import { RagTag } from '../../components/RagTag';
import { TrendChart } from '../../components/TrendChart';
import { decimalsFor, formatValue, unitSuffix } from '../../domain/format';
import { formatIsoDate, formatMonth } from '../../domain/months';
import { smallDenominatorNote } from '../../domain/board/series';
import { seriesOf } from '../../domain/board/monthView';
import { monthRagLabel, noTargetWords, POLARITY_WORDS, ragLabel } from '../../domain/present/words';
import { displayName } from '../../domain/names';
import { describeTrend } from '../../domain/present/trendSummary';
import { trendData } from '../../domain/present/trendData';
import { axisTitle } from '../../domain/present/chartLines';
import { smallMultiples } from '../../domain/present/smallMultiples';
import { SmallMultiples } from '../../components/SmallMultiples';
import { BreakdownTable } from '../../components/BreakdownTable';
import { nearest } from '../../domain/contract/suggest';
import { ComparatorTable } from './ComparatorTable';
import { TermText } from '../../components/TermText';
import { firstUses } from '../../domain/present/glossary';
import { IndicatorTable } from './IndicatorTable';
import { SpcView } from './SpcView';
import { NarrativeSection, PlanFacts, QualityNote, TargetChangesSection } from './PlanSections';
import { directionWord } from '../../domain/present/changeWords';
import { describeThreshold } from '../../domain/present/targetWords';


export function IndicatorPage() {
  const { id = '' } = useParams();
  const { dataset, months, month, view: monthView } = useMonthView();
  const [params] = useSearchParams();
  const view = params.get('view') === 'spc' ? 'spc' : 'trend';
  const indicator = dataset.indicators.find((candidate) => candidate.id === id);
  const series = useMemo(() => (indicator ? seriesOf(dataset).get(indicator.id) ?? [] : []), [indicator, dataset]);
  const shown = useMemo(() => (month ? series.filter((point) => point.month <= month) : series), [series, month]);
  const chartData = useMemo(() => (indicator ? trendData(indicator, shown, dataset.events) : undefined), [indicator, shown, dataset]);
  const multiples = useMemo(() => (chartData ? smallMultiples(chartData) : undefined), [chartData]);

  if (!indicator) {
    const suggestion = nearest(id, dataset.indicators.map((candidate) => candidate.id));
    return (
      <Page title="Indicator not found">
        <p>There is no indicator with the id “{id}”.</p>
        {suggestion && (
          <p>
            Did you mean <Link to={`/indicator/${encodeURIComponent(suggestion)}/`}>{suggestion}</Link>?
          </p>
        )}
        <p>
          <Link to="/targets/">See every indicator</Link>
        </p>
      </Page>
    );
  }
  const status = monthView?.indicators.find((candidate) => candidate.indicator.id === indicator.id);
  const summary = describeTrend(indicator, shown);
  const suffix = unitSuffix(indicator.unit);

  // The first use on the page of each glossary term (ICPC, CIN, RAG…) is marked and linked.
  const [nameTerms, definitionTerms] = firstUses(indicator.definition ? [indicator.name, indicator.definition] : [indicator.name]);
  return (
    <Page title={displayName(indicator)} month={month}>
      <p className="lead">
        <TermText segments={nameTerms!} />
      </p>
      {month && <MonthPicker months={months} month={month} />}
      {status && (
        <section className="indicator-headline" aria-label={`${formatMonth(status.month)} at a glance`}>
          <p className="card-figure">
            <span className="figure">{formatValue(status.value, indicator)}</span>
            <RagTag rag={status.rag} label={ragLabel(indicator.polarity, status.rag, status.value)} />
            <QualityNote plan={status.plan} />
            <DirectionText travel={status.travel} currentValue={status.value} />
          </p>
          {status.point && smallDenominatorNote(status.point) && indicator.unit === 'percent' && <p className="small-denominator">Small number: {smallDenominatorNote(status.point)}</p>}
          {status.point?.numerator !== undefined && status.point.denominator !== undefined && (
            <p>
              {status.point.numerator} of {status.point.denominator}
            </p>
          )}
          {status.point?.note && <p>Note: {status.point.note}</p>}
          <dl className="facts">
            <div>
              <dt>Target in {formatMonth(status.month)}</dt>
              <dd>{status.threshold ? `${formatValue(status.threshold.target, indicator)}. ${describeThreshold(indicator, status.threshold)}` : noTargetWords(indicator)}</dd>
            </div>
            <div>
              <dt>Which way is better</dt>
              <dd>{POLARITY_WORDS[indicator.polarity]}</dd>
            </div>
            <div>
              <dt>Area</dt>
              <dd>{indicator.area}</dd>
            </div>
            <PlanFacts indicator={indicator} plan={status.plan} month={status.month} planInUse={monthView?.planInUse ?? false} />
            {status.england && (
              <div>
                <dt>England</dt>
                <dd>
                  {formatValue(status.england.value, indicator)} ({status.england.period})
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}
      {status && <NarrativeSection plan={status.plan} month={status.month} />}

      <nav className="view-switch" aria-label="Chart type">
        <Link to={`?${withParam(params, 'view', '')}`} aria-current={view === 'trend' ? 'page' : undefined}>
          Trend and targets
        </Link>
        <Link to={`?${withParam(params, 'view', 'spc')}`} aria-current={view === 'spc' ? 'page' : undefined}>
          Statistical process control
        </Link>
      </nav>

      {view === 'spc' && <SpcView indicator={indicator} series={series} month={month} />}

      {view === 'trend' && chartData && (
        <section className="chart-section" aria-labelledby="trend-heading">
          <h2 id="trend-heading">Trend, every month</h2>
          <p className="chart-summary" id="trend-summary">
            {summary}
          </p>
          <ChartFigure labelledBy="trend-heading" describedBy="trend-summary" fileName={`${indicator.id}-trend`}>
            <TrendChart data={chartData} unitSuffix={suffix} decimals={decimalsFor(indicator)} valueName={displayName(indicator)} axisTitle={axisTitle(indicator)} />
          </ChartFigure>
          <p className="chart-key">
            Points: <span aria-hidden="true">●</span> green, <span aria-hidden="true">■</span> amber, <span aria-hidden="true">▲</span> red, <span aria-hidden="true">○</span> (a ring) no RAG.
            {chartData.hasTarget && ' The target steps where it changes.'}
            {chartData.hasTrajectory && ' The trajectory is the plan’s line to the target.'}
            {chartData.benchmarkKeys.length > 0 && ' Published comparators hold for their periods; each line is named at its end.'}
            {chartData.eventMarkers.length > 0 && ' Numbered dotted lines mark the events listed below.'}
          </p>
          {chartData.events.length > 0 && (
            <>
              <h3>Events marked on the chart</h3>
              <ol className="event-list">
                {chartData.events.map((event) => (
                  <li key={`${event.date}-${event.label}`} value={event.number}>
                    {formatIsoDate(event.date)}: {event.label}
                  </li>
                ))}
              </ol>
            </>
          )}
          <IndicatorTable indicator={indicator} series={shown} benchmarkLabels={chartData.benchmarkKeys} breakdownLabels={chartData.breakdownKeys} rows={chartData.rows} />
        </section>
      )}

      {view === 'trend' && chartData && multiples && multiples.panels.length > 0 && (
        <section className="chart-section" aria-labelledby="breakdown-heading">
          <h2 id="breakdown-heading">By team</h2>
          <p className="chart-summary" id="breakdown-summary">
            One small chart per team, all on the same scale. The dashed grey line in each is {displayName(indicator).toLowerCase()} for all teams, for reference.
          </p>
          <figure className="chart-figure" aria-labelledby="breakdown-heading" aria-describedby="breakdown-summary">
            <SmallMultiples multiples={multiples} overallName="All teams" unitSuffix={suffix} decimals={decimalsFor(indicator)} />
          </figure>
          <BreakdownTable indicator={indicator} series={shown} teams={chartData.breakdownKeys} />
        </section>
      )}

      <section aria-labelledby="rag-history-heading">
        <h2 id="rag-history-heading">RAG history</h2>
        <RagHistory series={shown} describe={(point) => `${formatMonth(point.month)}: ${monthRagLabel(indicator.polarity, point)}${typeof point.value === 'number' ? `, ${formatValue(point.value, indicator)}` : ''}`} />
      </section>

      <TargetChangesSection indicator={indicator} />

      {(indicator.benchmarks ?? []).length > 0 && <ComparatorTable indicator={indicator} />}

      <section aria-labelledby="definition-heading">
        <h2 id="definition-heading">How it is counted</h2>
        <p>{definitionTerms ? <TermText segments={definitionTerms} /> : 'No definition has been given for this indicator.'}</p>
        <p>
          Indicator id <code>{indicator.id}</code>. Unit: {indicator.unit}.
          {month && status?.travel && ` Change in ${formatMonth(month)}: ${directionWord(status.travel.direction)}.`}
        </p>
      </section>
    </Page>
  );
}

function withParam(params: URLSearchParams, key: string, value: string): string {
  const copy = new URLSearchParams(params);
  if (value) copy.set(key, value);
  else copy.delete(key);
  return copy.toString();
}
