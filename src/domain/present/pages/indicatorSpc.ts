// The Indicator page's SPC view: the icons as every other page shows them (none from fewer than 12
// points; "recalculate" after a shift or trend), a sentence saying what the chart shows, the notes
// on its baseline, the chart's rows with the events marked, its key, and the table of values, mean
// and limits with its CSV. After a shift or trend it offers the limits recalculated from the month
// the change began, and says how the board makes them its own (indicators.json).
import { FEW_POINTS_THRESHOLD, type SpcPointType, type VariationIcon } from '../../board/spc/spcTypes';
import { indicatorSpc } from '../../board/spc/spcIndicator';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../spcWords';
import { spcVerdict, type Assurance } from '../../board/spc/spcVerdict';
import type { SeriesPoint } from '../../board/series';
import { recalculationPoints } from '../../board/spc/spcRecalculation';
import { displayName } from '../../names';
import { targetInForce } from '../../board/targets';
import { decimalsFor, formatNumber, unitLabel, unitSuffix } from '../../format';
import { formatMonth } from '../../months';
import type { DashboardEvent, Indicator } from '../../schema';
import { axisTitle } from '../chartLines';
import { recalculationWords } from '../planWords';
import type { KeyPart } from '../chartKey';
import { figureCell, tableOf, textCell, type TableModel } from '../table';
import { monthColumn } from './indicatorTables';
import { chartEvents, eventList, type EventList, type EventMarker } from '../chartEvents';
import { processRun } from '../../board/spc/processRun';

export interface SpcChartRow {
  label: string;
  value: number;
  mean: number;
  lowerLimit: number | null;
  upperLimit: number | null;
  target: number | null;
  pointType: SpcPointType;
}

/** The limits recalculated from the month a changed process began, offered before the board accepts them. */
export interface SpcRecalculation {
  /** The suggested month, YYYY-MM. */
  month: string;
  /** True when the chart shows the recalculated limits. */
  showing: boolean;
  /** The control's words: "Show limits recalculated from Aug 2018", or back to the limits as set. */
  label: string;
  /** The address's `recalculate` value the control sets: the month, or empty to go back. */
  value: string;
  /** How officers make them the board's limits (indicators.json's spc.recalculateFrom). */
  how: string;
}

export interface SpcViewModel {
  variation?: VariationIcon;
  assurance: Assurance;
  summary: string;
  /** Sentences about the baseline: trial limits, a fixed baseline, recalculations. */
  notes: { text: string; warning?: boolean }[];
  recalculation?: SpcRecalculation;
  chart: { rows: SpcChartRow[]; unitSuffix: string; decimals: number; axisTitle: string; fileName: string; eventMarkers: EventMarker[] };
  chartKey: KeyPart[];
  events?: EventList;
  table: TableModel;
}

/** The suggested recalculation, shown or not: only for the month the changed process began (processRun.ts). */
function recalculationOf(indicator: Indicator, suggested: string | undefined, asked: string | null | undefined): SpcRecalculation | undefined {
  if (!suggested) return undefined;
  const showing = asked === suggested;
  const month = formatMonth(suggested);
  return {
    month: suggested,
    showing,
    label: showing ? 'Show the limits as the board set them' : `Show limits recalculated from ${month}`,
    value: showing ? '' : suggested,
    how:
      `The process changed in ${month}. To make these the board’s limits, once the board accepts them, officers add ` +
      `{ "month": "${suggested}", "reason": "…" } to "spc": { "recalculateFrom": [ … ] } for ${indicator.id} in indicators.json; every page then reads the SPC from them.`,
  };
}

/**
 * The SPC view of an indicator's months up to `month`; undefined when it has no figure to chart.
 * `recalculate` (the address's) shows the limits recalculated from the month a changed process
 * began, when it is that month; `events` are marked on the chart as on the trend.
 */
