// The Indicator page's tables (and the pack's, which shows the same months): every month's figure,
// the figures by team, the published comparators and the log of target changes. Each month table
// starts with the same Month column; figures are shown as officers wrote them, at least three
// decimal places, and written to the CSV as in the file.
import { directionOfTravel } from '../../board/direction';
import { directionWord } from '../changeWords';
import { ragWord } from '../words';
import { smallDenominatorNote, type SeriesPoint } from '../../board/series';
import { displayName } from '../../names';
import { hasTargetRecord, targetChanges } from '../../board/targetChanges';
import { decimalsFor, formatNumber, formatValue, unitLabel } from '../../format';
import { formatIsoDate, formatMonth } from '../../months';
import type { Indicator } from '../../schema';
import { comparatorFlag, comparatorNotes } from '../comparatorNotes';
import { approvalWords, qualityWords } from '../planWords';
import { figureCell, tableOf, textCell, type ColumnSpec, type TableModel } from '../table';
import type { TrendData, TrendRow } from '../trendData';

/** The first column of every table by month: the month in words, YYYY-MM in the CSV. */
export function monthColumn<T extends { month: string }>(): ColumnSpec<T> {
  return { key: 'month', label: 'Month', rowHeader: true, csv: 'Month', cell: (row) => textCell(formatMonth(row.month), { csv: row.month }) };
}

/** A unit for a caption: "percent", "number", "days". */
const unitWords = (indicator: Indicator) => (unitLabel(indicator.unit) === '%' ? 'percent' : unitLabel(indicator.unit));

/** A figure as officers wrote it: at least `decimals` places, without the unit. */
const exact = (value: number | null | undefined, decimals: number) => (typeof value === 'number' ? formatNumber(value, decimals) : '');

type MonthRow = SeriesPoint & { trend: TrendRow | undefined };

/**
 * Every month's figure: the value, its RAG, the target (and trajectory) in force, the counts, the
 * change, the quality and the published comparators; a month's note on a line of its own under it.
 */
export function monthTable(indicator: Indicator, series: readonly SeriesPoint[], chart: TrendData): TableModel {
  const name = displayName(indicator);
  const unit = unitLabel(indicator.unit);
  const decimals = decimalsFor(indicator);
  const precise = Math.max(decimals, 3);
  const trends = new Map(chart.rows.map((row) => [row.month, row]));
  const hasTrajectory = chart.rows.some((row) => typeof row.trajectory === 'number');
  const hasQuality = series.some((point) => point.quality !== undefined);
  const change = (point: SeriesPoint) => directionWord(directionOfTravel(indicator, series, point.month)?.direction);
  const columns: ColumnSpec<MonthRow>[] = [
    monthColumn(),
    {
      key: 'value',
      label: 'Value',
      numeric: true,
      keyColumn: true,
      csv: `Value (${unit})`,
      cell: (point) => figureCell(typeof point.value === 'number' ? exact(point.value, precise) : point.value === null ? 'Not available' : '–', point.value),
    },
    { key: 'numerator', label: 'Numerator', hidden: true, csv: 'Numerator', cell: (point) => figureCell('', point.numerator) },
    { key: 'denominator', label: 'Denominator', hidden: true, csv: 'Denominator', cell: (point) => figureCell('', point.denominator) },
    { key: 'status', label: 'Status', keyColumn: true, csv: 'RAG', cell: (point) => textCell(point.rag ? ragWord(point.rag) : '') },
    { key: 'target', label: 'Target', numeric: true, csv: `Target (${unit})`, cell: (point) => figureCell(exact(point.trend?.target, precise), point.trend?.target) },
    ...(hasTrajectory
      ? [{ key: 'trajectory', label: 'Trajectory', numeric: true, csv: `Trajectory (${unit})`, cell: (point: MonthRow) => figureCell(exact(point.trend?.trajectory as number | null, decimals), point.trend?.trajectory as number | null) }]
      : []),
    ...(indicator.unit === 'percent'
      ? [{ key: 'of', label: 'Of', numeric: true, cell: (point: MonthRow) => textCell(point.numerator !== undefined && point.denominator !== undefined ? `${point.numerator} of ${point.denominator}` : '') }]
      : []),
    // The CSV gives the direction even for a month with no figure, as it always has.
    { key: 'change', label: 'Change', csv: 'Change', cell: (point) => textCell(typeof point.value === 'number' ? change(point) : '', { csv: change(point) }) },
    ...(hasQuality ? [{ key: 'quality', label: 'Quality', csv: 'Quality', cell: (point: MonthRow) => textCell(point.quality ? qualityWords(point.quality) : '') }] : []),
    ...chart.benchmarkKeys.map((benchmark): ColumnSpec<MonthRow> => ({
      key: benchmark.key,
      label: benchmark.label,
      numeric: true,
      cell: (point) => textCell(exact(point.trend?.[benchmark.key] as number | null, precise)),
    })),
    ...chart.breakdownKeys.map((team): ColumnSpec<MonthRow> => ({
      key: team.key,
      label: team.label,
      hidden: true,
      csv: `${team.label} (${unit})`,
      cell: (point) => figureCell('', point.breakdown?.[team.label]),
    })),
    { key: 'note', label: 'Note', hidden: true, csv: 'Note', cell: (point) => textCell('', { csv: point.noSnapshot ? 'No snapshot for this month' : (point.note ?? '') }) },
  ];
  const csvOrder = ['month', 'value', 'numerator', 'denominator', 'target', ...(hasTrajectory ? ['trajectory'] : []), 'status', 'change', ...(hasQuality ? ['quality'] : []), ...chart.breakdownKeys.map((team) => team.key), 'note'];
  return tableOf(
    {
      caption: `${name}: every month’s figure (${unitWords(indicator)})`,
      columns,
      key: (point) => point.month,
      note: (point) => {
        const small = indicator.unit === 'percent' ? smallDenominatorNote(point) : undefined;
        const text = [point.noSnapshot ? 'No snapshot for this month' : point.note, small ? `Small number: ${small}` : undefined].filter(Boolean).join(point.note && !/[.!?]$/.test(point.note) ? '. ' : ' ');
        return text ? { kind: 'note', text, label: 'Note:', spoken: `Note for ${formatMonth(point.month)}:` } : undefined;
      },
      csv: { fileName: `${indicator.id}-by-month.csv`, label: `Download ${name} by month (CSV)`, order: csvOrder },
    },
    series.map((point) => ({ ...point, trend: trends.get(point.month) })),
  );
}

