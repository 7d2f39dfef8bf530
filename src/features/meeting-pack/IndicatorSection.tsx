// One priority indicator on its own page: the figure, RAG and direction in words, the target,
// the note, a sentence on the trend, the chart at a fixed print width and the last 12 months
// as a table.
import { DirectionText } from '../../components/DirectionText';
import { RagTag } from '../../components/RagTag';
import { TrendChart } from '../../components/TrendChart';
import { directionOfTravel } from '../../domain/board/direction';
import { decimalsFor, formatValue, unitSuffix } from '../../domain/format';
import { formatIsoDate, formatMonth } from '../../domain/months';
import type { DashboardEvent } from '../../domain/schema';
import type { IndicatorStatus } from '../../domain/board/status';
import { displayName } from '../../domain/names';
import { thresholdFor } from '../../domain/board/targets';
import { trendData } from '../../domain/present/trendData';
import { axisTitle } from '../../domain/present/chartLines';
import { smallMultiples } from '../../domain/present/smallMultiples';
import { SmallMultiples } from '../../components/SmallMultiples';
import { describeTrend } from '../../domain/present/trendSummary';
import { BreakdownTable } from '../../components/BreakdownTable';
import { PackSection, type SectionPlacing } from './PackSection';
import { TableScroll } from '../../components/TableScroll';
import { POLARITY_WORDS, ragLabel, ragWord } from '../../domain/present/words';
import { changeWord, directionWord } from '../../domain/present/changeWords';
import { reconcilingSentence } from '../../domain/present/reconcile';
import { describeTarget, describeThreshold } from '../../domain/present/targetWords';
import { ChartNameContext } from '../../components/chartName';

/** A4 portrait with 15 mm margins leaves 180 mm = 680 CSS pixels: the chart fills it exactly. */
export const PACK_CHART_WIDTH = 680;
/** Low enough that two compact indicators can share a sheet (the page plan pairs them when they fit). */
export const PACK_CHART_HEIGHT = 210;
/** Shorter beside a team breakdown, so the chart, the small multiples, the reconciling sentences and the month table still fit one A4 page. */
const PACK_CHART_HEIGHT_WITH_TEAMS = 190;
/** Up to five teams' small charts side by side across the same 680 pixels. */
const PACK_PANEL_WIDTH = 124;
const PACK_PANEL_HEIGHT = 72;
/** The chart shows up to two years to the month; the table the last year. */
const CHART_MONTHS = 24;
const TABLE_MONTHS = 12;


export const indicatorHeadingId = (id: string) => `pack-${id}-heading`;

