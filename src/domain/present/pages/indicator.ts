// The Indicator page's model: one indicator in a month. The headline (figure, RAG, quality, change,
// counts, note and key facts), the month's story, the trend or SPC view (as the address asks) with
// its tables, the team breakdown, the RAG history, the target changes, the published comparators,
// where the council stands nationally (the line in the headline, with the sentence reconciling the
// month's figure with the DfE's, and the band over the published periods) and how it is counted.
// An unknown id gives the words for "not found" instead.
import { directionWord } from '../changeWords';
import { monthView, seriesOf } from '../../board/monthView';
import type { SeriesPoint } from '../../board/series';
import type { IndicatorStatus } from '../../board/status';
import { displayName } from '../../names';
import { decimalsFor, formatValue, unitSuffix } from '../../format';
import { formatMonth } from '../../months';
import type { Indicator } from '../../schema';
import { axisTitle, OMITTED_IN_TABLE } from '../chartLines';
import type { KeyPart } from '../chartKey';
import { firstUses, type TermSegment } from '../glossary';
import { eventList, type EventList } from '../chartEvents';
import { narrativeParts, qualityTag, trajectoryWords, yearToDateWords } from '../planWords';
import { processSentence } from '../processWords';
import { smallMultiples, type SmallMultiples } from '../smallMultiples';
import { changeWords, englandWords, statusTag, type ChangeWords, type Tag } from '../statusWords';
import { targetSentence, targetWords } from '../targetWords';
import type { TableModel } from '../table';
import { trendData, type TrendData } from '../trendData';
import { describeTrend } from '../trendSummary';
import { monthRagLabel, POLARITY_WORDS } from '../words';
import { breakdownTable, comparatorSection, monthTable, targetChangesTable } from './indicatorTables';
import { spcViewModel, type SpcViewModel } from './indicatorSpc';
import { bandStripModel, indicatorNational, ownFigure, type BandStripModel } from './nationalParts';
import { ragHistory, type RagHistoryCell } from './ragHistory';
import type { PageData } from './pageData';

export interface IndicatorParams {
  id: string;
  /** `spc` for the SPC view; anything else is the trend. */
  view?: string | null;
  /** The SPC view's limits recalculated from this month, when it is the month a changed process began. */
  recalculate?: string | null;
  /** The nearest known id, for an id that is not in the catalogue (contract/suggest.ts). */
  suggestion?: string;
}

/** A key fact: its term and its words, some in bold. */
export interface Fact {
  term: string;
  parts: { text: string; strong?: boolean }[];
}

export interface IndicatorNotFound {
  kind: 'not-found';
  title: string;
  message: string;
  suggestion?: { text: string; href: string };
  back: { text: string; href: string };
}

/** What a trend chart draws: plot-ready rows (trendData.ts), the unit, the line's name and the axis title. */
export interface TrendChartModel {
  data: TrendData;
  unitSuffix: string;
  decimals: number;
  valueName: string;
  /** The y-axis title with its unit: "ICPC timeliness (%)". */
  axisTitle: string;
  /** Where a line left off the chart can be read (chartLines.ts' OMITTED_IN_TABLE, or the pack's OMITTED_ON_DASHBOARD). */
  omittedWhere: string;
}

export interface TrendView {
  heading: string;
  summary: string;
  chart: TrendChartModel & { fileName: string };
  chartKey: KeyPart[];
  events?: EventList;
  table: TableModel;
}

export interface IndicatorModel {
  kind: 'indicator';
  id: string;
  title: string;
  months: string[];
  month?: string;
  lead: TermSegment[];
  headline?: {
    label: string;
    figure: string;
    /** The one status against the target, as the Overview's card says it; none when the figure is "Not available". */
    status?: Tag;
    quality?: { level: string; text: string };
    /** The one direction, as the card says it (its `full` words). */
    change: ChangeWords;
    /** What a changed process means for the target, as the card says it. */
    process?: string;
    smallNumber?: string;
    counted?: string;
    note?: string;
    facts: Fact[];
    /** Where the month's own figure meets the DfE's published one: which is which, and why they differ. */
    twoFigures?: string;
  };
  narrative?: { heading: string; parts: { key: string; heading: string; text: string }[]; owner?: string };
  views: { label: string; value: '' | 'spc'; current: boolean }[];
  /** The SPC view, when asked for: undefined inside when there is no figure to chart. */
  /** The SPC view, when asked for; `none` when there is no figure to chart. */
  spc?: { view?: SpcViewModel; none?: string };
  trend?: TrendView;
  breakdown?: { heading: string; summary: string; multiples: SmallMultiples; overallName: string; unitSuffix: string; decimals: number; table: TableModel };
  ragHistory: { heading: string; cells: RagHistoryCell[] };
  targetChanges?: TableModel;
  comparators?: { heading: string; table: TableModel; source?: string; notes: string[] };
  /** The national band over the published periods; with the line itself when there is no headline to hold it. */
  national?: BandStripModel & { line?: string };
  /** The definition with its terms marked, or `none` when there is none. */
  definition: { heading: string; terms?: TermSegment[]; none?: string; id: string; after: string };
}

