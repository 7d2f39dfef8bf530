// Where the council stands among every English council on a DfE measure (issue 28), as the pages
// lay it out: the Indicator page's line, the reconciling sentence where the council's own monthly
// figure meets the DfE's published one, and the band over the published periods as a strip with
// its table; Compare's column, neighbour model and method, and next publication; the cell of the
// Targets table and of the meeting pack's at a glance. Values from board/nationalRank.ts and
// board/publicationDue.ts; words from nationalWords.ts, neighbourWords.ts, twoFigures.ts and
// bandStrip.ts. Nothing here when comparators.json has no national figures (files made before).
import { inForceAt } from '../../board/comparison';
import { nationalAt, nationalSeries, nationalStanding, nationalStandingsAt, type NationalStanding } from '../../board/nationalRank';
import { publicationDue } from '../../board/publicationDue';
import type { SeriesPoint } from '../../board/series';
import { formatMonth } from '../../months';
import type { ComparatorMeasure, ComparatorsFile, Indicator } from '../../schema';
import { bandStrip } from '../bandStrip';
import { nationalCell, nationalLine, nationalRule } from '../nationalWords';
import { neighbourMethodSentence, publicationDueSentence } from '../neighbourWords';
import { tableOf, textCell, type TableCell, type TableModel } from '../table';
import { twoFiguresSentence, type MonthlyFigure } from '../twoFigures';

type Comparators = ComparatorsFile | undefined;

/** Whether the file has national figures at all: a page shows its national column only then. */
export const hasNational = (comparators: Comparators): comparators is ComparatorsFile & { national: NonNullable<ComparatorsFile['national']> } =>
  (comparators?.national?.length ?? 0) > 0;

/** Each indicator's standing in its period in force at `month`, for those that have one. */
export const standingsAt = (comparators: Comparators, indicators: readonly Indicator[], month: string) => nationalStandingsAt(comparators?.national, indicators, month);

/** The council's own figure for `month`, where the series has a number for it. */
export function ownFigure(series: readonly Pick<SeriesPoint, 'month' | 'value'>[] | undefined, month: string | undefined): MonthlyFigure | undefined {
  const point = month === undefined ? undefined : series?.find((candidate) => candidate.month === month);
  return typeof point?.value === 'number' ? { month: point.month, value: point.value } : undefined;
}

/**
 * The one sentence where the council's own monthly figure and the DfE's published figure for a
 * period meet (twoFigures.ts): none unless both are numbers.
 */
export function twoFigures(comparators: Comparators, indicator: Indicator, own: MonthlyFigure | undefined, published: { period: string; value: number | null } | undefined): string | undefined {
  if (!comparators || !own || published?.value === null || published?.value === undefined) return undefined;
  const measure = comparators.dfeMeasures?.find((candidate) => candidate.indicator === indicator.id);
  return twoFiguresSentence(indicator, comparators.council, own, {
    period: published.period,
    value: published.value,
    ...(measure?.calculated ? { calculated: measure.calculated } : {}),
    ...(measure?.definitionDifference ? { definitionDifference: measure.definitionDifference } : {}),
  });
}

/** The Indicator page's headline: the line for the period in force at the month, and the sentence reconciling it with the month's figure. */
export function indicatorNational(comparators: Comparators, indicator: Indicator, month: string | undefined, own: MonthlyFigure | undefined): { line: string; twoFigures?: string } | undefined {
  const entry = comparators && nationalAt(comparators.national, indicator.id, month);
  if (!comparators || !entry) return undefined;
  const sentence = twoFigures(comparators, indicator, own, entry);
  return { line: nationalLine(nationalStanding(entry, indicator.polarity), indicator, comparators.council), ...(sentence ? { twoFigures: sentence } : {}) };
}

/** The band over the published periods: its sentence, the picture's bands and the same as a table. */
export interface BandStripModel {
  heading: string;
  summary: string;
  /** Each period's band ("A" to "D", none when not banded), the period in force at the month marked. */
  bands: { period: string; band: string | null; inForce: boolean }[];
  /** Which period is outlined, in words: the picture never says it by its outline alone. */
  inForce?: string;
  table: TableModel;
  rule: string;
}

