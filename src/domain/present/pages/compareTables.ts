// Compare's tables: every measure's rank at a glance, and each measure's councils ranked with the
// neighbour mean and England under them (and its CSV). Figures the DfE does not publish say so in
// words and are never ranked; a joint figure is marked.
import { isJointFigure, type Ranked } from '../../board/ranking';
import { figureText, neighbourMeanLabel, notPublishedText, rankText } from '../rankingWords';
import { displayName } from '../../names';
import { formatValue } from '../../format';
import type { ComparatorMeasure, ComparatorValue, Indicator } from '../../schema';
import { indicatorHref } from '../statusWords';
import { tableOf, textCell, type TableModel } from '../table';
import type { NationalStanding } from '../../board/nationalRank';
import { nationalTableCell } from './nationalParts';

/** One measure's comparison: the councils ranked, and our council among them. */
export interface Comparison {
  indicator: Indicator;
  measure: ComparatorMeasure;
  ranked: Ranked<ComparatorValue>[];
  own: Ranked<ComparatorValue> | undefined;
}

/** A measure the glance lists: its comparison, or why there is none. */
export interface GlanceEntry {
  id: string;
  indicator: Indicator | undefined;
  comparison: Comparison | undefined;
  /** Why the measure has no figures: the year or period asked for. */
  none: string;
}

const optional = (value: number | undefined, indicator: Indicator) => (value === undefined ? 'Not published' : formatValue(value, indicator));

function rankOf({ own, ranked }: Comparison): string {
  if (!own || own.rank === null) return 'Not ranked';
  return `${rankText(own)} of ${ranked.filter((entry) => entry.rank !== null).length}`;
}

/** `national`, when comparators.json has national figures: the column of each measure's national band and rank. */
export function glanceTable(
  entries: readonly GlanceEntry[],
  caption: string,
  council: string,
  month: string | undefined,
  national?: (comparison: Comparison) => NationalStanding | undefined,
): TableModel {
  return tableOf(
    {
      caption,
      columns: [
        { key: 'measure', label: 'Measure', rowHeader: true, cell: ({ id, indicator }) => (indicator ? textCell(displayName(indicator), { href: indicatorHref(id, month) }) : textCell(id)) },
        { key: 'rank', label: 'Rank', keyColumn: true, className: 'rank', cell: ({ comparison }) => textCell(rankOf(comparison!)) },
        {
          key: 'council',
          label: council,
          numeric: true,
          keyColumn: true,
          cell: ({ comparison }) => {
            const { own, indicator } = comparison!;
            return own ? textCell(figureText(own, indicator), isJointFigure(own) ? { detail: 'joint figure' } : {}) : textCell(notPublishedText(undefined));
          },
        },
        { key: 'mean', label: 'Neighbour mean', numeric: true, cell: ({ comparison }) => textCell(optional(comparison!.measure.neighbourMean, comparison!.indicator)) },
        { key: 'england', label: 'England', numeric: true, cell: ({ comparison }) => textCell(optional(comparison!.measure.england, comparison!.indicator)) },
        ...(national ? [{ key: 'national', label: 'National band and rank', cell: ({ comparison }: GlanceEntry) => nationalTableCell(national(comparison!), false) }] : []),
        { key: 'period', label: 'Period', className: 'period', cell: ({ comparison }) => textCell(comparison!.measure.period) },
      ],
      key: ({ id }) => id,
      across: (entry) => (entry.comparison ? undefined : entry.none),
    },
    entries,
  );
}

interface RankRow {
  key: string;
  rank: string;
  rankNumber: number | null;
  council: string;
  ours: boolean;
  hint?: string;
  value: string;
  number: number | null | undefined;
  note?: string;
}

/** The councils ranked, then the neighbour mean and England, with the CSV of the same rows. */
export function rankingTable({ indicator, measure, ranked, own }: Comparison, council: string): TableModel {
  const name = displayName(indicator);
  const rows: RankRow[] = ranked.map((entry) => ({
    key: entry.la,
    rank: rankText(entry),
    rankNumber: entry.rank,
    council: entry.la,
    ours: entry === own,
    ...((entry.value !== null || isJointFigure(entry)) && entry.note ? { hint: entry.note } : {}),
    value: figureText(entry, indicator),
    number: entry.value,
    ...(entry.note ? { note: entry.note } : {}),
  }));
  const footer: RankRow[] = [
    { key: 'mean', rank: '', rankNumber: null, council: neighbourMeanLabel(measure), ours: false, value: optional(measure.neighbourMean, indicator), number: measure.neighbourMean },
    { key: 'england', rank: '', rankNumber: null, council: 'England', ours: false, value: optional(measure.england, indicator), number: measure.england },
  ];
  return tableOf(
    {
      caption: `${name}, ${measure.period}: ${council} and its statistical neighbours, ranked`,
      columns: [
        { key: 'id', label: 'Indicator id', hidden: true, csv: 'Indicator id', cell: () => textCell(indicator.id) },
        { key: 'name', label: 'Indicator', hidden: true, csv: 'Indicator', cell: () => textCell(indicator.name) },
        { key: 'period', label: 'Period', hidden: true, csv: 'Period', cell: () => textCell(measure.period) },
        { key: 'rank', label: 'Rank', csv: 'Rank', cell: (row) => textCell(row.rank, { csv: row.rankNumber ?? '' }) },
        { key: 'council', label: 'Council', rowHeader: true, csv: 'Council', cell: (row) => textCell(row.ours ? `${row.council} (us)` : row.council, { csv: row.council, ...(row.ours ? { strong: true } : {}), ...(row.hint ? { detail: row.hint } : {}) }) },
        { key: 'ours', label: 'Our council', hidden: true, csv: 'Our council', cell: (row) => textCell(row.ours ? 'yes' : '') },
        { key: 'value', label: 'Value', numeric: true, csv: 'Value', cell: (row) => textCell(row.value, { csv: row.number ?? '' }) },
        { key: 'note', label: 'Note', hidden: true, csv: 'Note', cell: (row) => textCell(row.note ?? '') },
      ],
      key: (row) => row.key,
      csv: { fileName: `compare-${indicator.id}-${measure.period.replace(/\s+/g, '-')}.csv`, label: `Download the ${name} ranking (CSV)` },
    },
    rows,
    footer,
  );
}
