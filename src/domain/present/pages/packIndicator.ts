// One priority indicator on its own page of the meeting pack: the figure, its status against the
// target, its direction and what a changed process means (as the Overview's card says them),
// the key facts, the notes, a sentence on the trend, the chart of the last two years (and the teams'
// small multiples), and the last twelve months as a table.
import { directionOfTravel } from '../../board/direction';
import { directionWord } from '../changeWords';
import { ragWord } from '../words';
import type { IndicatorStatus } from '../../board/status';
import { displayName } from '../../names';
import { decimalsFor, formatValue, unitSuffix } from '../../format';
import { formatIsoDate, formatMonth } from '../../months';
import type { DashboardEvent } from '../../schema';
import { axisTitle, OMITTED_ON_DASHBOARD } from '../chartLines';
import { smallMultiples, type SmallMultiples } from '../smallMultiples';
import { changeWords, englandWords, statusTag, type ChangeWords, type Tag } from '../statusWords';
import { processSentence } from '../processWords';
import { targetSentence, targetWords } from '../targetWords';
import { figureCell, tableOf, textCell, type TableModel } from '../table';
import { trendData, type TrendRow } from '../trendData';
import { describeTrend } from '../trendSummary';
import { POLARITY_WORDS } from '../words';
import type { Fact, TrendChartModel } from './indicator';
import { breakdownTable, monthColumn } from './indicatorTables';

/** The chart shows up to two years to the month; the table the last year. */
const CHART_MONTHS = 24;
const TABLE_MONTHS = 12;

export interface PackIndicatorModel {
  id: string;
  headingId: string;
  summaryId: string;
  name: string;
  /** The full name, when the short name is shown. */
  fullName?: string;
  figure: string;
  /** The one status against the target, as the Overview's card says it; none when the figure is "Not available". */
  status?: Tag;
  /** The one direction, as the card says it (its `full` words). */
  change: ChangeWords;
  /** What a changed process means for the target, as the card says it. */
  process?: string;
  facts: Fact[];
  smallNumber?: string;
  reconcile?: string;
  note?: string;
  noSnapshot?: string;
  trendSummary: string;
  chart: TrendChartModel;
  chartCaption: string;
  multiples?: { multiples: SmallMultiples; caption: string; label: string };
  table: TableModel;
  breakdown?: TableModel;
}

export const packIndicatorHeadingId = (id: string) => `pack-${id}-heading`;

function monthsTable(status: IndicatorStatus, months: readonly (IndicatorStatus['series'][number] & { trend: TrendRow | undefined })[]): TableModel {
  const { indicator } = status;
  return tableOf(
    {
      caption: `${displayName(indicator)}: the last ${months.length === 1 ? 'month' : `${months.length} months`}`,
      columns: [
        monthColumn(),
        {
          key: 'value',
          label: 'Value',
          numeric: true,
          keyColumn: true,
          cell: (row) => figureCell(typeof row.value === 'number' ? formatValue(row.value, indicator) : row.value === null ? 'Not available' : row.noSnapshot ? 'No snapshot' : '–', row.value),
        },
        { key: 'rag', label: 'RAG', keyColumn: true, cell: (row) => textCell(row.rag ? ragWord(row.rag) : '–') },
        { key: 'target', label: 'Target', numeric: true, cell: (row) => textCell(typeof row.trend?.target === 'number' ? formatValue(row.trend.target, indicator) : '–') },
        { key: 'change', label: 'Change', cell: (row) => textCell(typeof row.value === 'number' ? directionWord(directionOfTravel(indicator, status.series, row.month)?.direction) : '–') },
      ],
      key: (row) => row.month,
    },
    months,
  );
}

export function packIndicator(status: IndicatorStatus, events: readonly DashboardEvent[], reconcile: string | undefined): PackIndicatorModel {
  const { indicator, month, point } = status;
  const upToMonth = status.series.filter((candidate) => candidate.month <= month);
  const chartSeries = upToMonth.slice(-CHART_MONTHS);
  const tableSeries = upToMonth.slice(-TABLE_MONTHS);
  const chart = trendData(indicator, chartSeries, events);
  const multiples = smallMultiples(chart);
  const trends = new Map(chart.rows.map((row) => [row.month, row]));
  const name = displayName(indicator);
  const span = chartSeries.length > 1 ? `${formatMonth(chartSeries[0]!.month)} to ${formatMonth(month)}` : formatMonth(month);
  const england = englandWords(status);
  const facts: Fact[] = [
    { term: `Target in ${formatMonth(month)}`, parts: [{ text: targetSentence(targetWords(indicator, status.threshold)) }] },
    { term: 'Which way is better', parts: [{ text: POLARITY_WORDS[indicator.polarity] }] },
    ...(point?.numerator !== undefined && point.denominator !== undefined ? [{ term: 'Counted', parts: [{ text: `${point.numerator} of ${point.denominator}` }] }] : []),
    ...(england ? [{ term: 'England', parts: [{ text: `${england.value} (${england.period})` }] }] : []),
  ];
  return {
    id: indicator.id,
    headingId: packIndicatorHeadingId(indicator.id),
    summaryId: `pack-${indicator.id}-summary`,
    name,
    ...(indicator.name !== name ? { fullName: indicator.name } : {}),
    figure: formatValue(status.value, indicator),
    ...(statusTag(status) ? { status: statusTag(status) } : {}),
    change: changeWords(status),
    ...(processSentence(status) ? { process: processSentence(status) } : {}),
    facts,
    ...(status.smallDenominator ? { smallNumber: `Small number: ${status.smallDenominator}. Read the percentage with care.` } : {}),
    ...(reconcile ? { reconcile } : {}),
    ...(point?.note ? { note: `Note: ${point.note}` } : {}),
    ...(point?.noSnapshot ? { noSnapshot: `There is no snapshot for ${formatMonth(month)}.` } : {}),
    trendSummary: describeTrend(indicator, chartSeries),
    chart: { data: chart, unitSuffix: unitSuffix(indicator.unit), decimals: decimalsFor(indicator), valueName: name, axisTitle: axisTitle(indicator), omittedWhere: OMITTED_ON_DASHBOARD },
    chartCaption:
      `${name}, ${span}. Points: ● green, ■ amber, ▲ red, ○ no RAG.` +
      `${chart.hasTarget ? ' The target steps where it changes.' : ''}` +
      `${chart.events.length > 0 ? ` Numbered lines mark: ${chart.events.map((event) => `${event.number} ${event.label} (${formatIsoDate(event.date)})`).join('; ')}.` : ''}`,
    ...(multiples.panels.length > 0
      ? { multiples: { multiples, caption: `${name} by team, ${span}, all on one scale; the dashed grey line in each is all teams${multiples.hasTarget ? ', the dashed black line the target' : ''}.`, label: `${name} by team` } }
      : {}),
    table: monthsTable(status, tableSeries.map((row) => ({ ...row, trend: trends.get(row.month) }))),
    ...(multiples.panels.length > 0
      ? { breakdown: breakdownTable(indicator, tableSeries, chart.breakdownKeys, tableSeries.length === 1 ? 'the month' : `the last ${tableSeries.length} months`, decimalsFor(indicator)) }
      : {}),
  };
}