export function spcViewModel(indicator: Indicator, series: readonly SeriesPoint[], month: string | undefined, events: readonly DashboardEvent[] = [], recalculate?: string | null): SpcViewModel | undefined {
  const asSet = indicatorSpc(indicator, series, month);
  const last = asSet.points.at(-1);
  if (!last) return undefined;
  const recalculation = recalculationOf(indicator, processRun(indicator, series, last.month, undefined, asSet)?.from, recalculate);
  const analysis = recalculation?.showing ? indicatorSpc(indicator, series, month, recalculation.month) : asSet;
  const verdict = spcVerdict(analysis, indicator.polarity);
  const latest = analysis.points[analysis.points.length - 1]!;
  const marked = chartEvents(new Set(analysis.points.map((point) => point.month)), events);
  const decimals = decimalsFor(indicator);
  const suffix = unitSuffix(indicator.unit);
  const unit = unitLabel(indicator.unit);
  const show = (value: number | null) => (value === null ? '–' : formatNumber(value, Math.max(decimals, 1)));
  const reading = verdict.variation ? VARIATION_WORDS[verdict.variation].long.toLowerCase() : verdict.tooFewPoints ? 'too few months to read the variation' : 'no figures';
  const summary =
    `${displayName(indicator)}: ${reading} in ${formatMonth(latest.month)}. Mean ${show(latest.mean)}${suffix}, process limits ${show(latest.lowerLimit)}${suffix} to ${show(latest.upperLimit)}${suffix}.` +
    `${verdict.assurance !== 'none' ? ` ${ASSURANCE_WORDS[verdict.assurance].long}.` : ''}` +
    `${verdict.recalculateFrom ? ` Suggested: recalculate from ${formatMonth(verdict.recalculateFrom)}, where the ${verdict.changedBy} began.` : ''}` +
    `${recalculation?.showing ? ` Shown with the limits recalculated from ${formatMonth(recalculation.month)}.` : ''}`;
  const recalculations = recalculationPoints(indicator);
  const notes = [
    ...(analysis.fewPoints
      ? [{ text: `The limits rest on ${analysis.pointsInBaseline} points: fewer than ${FEW_POINTS_THRESHOLD}, so they are trial limits and no icon is shown. 15 or more are advised.`, warning: true }]
      : []),
    ...(indicator.spc?.fixFirst ? [{ text: `The mean and limits are fixed on the first ${indicator.spc.fixFirst} points (the baseline).` }] : []),
    ...(recalculations.length > 0 ? [{ text: `The mean and limits are recalculated from ${recalculations.map(recalculationWords).join(', ')}, where the process changed.` }] : []),
    ...(recalculation?.showing
      ? [{ text: `Shown here with the limits recalculated from ${formatMonth(recalculation.month)}, where the process changed: not yet the board’s, so the cards and the other pages still read the limits as set.`, warning: true }]
      : []),
  ];
  const table = tableOf(
    {
      caption: `${displayName(indicator)}: values, mean and process limits by month`,
      columns: [
        monthColumn(),
        { key: 'value', label: 'Value', numeric: true, keyColumn: true, csv: `Value (${unit})`, cell: (point) => figureCell(formatNumber(point.value, Math.max(decimals, 3)), point.value) },
        { key: 'signal', label: 'Signal', keyColumn: true, csv: 'Signal', cell: (point) => textCell(point.signalText) },
        { key: 'mean', label: 'Mean', numeric: true, csv: `Mean (${unit})`, cell: (point) => figureCell(show(point.mean), point.mean) },
        { key: 'lower', label: 'Lower limit', numeric: true, csv: `Lower process limit (${unit})`, cell: (point) => figureCell(show(point.lowerLimit), point.lowerLimit) },
        { key: 'upper', label: 'Upper limit', numeric: true, csv: `Upper process limit (${unit})`, cell: (point) => figureCell(show(point.upperLimit), point.upperLimit) },
      ],
      key: (point) => point.month,
      csv: { fileName: `${indicator.id}-spc.csv`, label: 'Download the SPC table (CSV)', order: ['month', 'value', 'mean', 'lower', 'upper', 'signal'] },
    },
    analysis.points,
  );
  return {
    ...(verdict.variation ? { variation: verdict.variation } : {}),
    assurance: verdict.assurance,
    summary,
    notes,
    chart: {
      rows: analysis.points.map((point) => ({
        label: formatMonth(point.month),
        value: point.value,
        mean: point.mean,
        lowerLimit: point.lowerLimit,
        upperLimit: point.upperLimit,
        target: targetInForce(indicator, point.month)?.target ?? null,
        pointType: point.pointType,
      })),
      unitSuffix: suffix,
      decimals,
      axisTitle: axisTitle(indicator),
      fileName: `${indicator.id}-spc`,
      eventMarkers: marked.eventMarkers,
    },
    chartKey: [
      'Points: ',
      { symbol: '●' },
      ' grey common cause, ',
      { symbol: '◆' },
      ' blue special cause improving, ',
      { symbol: '▲' },
      ' orange special cause concerning',
      indicator.polarity === 'neutral' ? ', ■ purple special cause (neither good nor bad)' : '',
      '. Dashed lines are the process limits (mean ± 2.66 × the mean moving range).',
      marked.eventMarkers.length > 0 ? ' Numbered dotted lines mark the events listed below.' : '',
    ],
    ...(eventList(marked.events) ? { events: eventList(marked.events) } : {}),
    ...(recalculation ? { recalculation } : {}),
    table,
  };
}