export function IndicatorSection({ status, events, source, reference, placing }: { status: IndicatorStatus; events: readonly DashboardEvent[]; source: string; reference: string; placing: SectionPlacing }) {
  const { indicator, month, value, rag, travel, threshold, smallDenominator, point, england } = status;
  const thresholdText = describeThreshold(indicator, threshold);
  const upToMonth = status.series.filter((candidate) => candidate.month <= month);
  const chartSeries = upToMonth.slice(-CHART_MONTHS);
  const tableSeries = upToMonth.slice(-TABLE_MONTHS);
  const chartData = trendData(indicator, chartSeries, events);
  const multiples = smallMultiples(chartData);
  const name = displayName(indicator);
  const headingId = indicatorHeadingId(indicator.id);
  const summaryId = `pack-${indicator.id}-summary`;
  const decimals = decimalsFor(indicator);
  const tableCaption = `${name}: the last ${tableSeries.length === 1 ? 'month' : `${tableSeries.length} months`}`;
  const ragText = ragLabel(indicator.polarity, rag, value);
  const reconciled = reconcilingSentence(status);

  return (
    <PackSection id={`indicator-${indicator.id}`} labelledBy={headingId} source={source} reference={reference} placing={placing} pairable className="pack-indicator" dataIndicator={indicator.id}>
      <h2 id={headingId} className="pack-indicator-name" tabIndex={-1}>
        {name}
      </h2>
      {indicator.name !== name && <p className="pack-indicator-full-name">{indicator.name}</p>}
      <p className="card-figure pack-figure">
        <span className="figure">{formatValue(value, indicator)}</span>
        <RagTag rag={rag} label={ragText} />
        <DirectionText travel={travel} currentValue={value} label={changeWord(status)} />
        {travel && (
          <span className="card-previous">
            from {formatValue(travel.previousValue, indicator)} in {formatMonth(travel.previousMonth)}
          </span>
        )}
      </p>
      <dl className="pack-facts">
        <div>
          <dt>Target in {formatMonth(month)}</dt>
          <dd>
            {indicator.polarity === 'neutral' ? 'None: context only' : describeTarget(indicator, threshold)}
            {thresholdText && `. ${thresholdText}`}
          </dd>
        </div>
        <div>
          <dt>Which way is better</dt>
          <dd>{POLARITY_WORDS[indicator.polarity]}</dd>
        </div>
        {point?.numerator !== undefined && point.denominator !== undefined && (
          <div>
            <dt>Counted</dt>
            <dd>
              {point.numerator} of {point.denominator}
            </dd>
          </div>
        )}
        {england && (
          <div>
            <dt>England</dt>
            <dd>
              {formatValue(england.value, indicator)} ({england.period})
            </dd>
          </div>
        )}
      </dl>
      {smallDenominator && <p className="small-denominator">Small number: {smallDenominator}. Read the percentage with care.</p>}
      {reconciled && <p className="pack-note pack-reconcile">{reconciled}</p>}
      {point?.note && <p className="pack-note">Note: {point.note}</p>}
      {point?.noSnapshot && <p className="pack-note">There is no snapshot for {formatMonth(month)}.</p>}
      <p className="chart-summary pack-trend-summary" id={summaryId}>
        {describeTrend(indicator, chartSeries)}
      </p>
      <figure className="pack-chart" aria-labelledby={headingId} aria-describedby={summaryId}>
        <div className="pack-chart-scroll">
          <ChartNameContext.Provider value={headingId}>
            <TrendChart data={chartData} unitSuffix={unitSuffix(indicator.unit)} decimals={decimals} valueName={name} axisTitle={axisTitle(indicator)} width={PACK_CHART_WIDTH} height={multiples.panels.length > 0 ? PACK_CHART_HEIGHT_WITH_TEAMS : PACK_CHART_HEIGHT} />
          </ChartNameContext.Provider>
        </div>
        <figcaption className="chart-key">
          {name}, {chartSeries.length > 1 ? `${formatMonth(chartSeries[0]!.month)} to ${formatMonth(month)}` : formatMonth(month)}. Points: ● green, ■ amber, ▲ red, ○ no RAG.
          {chartData.hasTarget && ' The target steps where it changes.'}
          {chartData.events.length > 0 && ` Numbered lines mark: ${chartData.events.map((event) => `${event.number} ${event.label} (${formatIsoDate(event.date)})`).join('; ')}.`}
        </figcaption>
      </figure>
      {multiples.panels.length > 0 && (
        <figure className="pack-multiples" aria-label={`${name} by team`}>
          <SmallMultiples multiples={multiples} overallName="All teams" unitSuffix={unitSuffix(indicator.unit)} decimals={decimals} panelWidth={PACK_PANEL_WIDTH} panelHeight={PACK_PANEL_HEIGHT} />
          <figcaption className="chart-key">
            {name} by team, {chartSeries.length > 1 ? `${formatMonth(chartSeries[0]!.month)} to ${formatMonth(month)}` : formatMonth(month)}, all on one scale; the dashed grey line in each is all teams.
          </figcaption>
        </figure>
      )}
      <TableScroll label={tableCaption} className="pack-table-scroll">
        <table className="table table-months pack-table pack-month-table">
          <caption>{tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="numeric" data-key-column="">
                Value
              </th>
              <th scope="col" data-key-column="">
                RAG
              </th>
              <th scope="col" className="numeric">
                Target
              </th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {tableSeries.map((row) => {
              const target = indicator.polarity === 'neutral' ? undefined : thresholdFor(indicator, row.month);
              return (
                <tr key={row.month}>
                  <th scope="row">{formatMonth(row.month)}</th>
                  <td className="numeric">{typeof row.value === 'number' ? formatValue(row.value, indicator) : row.value === null ? 'Not available' : row.noSnapshot ? 'No snapshot' : '–'}</td>
                  <td>{row.rag ? ragWord(row.rag) : '–'}</td>
                  <td className="numeric">{target ? formatValue(target.target, indicator) : '–'}</td>
                  <td>{typeof row.value === 'number' ? directionWord(directionOfTravel(indicator, status.series, row.month)?.direction) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {multiples.panels.length > 0 && (
        <BreakdownTable indicator={indicator} series={tableSeries} teams={chartData.breakdownKeys} span={tableSeries.length === 1 ? 'the month' : `the last ${tableSeries.length} months`} decimals={decimals} blockClassName="pack-breakdown" tableClassName="table table-months pack-table pack-breakdown-table" scrollClassName="pack-table-scroll" />
      )}
    </PackSection>
  );
}
