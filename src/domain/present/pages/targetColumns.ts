// The Targets table's columns, one spec each: the cell a reader sees and, from the same status, the
// value its CSV writes (figures as in the data, months as YYYY-MM). The plan's columns (trajectory,
// year to date, quality, owner) show only when the folder uses the plan's fields. A new column is
// one spec here, and its key in the CSV's order below.
import { comparisonWord } from '../comparisonWords';
import { ragWord } from '../words';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../spcWords';
import type { IndicatorStatus } from '../../board/status';
import { displayName } from '../../names';
import { formatValue, unitLabel } from '../../format';
import { changeWord } from '../changeWords';
import { qualityWords, trajectoryWords, yearToDateCell } from '../planWords';
import { tooFewMonthsNote } from '../spcReport';
import { changeWords, englandWords, indicatorHref, ragTag } from '../statusWords';
import { figureCell, textCell, type ColumnSpec } from '../table';

/** A row of the table: the month's status, with its reconciling sentence worked out once. */
export type TargetRow = IndicatorStatus & { reconcile: string | undefined };

const STATUS_ORDER: Record<string, number> = { red: 0, amber: 1, green: 2, none: 3 };

const csvOnly = (key: string, csv: string, value: (row: TargetRow) => string | number | undefined): ColumnSpec<TargetRow> => ({
  key,
  label: csv,
  csv,
  hidden: true,
  cell: (row) => ({ text: '', csv: value(row) ?? '' }),
});

/** Indicator, value and status come first: on a phone they are what stays on screen. */
export const TARGET_COLUMNS: ColumnSpec<TargetRow>[] = [
  {
    key: 'indicator',
    label: 'Indicator',
    rowHeader: true,
    sortable: true,
    csv: 'Indicator',
    cell: (row) => textCell(displayName(row.indicator), { sort: displayName(row.indicator), href: indicatorHref(row.indicator.id, row.month), csv: row.indicator.name }),
  },
  {
    key: 'value',
    label: 'Value',
    keyColumn: true,
    sortable: true,
    csv: 'Value',
    cell: (row) => figureCell(formatValue(row.value, row.indicator), row.value, row.smallDenominator ? { detail: row.smallDenominator } : {}),
  },
  {
    key: 'status',
    label: 'Status',
    keyColumn: true,
    sortable: true,
    csv: 'Status',
    cell: (row) => {
      const tag = ragTag(row);
      return { text: tag.text, tag: tag.tone, sort: STATUS_ORDER[tag.tone] ?? 3, csv: row.rag ? ragWord(row.rag) : '' };
    },
  },
  { key: 'target', label: 'Target', sortable: true, csv: 'Target', cell: (row) => figureCell(row.threshold ? formatValue(row.threshold.target, row.indicator) : 'None', row.threshold?.target) },
  {
    key: 'change',
    label: 'Change',
    sortable: true,
    csv: 'Change',
    cell: (row) => {
      const change = changeWords(row);
      return { text: change.text, direction: { direction: change.direction, ...(change.arrow ? { arrow: change.arrow } : {}) }, sort: changeWord(row), csv: row.travel ? changeWord(row) : '' };
    },
  },
  { key: 'area', label: 'Area', sortable: true, csv: 'Area', cell: (row) => textCell(row.indicator.area, { sort: row.indicator.area }) },
  {
    key: 'variation',
    label: 'Variation',
    sortable: true,
    csv: 'Variation',
    cell: (row) => {
      const words = row.variation ? VARIATION_WORDS[row.variation].short : '';
      return { text: words, sort: words, ...(row.variation ? { spc: { kind: 'variation', icon: row.variation } } : {}) };
    },
  },
  {
    key: 'assurance',
    label: 'Assurance',
    sortable: true,
    csv: 'Assurance',
    cell: (row) =>
      row.assurance === 'none'
        ? { text: tooFewMonthsNote(row.spc) ?? '–', sort: '', csv: '' }
        : { text: ASSURANCE_WORDS[row.assurance].short, sort: ASSURANCE_WORDS[row.assurance].short, spc: { kind: 'assurance', icon: row.assurance } },
  },
  {
    key: 'england',
    label: 'England',
    sortable: true,
    csv: 'England',
    cell: (row) => {
      const england = englandWords(row);
      return england ? figureCell(england.value, row.england?.value, { detail: england.period }) : figureCell('–', undefined);
    },
  },
  {
    key: 'vsEngland',
    label: 'vs England',
    sortable: true,
    csv: 'vs England',
    cell: (row) => textCell(row.vsEngland ? comparisonWord(row.vsEngland) : '–', { sort: comparisonWord(row.vsEngland), csv: row.vsEngland ? comparisonWord(row.vsEngland) : '' }),
  },
  csvOnly('month', 'Month', (row) => row.month),
  csvOnly('id', 'Indicator id', (row) => row.indicator.id),
  csvOnly('unit', 'Unit', (row) => (unitLabel(row.indicator.unit) === '%' ? 'percent' : unitLabel(row.indicator.unit))),
  csvOnly('numerator', 'Numerator', (row) => row.point?.numerator),
  csvOnly('denominator', 'Denominator', (row) => row.point?.denominator),
  csvOnly('amber', 'Amber threshold', (row) => row.threshold?.amber),
  csvOnly('englandPeriod', 'England period', (row) => row.england?.period),
  csvOnly('reconcile', 'Why the signals differ', (row) => row.reconcile),
];

export const TARGETS_CSV_ORDER = ['month', 'id', 'indicator', 'area', 'unit', 'value', 'numerator', 'denominator', 'target', 'amber', 'status', 'variation', 'assurance', 'change', 'england', 'englandPeriod', 'vsEngland', 'reconcile'];

export const PLAN_COLUMNS: ColumnSpec<TargetRow>[] = [
  {
    key: 'trajectory',
    label: 'Trajectory',
    sortable: true,
    csv: 'Trajectory',
    cell: (row) => {
      const words = trajectoryWords(row.plan.trajectory);
      return textCell(words, { sort: words, csv: row.plan.trajectory ? words : '', ...(row.plan.trajectory?.status === 'behind' ? { strong: true } : {}) });
    },
  },
  {
    key: 'yearToDate',
    label: 'Year to date',
    sortable: true,
    csv: 'Year to date',
    cell: (row) => {
      const ytd = row.plan.yearToDate?.kind === 'figure' ? row.plan.yearToDate : undefined;
      return figureCell(yearToDateCell(row.plan.yearToDate, row.indicator), ytd?.value);
    },
  },
  { key: 'quality', label: 'Quality', sortable: true, csv: 'Quality', cell: (row) => textCell(qualityWords(row.plan.quality), { sort: qualityWords(row.plan.quality), csv: row.plan.quality ? qualityWords(row.plan.quality) : '' }) },
  csvOnly('owner', 'Owner', (row) => row.plan.owner),
  csvOnly('trajectoryPlanned', 'Trajectory (planned)', (row) => row.plan.trajectory?.planned),
  csvOnly('ytdPeriod', 'Year to date period', (row) => row.plan.yearToDate?.period),
  csvOnly('ytdMonths', 'Year to date months', (row) => (row.plan.yearToDate?.kind === 'figure' ? row.plan.yearToDate.months : undefined)),
];

export const PLAN_CSV_ORDER = ['owner', 'trajectoryPlanned', 'trajectory', 'yearToDate', 'ytdPeriod', 'ytdMonths', 'quality'];
