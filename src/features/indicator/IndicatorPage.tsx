import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
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
import { displayName } from '../../domain/board/summary';
import { describeTrend } from '../../domain/present/trendSummary';
import { trendData } from '../../domain/present/trendData';
import { directionWord } from '../../domain/board/direction';
import { nearest } from '../../domain/contract/suggest';
import { ComparatorTable } from './ComparatorTable';
import { IndicatorTable } from './IndicatorTable';
import { SpcView } from './SpcView';


export function IndicatorPage() {
  const { id = '' } = useParams();
  const { dataset, months, month, view: monthView } = useMonthView();
  const [params] = useSearchParams();
  const view = params.get('view') === 'spc' ? 'spc' : 'trend';
  const indicator = dataset.indicators.find((candidate) => candidate.id === id);
  const series = useMemo(() => (indicator ? seriesOf(dataset).get(indicator.id) ?? [] : []), [indicator, dataset]);
  const chartData = useMemo(() => (indicator ? trendData(indicator, series, dataset.events) : undefined), [indicator, series, dataset]);

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
  const shown = month ? series.filter((point) => point.month <= month) : series;
  const summary = describeTrend(indicator, shown);
  const suffix = unitSuffix(indicator.unit);

  return (
    <Page title={displayName(indicator)} month={month}>
      <p className="lead">{indicator.name}</p>
      {month && <MonthPicker months={months} month={month} />}
      {status && (
        <section className="indicator-headline" aria-label={`${formatMonth(status.month)} at a glance`}>
          <p className="card-figure">
            <span className="figure">{formatValue(status.value, indicator)}</span>
            <RagTag rag={status.rag} label={ragLabel(indicator.polarity, status.rag, status.value)} />
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
              <dd>{status.threshold ? `${formatValue(status.threshold.target, indicator)}. ${status.thresholdText}` : noTargetWords(indicator)}</dd>
            </div>
            <div>
              <dt>Which way is better</dt>
              <dd>{POLARITY_WORDS[indicator.polarity]}</dd>
            </div>
            <div>
              <dt>Area</dt>
              <dd>{indicator.area}</dd>
            </div>
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
            <TrendChart data={{ ...chartData, rows: chartData.rows.filter((row) => !month || row.month <= month) }} unitSuffix={suffix} decimals={decimalsFor(indicator)} valueName={displayName(indicator)} />
          </ChartFigure>
          <p className="chart-key">
            Points: <span aria-hidden="true">●</span> green, <span aria-hidden="true">■</span> amber, <span aria-hidden="true">▲</span> red, <span aria-hidden="true">●</span> (black) no RAG.
            {chartData.hasTarget && ' The dashed black line is the target; it steps where the target changes.'}
            {chartData.hasAmber && ' The dotted orange line is the amber threshold.'}
            {chartData.benchmarkKeys.length > 0 && ' Thin solid lines are published comparators for their periods.'}
          </p>
          {chartData.events.length > 0 && (
            <>
              <h3>Events marked on the chart (▼)</h3>
              <ul>
                {chartData.events.map((event) => (
                  <li key={`${event.date}-${event.label}`}>
                    {formatIsoDate(event.date)}: {event.label}
                  </li>
                ))}
              </ul>
            </>
          )}
          <IndicatorTable indicator={indicator} series={shown} benchmarkLabels={chartData.benchmarkKeys} breakdownLabels={chartData.breakdownKeys} rows={chartData.rows} />
        </section>
      )}

      <section aria-labelledby="rag-history-heading">
        <h2 id="rag-history-heading">RAG history</h2>
        <RagHistory series={shown} describe={(point) => `${formatMonth(point.month)}: ${monthRagLabel(indicator.polarity, point)}${typeof point.value === 'number' ? `, ${formatValue(point.value, indicator)}` : ''}`} />
      </section>

      {(indicator.benchmarks ?? []).length > 0 && <ComparatorTable indicator={indicator} />}

      <section aria-labelledby="definition-heading">
        <h2 id="definition-heading">How it is counted</h2>
        <p>{indicator.definition ?? 'No definition has been given for this indicator.'}</p>
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