export function bandStripModel(comparators: Comparators, indicator: Indicator, month: string | undefined): BandStripModel | undefined {
  const strip = comparators && bandStrip(comparators.national, indicator, comparators.council);
  if (!comparators || !strip) return undefined;
  const inForce = month === undefined ? undefined : nationalAt(comparators.national, indicator.id, month)?.period;
  const [first, ...others] = strip.columns;
  const table = tableOf(
    {
      caption: strip.caption,
      columns: [
        { key: 'period', label: first!, rowHeader: true, cell: (row: readonly string[]) => textCell(row[0]!) },
        ...others.map((label, index) => ({ key: `column-${index + 1}`, label, cell: (row: readonly string[]) => textCell(row[index + 1]!) })),
      ],
      key: (row) => row[0]!,
    },
    strip.rows,
  );
  return {
    heading: `Where ${comparators.council} stands nationally`,
    summary: strip.summary,
    bands: strip.bands.map((entry) => ({ ...entry, inForce: entry.period === inForce })),
    ...(inForce && month ? { inForce: `Outlined: ${inForce}, the period in force for ${formatMonth(month)}.` } : {}),
    table,
    rule: nationalRule(indicator),
  };
}

/** What Compare says of one measure beside its neighbours: the national line, the neighbours' model and method, the next figures, the two figures reconciled. */
export interface CompareNational {
  national?: string;
  method: string;
  due?: string;
  twoFigures?: string;
}

export function compareNational(
  comparators: ComparatorsFile,
  indicator: Indicator,
  measure: ComparatorMeasure,
  month: string | undefined,
  figures: { own: MonthlyFigure | undefined; council: number | null | undefined },
): CompareNational {
  const standing = standingIn(comparators, indicator, measure.period);
  // The next publication follows the latest period imported (board/publicationDue.ts).
  const latest = inForceAt(
    comparators.measures.filter((candidate) => candidate.indicator === indicator.id),
    undefined,
    (candidate) => candidate.period,
  )?.period;
  const next = comparators.dfeMeasures?.find((candidate) => candidate.indicator === indicator.id)?.nextPublication;
  const due = month === undefined ? undefined : publicationDueSentence(publicationDue(next, month, { shown: measure.period, latest }));
  const sentence = twoFigures(comparators, indicator, figures.own, figures.council === undefined ? undefined : { period: measure.period, value: figures.council });
  return {
    ...(standing ? { national: `Nationally: ${nationalLine(standing, indicator, comparators.council)}.` } : {}),
    method: neighbourMethodSentence(comparators.neighbourModel, measure, comparators.neighbours.length, comparators.council),
    ...(due ? { due } : {}),
    ...(sentence ? { twoFigures: sentence } : {}),
  };
}

/** The standing of one indicator in one period, where comparators.json has it. */
export function standingIn(comparators: Comparators, indicator: Pick<Indicator, 'id' | 'polarity'>, period: string): NationalStanding | undefined {
  const entry = nationalSeries(comparators?.national, indicator.id).find((candidate) => candidate.period === period);
  return entry && nationalStanding(entry, indicator.polarity);
}

/** Band A first, then by rank within the band (as a share of the field, as the fields differ); unranked last. */
function bandSort(standing: NationalStanding | undefined): number | null {
  if (standing?.kind !== 'ranked') return null;
  const band = standing.band ? 'ABCD'.indexOf(standing.band) : 4;
  return band + standing.rank / (standing.of + 1);
}

/** A table's cell (Compare, Targets): "Band B, 37th of 151", its period beside it; sorts best band first. */
export function nationalTableCell(standing: NationalStanding | undefined, withPeriod: boolean): TableCell {
  return textCell(nationalCell(standing), { sort: bandSort(standing), ...(withPeriod && standing ? { detail: standing.period } : {}) });
}

/**
 * The meeting pack's at-a-glance cell, on a page of print with little room: "Band B, 37th of 151",
 * its period beside it only where it is not the England column's beside it (both are the period in
 * force at the month, by the same rule, so it rarely is).
 */
export function packNationalCell(standing: NationalStanding | undefined, englandPeriod: string | undefined): TableCell {
  return nationalTableCell(standing, standing !== undefined && standing.period !== englandPeriod);
}

/** Said once under a table with a national column: which figure the band and rank are of. */
export function nationalColumnNote(council: string): string {
  return `National band and rank: where ${council}’s DfE published figure for the period (a year, or the census at 30 September), not this month’s own figure, stands among every English council with a figure, as the DfE’s Local Authority Interactive Tool sets them. 1st is the best; band A is the best quarter of councils and D the worst. A context-only measure has neither.`;
}