const spcOrNone = (view: SpcViewModel | undefined) => (view ? { view } : { none: 'There are no figures to chart.' });

function notFound(params: IndicatorParams): IndicatorNotFound {
  return {
    kind: 'not-found',
    title: 'Indicator not found',
    message: `There is no indicator with the id “${params.id}”.`,
    ...(params.suggestion ? { suggestion: { text: params.suggestion, href: `/indicator/${encodeURIComponent(params.suggestion)}/` } } : {}),
    back: { text: 'See every indicator', href: '/targets/' },
  };
}

function facts(status: IndicatorStatus, planInUse: boolean, national: string | undefined): Fact[] {
  const { indicator, plan } = status;
  const fact = (term: string, ...parts: Fact['parts']): Fact => ({ term, parts });
  const ytd = plan.yearToDate && yearToDateWords(plan.yearToDate, indicator);
  const england = englandWords(status);
  return [
    fact(`Target in ${formatMonth(status.month)}`, { text: targetSentence(targetWords(indicator, status.threshold)) }),
    fact('Which way is better', { text: POLARITY_WORDS[indicator.polarity] }),
    fact('Area', { text: indicator.area }),
    ...(plan.owner ? [fact('Owner', { text: plan.owner })] : []),
    ...(plan.trajectory
      ? [fact(`Trajectory in ${formatMonth(status.month)}`, { text: `Planned ${formatValue(plan.trajectory.planned, indicator)}: ` }, { text: trajectoryWords(plan.trajectory), strong: true })]
      : []),
    ...(ytd && planInUse ? [fact('Year to date', { text: ytd.value, strong: true }, { text: `. ${ytd.period}: ${ytd.span}. ${ytd.how}` })] : []),
    ...(england ? [fact('England', { text: `${england.value} (${england.period})` })] : []),
    ...(national ? [fact('Nationally', { text: national })] : []),
  ];
}

type National = ReturnType<typeof indicatorNational>;

function headlineOf(status: IndicatorStatus, planInUse: boolean, national: National): IndicatorModel['headline'] {
  const { indicator, point, plan } = status;
  return {
    label: `${formatMonth(status.month)} at a glance`,
    figure: formatValue(status.value, indicator),
    ...(statusTag(status) ? { status: statusTag(status) } : {}),
    ...(plan.quality ? { quality: { level: plan.quality, text: qualityTag(plan.quality) } } : {}),
    change: changeWords(status),
    ...(processSentence(status) ? { process: processSentence(status) } : {}),
    ...(status.smallDenominator ? { smallNumber: `Small number: ${status.smallDenominator}` } : {}),
    ...(point?.numerator !== undefined && point.denominator !== undefined ? { counted: `${point.numerator} of ${point.denominator}` } : {}),
    ...(point?.note ? { note: `Note: ${point.note}` } : {}),
    facts: facts(status, planInUse, national?.line),
    ...(national?.twoFigures ? { twoFigures: national.twoFigures } : {}),
  };
}

function trendView(indicator: Indicator, shown: readonly SeriesPoint[], data: TrendData): TrendView {
  return {
    heading: 'Trend, every month',
    summary: describeTrend(indicator, shown),
    chart: { data, unitSuffix: unitSuffix(indicator.unit), decimals: decimalsFor(indicator), valueName: displayName(indicator), axisTitle: axisTitle(indicator), omittedWhere: OMITTED_IN_TABLE, fileName: `${indicator.id}-trend` },
    chartKey: [
      'Points: ',
      { symbol: '●' },
      ' green, ',
      { symbol: '■' },
      ' amber, ',
      { symbol: '▲' },
      ' red, ',
      { symbol: '○' },
      ' (a ring) no RAG.',
      data.hasTarget ? ' The target steps where it changes.' : '',
      data.hasTrajectory ? ' The trajectory is the plan’s line to the target.' : '',
      data.benchmarkKeys.length > 0 ? ' Published comparators hold for their periods; each line is named at its end.' : '',
      data.eventMarkers.length > 0 ? ' Numbered dotted lines mark the events listed below.' : '',
    ],
    ...(eventList(data.events) ? { events: eventList(data.events) } : {}),
    table: monthTable(indicator, shown, data),
  };
}