/**
 * The breakdown's figures: one column a team, all teams first. `span` says which months ("every
 * month", "the last 12 months"); `decimals` at least three on the Indicator page, as officers wrote them.
 */
export function breakdownTable(indicator: Indicator, series: readonly SeriesPoint[], teams: readonly { key: string; label: string }[], span: string, decimals = Math.max(decimalsFor(indicator), 3)): TableModel {
  const show = (value: number | null | undefined) => (typeof value === 'number' ? formatNumber(value, decimals) : '–');
  return tableOf(
    {
      caption: `${displayName(indicator)} by team, ${span} (${unitWords(indicator)})`,
      columns: [
        monthColumn(),
        { key: 'all', label: 'All teams', numeric: true, keyColumn: true, cell: (point) => textCell(typeof point.value === 'number' ? show(point.value) : 'Not available') },
        ...teams.map((team): ColumnSpec<SeriesPoint> => ({ key: team.key, label: team.label, numeric: true, cell: (point) => textCell(show(point.breakdown?.[team.label])) })),
      ],
      key: (point) => point.month,
    },
    series,
  );
}

/** Published comparators by period: one row a period, one column a comparator; with their sources and notes. */
export function comparatorSection(indicator: Indicator): { table: TableModel; source?: string; notes: string[] } | undefined {
  const benchmarks = indicator.benchmarks ?? [];
  if (benchmarks.length === 0) return undefined;
  const labels = [...new Set(benchmarks.map((benchmark) => benchmark.label))];
  const periods = [...new Set(benchmarks.map((benchmark) => benchmark.period))].sort();
  const sources = [...new Set(benchmarks.map((benchmark) => benchmark.source).filter(Boolean))];
  const table = tableOf(
    {
      caption: `${displayName(indicator)}: published figures by period`,
      columns: [
        { key: 'period', label: 'Period', rowHeader: true, cell: (period) => textCell(period) },
        ...labels.map(
          (label): ColumnSpec<string> => ({
            key: label,
            label,
            numeric: true,
            cell: (period) => {
              const benchmark = benchmarks.find((candidate) => candidate.label === label && candidate.period === period);
              if (!benchmark) return textCell('Not published');
              const flag = comparatorFlag(benchmark);
              return textCell(formatValue(benchmark.value, indicator), flag ? { detail: flag } : {});
            },
          }),
        ),
      ],
      key: (period) => period,
    },
    periods,
  );
  return { table, ...(sources.length > 0 ? { source: `Source: ${sources.join('; ')}.` } : {}), notes: comparatorNotes(benchmarks) };
}

/** The log of target changes (from, target, what it replaced, why, who approved it and when); none without a record. */
export function targetChangesTable(indicator: Indicator): TableModel | undefined {
  if (!hasTargetRecord(indicator)) return undefined;
  return tableOf(
    {
      caption: `${indicator.shortName ?? indicator.name}: target changes`,
      columns: [
        { key: 'from', label: 'From', rowHeader: true, cell: (change) => textCell(formatMonth(change.from)) },
        {
          key: 'target',
          label: 'Target',
          numeric: true,
          cell: (change) => textCell(`${formatValue(change.target, indicator)}${change.amber !== undefined ? ` (amber ${formatValue(change.amber, indicator)})` : ''}`),
        },
        { key: 'replaced', label: 'Replaced', cell: (change) => textCell(change.previous === undefined ? 'First target' : formatValue(change.previous, indicator)) },
        { key: 'reason', label: 'Reason', cell: (change) => textCell(change.reason ?? 'Not recorded') },
        { key: 'approvedBy', label: 'Approved by', cell: (change) => textCell(change.approvedBy ?? approvalWords({})) },
        { key: 'approved', label: 'Date approved', cell: (change) => textCell(change.approved ? formatIsoDate(change.approved) : 'Not recorded') },
      ],
      key: (change) => change.from,
    },
    targetChanges(indicator),
  );
}
