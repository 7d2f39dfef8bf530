// The Targets table's columns, one spec each: the cell a reader sees and, from the same status, the
// value its CSV writes (figures as in the data, months as YYYY-MM). Every shown column sorts and has
// its label as its CSV header; the CSV also has columns of its own. The plan's columns (trajectory,
// year to date, quality, owner) show only when the folder uses the plan's fields, the national band
// and rank only when comparators.json has national figures. A new column is
// one spec here, and its key in the CSV's order below.
import type { NationalStanding } from '../../board/nationalRank';
import type { IndicatorStatus } from '../../board/status';
import { formatValue, unitLabel } from '../../format';
import { displayName } from '../../names';
import { changeWord } from '../changeWords';
import { comparisonWord } from '../comparisonWords';
import { qualityWords, trajectoryWords, yearToDateCell } from '../planWords';
import { tooFewMonthsNote } from '../spcReport';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../spcWords';
import { changeWords, englandWords, indicatorHref, ragTag } from '../statusWords';
import { figureCell, textCell, type ColumnSpec, type TableCell } from '../table';
import { nationalCell } from '../nationalWords';
import { ragWord } from '../words';
import { nationalTableCell } from './nationalParts';

/**
 * The look of a column the board reads less (issue 27: at 1280 px the board's own columns fit
 * without scrolling): shown only when the reader opens the page's "More columns" choice. The
 * CSV has every column whatever is shown.
 */
export const MORE_COLUMN = 'column-more';
const more = { className: MORE_COLUMN };

/** A row of the table: the month's status, with its reconciling sentence worked out once and its national standing (nationalParts.ts). */
export type TargetRow = IndicatorStatus & { reconcile: string | undefined; national?: NationalStanding | undefined };

const STATUS_ORDER: Record<string, number> = { red: 0, amber: 1, green: 2, none: 3 };

/** A shown column: sorted by its cells' `sort`, in the CSV under its label. */
const shown = (key: string, label: string, cell: (row: TargetRow) => TableCell, extra: Partial<ColumnSpec<TargetRow>> = {}): ColumnSpec<TargetRow> => ({ key, label, sortable: true, csv: label, cell, ...extra });

/** A column of the CSV only. */
const csvOnly = (key: string, csv: string, value: (row: TargetRow) => string | number | undefined): ColumnSpec<TargetRow> => ({ key, label: csv, csv, hidden: true, cell: (row) => ({ text: '', csv: value(row) ?? '' }) });

/** Words that sort as themselves, with `csv` (empty when there is nothing to say) in the CSV. */
const words = (text: string, csv: string, extra: Partial<TableCell> = {}): TableCell => textCell(text, { sort: text, csv, ...extra });

/** Indicator, value and status come first: on a phone they are what stays on screen. The columns behind "More columns" go after the board's (targets.ts). */
export const TARGET_COLUMNS: ColumnSpec<TargetRow>[] = [
  shown('indicator', 'Indicator', (row) => words(displayName(row.indicator), row.indicator.name, { href: indicatorHref(row.indicator.id, row.month) }), { rowHeader: true }),
  shown('value', 'Value', (row) => figureCell(formatValue(row.value, row.indicator), row.value, row.smallDenominator ? { detail: row.smallDenominator } : {}), { keyColumn: true }),
  shown(
    'status',
    'Status',
    (row) => {
      const tag = ragTag(row);
      return { text: tag.text, tag: tag.tone, sort: STATUS_ORDER[tag.tone] ?? 3, csv: row.rag ? ragWord(row.rag) : '' };
    },
    { keyColumn: true },
  ),
  shown('target', 'Target', (row) => figureCell(row.threshold ? formatValue(row.threshold.target, row.indicator) : 'None', row.threshold?.target)),
  shown('change', 'Change', (row) => {
    const change = changeWords(row);
    return { text: change.text, direction: { direction: change.direction, ...(change.arrow ? { arrow: change.arrow } : {}) }, sort: changeWord(row), csv: row.travel ? changeWord(row) : '' };
  }),
  shown('area', 'Area', (row) => words(row.indicator.area, row.indicator.area), more),
  shown('variation', 'Variation', (row) => {
    const short = row.variation ? VARIATION_WORDS[row.variation].short : '';
    return words(short, short, row.variation ? { spc: { kind: 'variation', icon: row.variation } } : {});
  }, more),
  shown('assurance', 'Assurance', (row) =>
    row.assurance === 'none'
      ? { text: tooFewMonthsNote(row.spc) ?? '–', sort: '', csv: '' }
      : words(ASSURANCE_WORDS[row.assurance].short, ASSURANCE_WORDS[row.assurance].short, { spc: { kind: 'assurance', icon: row.assurance } }),
    more,
  ),
  shown('england', 'England', (row) => {
    const england = englandWords(row);
    return england ? figureCell(england.value, row.england?.value, { detail: england.period }) : figureCell('–', undefined);
  }),
  shown('vsEngland', 'vs England', (row) => textCell(row.vsEngland ? comparisonWord(row.vsEngland) : '–', { sort: comparisonWord(row.vsEngland), csv: row.vsEngland ? comparisonWord(row.vsEngland) : '' })),
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

/** Where the council stands nationally, when comparators.json has national figures: band and rank, the period beside it. */
export const NATIONAL_COLUMNS: ColumnSpec<TargetRow>[] = [
  shown('national', 'National', (row) => ({ ...nationalTableCell(row.national, true), csv: row.national ? nationalCell(row.national) : '' })),
  csvOnly('nationalPeriod', 'National period', (row) => row.national?.period),
];

export const NATIONAL_CSV_ORDER = ['national', 'nationalPeriod'];

export const PLAN_COLUMNS: ColumnSpec<TargetRow>[] = [
  shown('trajectory', 'Trajectory', (row) => {
    const text = trajectoryWords(row.plan.trajectory);
    return words(text, row.plan.trajectory ? text : '', row.plan.trajectory?.status === 'behind' ? { strong: true } : {});
  }),
  shown('yearToDate', 'Year to date', (row) => figureCell(yearToDateCell(row.plan.yearToDate, row.indicator), row.plan.yearToDate?.kind === 'figure' ? row.plan.yearToDate.value : undefined), more),
  shown('quality', 'Quality', (row) => words(qualityWords(row.plan.quality), row.plan.quality ? qualityWords(row.plan.quality) : ''), more),
  csvOnly('owner', 'Owner', (row) => row.plan.owner),
  csvOnly('trajectoryPlanned', 'Trajectory (planned)', (row) => row.plan.trajectory?.planned),
  csvOnly('ytdPeriod', 'Year to date period', (row) => row.plan.yearToDate?.period),
  csvOnly('ytdMonths', 'Year to date months', (row) => (row.plan.yearToDate?.kind === 'figure' ? row.plan.yearToDate.months : undefined)),
];

export const PLAN_CSV_ORDER = ['owner', 'trajectoryPlanned', 'trajectory', 'yearToDate', 'ytdPeriod', 'ytdMonths', 'quality'];