export function indicatorModel(data: PageData, month: string | undefined, params: IndicatorParams): IndicatorModel | IndicatorNotFound {
  const indicator = data.indicators.find((candidate) => candidate.id === params.id);
  if (!indicator) return notFound(params);
  const view = params.view === 'spc' ? 'spc' : 'trend';
  const series = seriesOf(data).get(indicator.id) ?? [];
  const shown = month ? series.filter((point) => point.month <= month) : series;
  const monthly = month ? monthView(data, month) : undefined;
  const status = monthly?.indicators.find((candidate) => candidate.indicator.id === indicator.id);
  const name = displayName(indicator);
  // The first use on the page of each glossary term (ICPC, CIN, RAG…) is marked and linked.
  const [nameTerms, definitionTerms] = firstUses(indicator.definition ? [indicator.name, indicator.definition] : [indicator.name]);
  const chart = view === 'trend' ? trendData(indicator, shown, data.events) : undefined;
  const multiples = chart ? smallMultiples(chart) : undefined;
  const comparators = comparatorSection(indicator);
  const targetChanges = targetChangesTable(indicator);
  const narrative = status ? narrativeParts(status.plan.narrative) : [];
  const narrativeOwner = status?.plan.narrative?.owner;
  const national = indicatorNational(data.comparators, indicator, month, ownFigure(series, month));
  const strip = bandStripModel(data.comparators, indicator, month);
  return {
    kind: 'indicator',
    id: indicator.id,
    title: name,
    months: monthly?.months ?? [],
    ...(month ? { month } : {}),
    lead: nameTerms!,
    ...(status ? { headline: headlineOf(status, monthly?.planInUse ?? false, national) } : {}),
    ...(status && (narrative.length > 0 || narrativeOwner)
      ? { narrative: { heading: `The story behind the figure, ${formatMonth(status.month)}`, parts: narrative, ...(narrativeOwner ? { owner: `Owner: ${narrativeOwner}` } : {}) } }
      : {}),
    views: [
      { label: 'Trend and targets', value: '', current: view === 'trend' },
      { label: 'Statistical process control', value: 'spc', current: view === 'spc' },
    ],
    ...(view === 'spc' ? { spc: spcOrNone(spcViewModel(indicator, series, month, data.events, params.recalculate)) } : {}),
    ...(chart ? { trend: trendView(indicator, shown, chart) } : {}),
    ...(chart && multiples && multiples.panels.length > 0
      ? {
          breakdown: {
            heading: 'By team',
            summary: `One small chart per team, all on the same scale. The dashed grey line in each is ${name.toLowerCase()} for all teams, for reference${multiples.hasTarget ? '; the dashed black line is the target' : ''}.`,
            multiples,
            overallName: 'All teams',
            unitSuffix: unitSuffix(indicator.unit),
            decimals: decimalsFor(indicator),
            table: breakdownTable(indicator, shown, chart.breakdownKeys, 'every month'),
          },
        }
      : {}),
    ragHistory: { heading: 'RAG history', cells: ragHistory(shown, (point) => `${formatMonth(point.month)}: ${monthRagLabel(indicator.polarity, point)}${typeof point.value === 'number' ? `, ${formatValue(point.value, indicator)}` : ''}`) },
    ...(targetChanges ? { targetChanges } : {}),
    ...(comparators ? { comparators: { heading: 'Published comparators', ...comparators } } : {}),
    ...(strip ? { national: { ...strip, ...(!status && national ? { line: national.line } : {}) } } : {}),
    definition: {
      heading: 'How it is counted',
      ...(definitionTerms ? { terms: definitionTerms } : { none: 'No definition has been given for this indicator.' }),
      id: indicator.id,
      after: `. Unit: ${indicator.unit}.${month && status?.travel ? ` Change in ${formatMonth(month)}: ${directionWord(status.travel.direction)}.` : ''}`,
    },
  };
}
