// Compare's model: where the council ranks among its statistical neighbours on each published DfE
// measure (data/comparators.json), for the month's own period or the year the address asks for;
// each measure as a sentence, a ranked bar chart and the same figures as a table, with where the
// council stands nationally, the neighbours' model and method, when the next figures are due and
// the council's own monthly figure reconciled with the DfE's. Without
// comparators.json, what the page says instead and the council's name for the import command.
import { periodRule } from '../comparisonWords';
import { seriesOf, snapshotMonths } from '../../board/monthView';
import { councilEntry, measuresFor, measuresForMonth, rankCouncils, yearOfPeriod, yearsOf } from '../../board/ranking';
import { describeRanking, figureText, rankingRule } from '../rankingWords';
import { displayName } from '../../names';
import { decimalsFor, unitSuffix } from '../../format';
import { formatMonth } from '../../months';
import type { ComparatorsFile } from '../../schema';
import type { TableModel } from '../table';
import { glanceTable, rankingTable, type Comparison, type GlanceEntry } from './compareTables';
import { compareNational, hasNational, nationalColumnNote, ownFigure, standingIn, type CompareNational } from './nationalParts';
import type { PageData } from './pageData';

export interface CompareParams {
  /** A financial year, `2017-18`, or none for the month's own period. */
  period?: string | null;
}

export interface RankingBarModel {
  la: string;
  /** The axis label: "7 Croydon (us)", "– Hackney". */
  label: string;
  value: number | null;
  council: boolean;
  missing?: string;
}

/** With the national line, the neighbours' model and method, the next figures and the two figures reconciled (nationalParts.ts). */
export interface MeasureModel extends CompareNational {
  id: string;
  heading: string;
  period: string;
  sentence: string;
  rule: string;
  chart: { bars: RankingBarModel[]; england?: number; unitSuffix: string; decimals: number };
  key: string;
  table: TableModel;
  source?: string;
}

export interface CompareModel {
  title: string;
  months: string[];
  month?: string;
  /** Without comparators to show: whether the file had errors, and the council for the import command. */
  absent?: { errors: boolean; council: string };
  comparisons?: {
    lead: string;
    periodRule: string;
    years: string[];
    year?: string;
    /** "There are no published figures for “1999-00”…", for a year with none. */
    unknownYear?: string;
    glance: TableModel;
    measures: MeasureModel[];
    about: string[];
    source?: string;
  };
}

/** The council's name for the import command: site.json's, as officers wrote it. */
const councilName = (data: PageData) => data.site?.organisation ?? 'your council';

function measureModel(comparison: Comparison, council: string, national: CompareNational): MeasureModel {
  const { indicator, measure, ranked, own } = comparison;
  return {
    ...national,
    id: indicator.id.toLowerCase(),
    heading: displayName(indicator),
    period: measure.period,
    sentence: describeRanking(indicator, measure, ranked, council),
    rule: rankingRule(indicator.polarity),
    chart: {
      bars: ranked.map((entry) => ({
        la: entry.la,
        label: `${entry.rank ?? '–'} ${entry.la}${entry === own ? ' (us)' : ''}`,
        value: entry.value,
        council: entry === own,
        ...(entry.value === null ? { missing: figureText(entry, indicator) } : {}),
      })),
      ...(measure.england !== undefined ? { england: measure.england } : {}),
      unitSuffix: unitSuffix(indicator.unit),
      decimals: decimalsFor(indicator),
    },
    key: `${council}’s bar is purple and its name is in bold, marked “(us)”; the neighbours’ bars are blue.${measure.england !== undefined ? ' The dashed line is England.' : ''}`,
    table: rankingTable(comparison, council),
    ...(measure.source ? { source: `Source: ${measure.source}.` } : {}),
  };
}

function comparisonsOf(comparators: ComparatorsFile, data: PageData, month: string | undefined, params: CompareParams): NonNullable<CompareModel['comparisons']> {
  const { council } = comparators;
  const years = yearsOf(comparators.measures);
  const requested = params.period ?? undefined;
  const requestedYear = requested ? yearOfPeriod(requested) : undefined;
  const year = requestedYear && years.includes(requestedYear) ? requestedYear : undefined;
  const byId = new Map(data.indicators.map((indicator) => [indicator.id, indicator]));
  // An explicit ?period picks that year; otherwise the month's own period (one rule, stated on the page).
  const chosen = year !== undefined || month === undefined ? measuresFor(comparators.measures, year) : measuresForMonth(comparators.measures, month);
  const none = `No published figures for ${year ?? (month ? `a period that had begun by ${formatMonth(month)}` : 'any period')}`;
  const entries: GlanceEntry[] = chosen.map(({ indicator: id, measure }) => {
    const indicator = byId.get(id);
    if (!indicator || !measure) return { id, indicator, comparison: undefined, none: indicator ? none : `No indicator "${id}" in indicators.json` };
    const ranked = rankCouncils(measure.values, indicator.polarity);
    return { id, indicator, comparison: { indicator, measure, ranked, own: councilEntry(ranked, council) }, none };
  });
  const shown = entries.flatMap((entry) => (entry.comparison ? [entry.comparison] : []));
  const series = seriesOf(data);
  const nationalOf = (comparison: Comparison) => compareNational(comparators, comparison.indicator, comparison.measure, month, { own: ownFigure(series.get(comparison.indicator.id), month), council: comparison.own?.value });
  const national = hasNational(comparators) ? (comparison: Comparison) => standingIn(comparators, comparison.indicator, comparison.measure.period) : undefined;
  const neutral = shown.some((comparison) => comparison.indicator.polarity === 'neutral') ? '; for a context-only measure, 1st is the highest' : '';
  return {
    lead: `How ${council} ranks among its ${comparators.neighbours.length} statistical neighbours, the councils most like it, on each measure the Department for Education publishes for every council.`,
    periodRule: year ? `Showing the published figures for ${year}, the year chosen.` : periodRule(month, month && formatMonth(month)),
    years,
    ...(year ? { year } : {}),
    ...(requested && !year ? { unknownYear: `There are no published figures for “${requested}”. Showing the figures of the month’s own period.` } : {}),
    glance: glanceTable(entries, `${council}’s rank among its statistical neighbours, ${year ?? (month ? `the period of ${formatMonth(month)}` : 'latest published year')} (1st is best${neutral})`, council, month, national),
    measures: shown.map((comparison) => measureModel(comparison, council, nationalOf(comparison))),
    about: [
      `Statistical neighbours are the councils most like ${council} in the ${comparators.neighbourModel?.name ?? 'DfE’s statistical neighbour model'}, nearest first: ${comparators.neighbours.join(', ')}.`,
      `Each rank is among ${council} and its neighbours with a published figure; equal figures share a rank.`,
      'Figures the DfE does not publish (for example, suppressed to protect small numbers) are shown as “Not published” and are not ranked. They are never counted as 0.',
      'A figure the DfE publishes as “low” is a real figure under 0.5: it is shown as “under 0.5%” and ranked as such. A figure marked “u” is withheld as of low reliability.',
      `Where the DfE publishes one figure for two councils together (a joint figure), it is marked. A joint figure that includes ${council} is never counted in ${council}’s neighbour mean.`,
      'These are the DfE’s published annual figures; they can differ from our own monthly figures.',
      ...(national ? [nationalColumnNote(council)] : []),
    ],
    ...(comparators.source ? { source: `Source: ${comparators.source}.` } : {}),
  };
}

export function compareModel(data: PageData, month: string | undefined, params: CompareParams = {}): CompareModel {
  const frame = { title: 'Compare with statistical neighbours', months: snapshotMonths(data.snapshots), ...(month ? { month } : {}) };
  if (!data.comparators) return { ...frame, absent: { errors: (data.files ?? []).some((file) => file.file === 'comparators.json'), council: councilName(data) } };
  return { ...frame, comparisons: comparisonsOf(data.comparators, data, month, params) };
}
