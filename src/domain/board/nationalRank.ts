// Where the council stands among every local authority on a DfE measure: its national rank and its
// quartile band, as the DfE's Local Authority Interactive Tool computes them (LAIT, R/fn_analysis.R:
// calculate_rank and calculate_quartile_band; R/lait_modules/mod_la_lvl_table.R ranks every local
// authority's figure for the period and takes quantile(values, na.rm = TRUE) of the same figures).
//
// - The field: every local authority with a figure for the period, the council too. A cell that is
//   not a number (c, x, z, u, low, …) is outside it, as LAIT's as.numeric makes it NA. A joint figure
//   (one row for Kingston upon Thames / Richmond upon Thames) is one member of the field.
// - The rank: 1 is the best by polarity. LAIT's `rank(-values, ties.method = "min")` for "High" and
//   `rank(values, ties.method = "min")` for "Low": councils with the same figure share the lowest
//   rank of their group, so the council's rank is 1 + the number of councils with a better figure.
// - The band: board/quartileBand.ts, from the quartiles of the field (board/quantile.ts).
// - A neutral measure gets neither (LAIT: "-"). Where the council's own cell is "low" or "u", that
//   is said instead of a rank; LAIT shows an empty rank.
//
// The importer summarises the field once per period (board/nationalField.ts: how many, how many
// higher and lower, the quartiles) into comparators.json; the rank and band follow here at run
// time, so that they always follow the catalogue's polarity, and a page needs no quantile code.
import type { Indicator, NationalField, Polarity } from '../schema';
import { periodStartMonth } from './benchmarkSeries';
import { inForceAt } from './comparison';
import { quartileBand, type Band } from './quartileBand';

/** The rank (1 the best; ties share the lowest) and whether another council has the same figure. */
export function nationalRank(
  summary: Pick<NationalField, 'of' | 'higher' | 'lower'>,
  polarity: Polarity,
): { rank: number; tied: boolean } | undefined {
  if (polarity === 'neutral' || summary.higher === undefined || summary.lower === undefined) return undefined;
  const better = polarity === 'up' ? summary.higher : summary.lower;
  return { rank: better + 1, tied: summary.of - summary.higher - summary.lower > 1 };
}

/** The DfE's symbols said instead of a rank: "low" (a figure under 0.5) and "u" (low reliability). */
export type WithheldSymbol = 'low' | 'u';

export type NationalStanding =
  | { kind: 'ranked'; period: string; value: number; rank: number; of: number; tied: boolean; band?: Band; jointWith?: string }
  /** The council's own cell is "low" or "u": said instead of a rank. */
  | { kind: 'withheld'; period: string; symbol: WithheldSymbol; of: number }
  /** No number for the council (c, x, z, or no row): not ranked. */
  | { kind: 'not-published'; period: string; symbol?: string; note?: string; of: number }
  /** A neutral measure: context only, neither rank nor band. */
  | { kind: 'context'; period: string; value: number | null; of: number };

function withheldSymbol(symbol: string | undefined): WithheldSymbol | undefined {
  const normalised = (symbol ?? '').trim().toLowerCase();
  return normalised === 'low' || normalised === 'u' ? normalised : undefined;
}

/** The council's standing in one period, by the indicator's polarity. */
export function nationalStanding(entry: NationalField, polarity: Polarity): NationalStanding {
  const { period, of } = entry;
  if (polarity === 'neutral') return { kind: 'context', period, value: entry.value, of };
  const ranked = entry.value === null ? undefined : nationalRank(entry, polarity);
  if (entry.value === null || !ranked) {
    const withheld = withheldSymbol(entry.symbol);
    if (withheld) return { kind: 'withheld', period, symbol: withheld, of };
    return {
      kind: 'not-published',
      period,
      of,
      ...(entry.symbol !== undefined ? { symbol: entry.symbol } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
    };
  }
  const band = entry.quartiles ? quartileBand(entry.value, entry.quartiles, polarity) : undefined;
  return {
    kind: 'ranked',
    period,
    value: entry.value,
    rank: ranked.rank,
    of,
    tied: ranked.tied,
    ...(band ? { band } : {}),
    ...(entry.jointWith ? { jointWith: entry.jointWith } : {}),
  };
}

/** One indicator's entries, oldest period first (the band over the published years). */
export function nationalSeries<T extends Pick<NationalField, 'indicator' | 'period'>>(entries: readonly T[] | undefined, indicator: string): T[] {
  return (entries ?? [])
    .filter((entry) => entry.indicator === indicator)
    .map((entry) => ({ entry, start: periodStartMonth(entry.period) ?? '' }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map(({ entry }) => entry);
}

/**
 * The entry in force at `month` by the rule every comparator follows (comparison.ts's inForceAt:
 * the latest published period that had begun by then); without a month, the latest.
 */
export function nationalAt<T extends Pick<NationalField, 'indicator' | 'period'>>(
  entries: readonly T[] | undefined,
  indicator: string,
  month: string | undefined,
): T | undefined {
  return inForceAt(nationalSeries(entries, indicator), month, (entry) => entry.period);
}

/** Each indicator's standing in its period in force at `month`, for those that have one. */
export function nationalStandingsAt(
  entries: readonly NationalField[] | undefined,
  indicators: readonly Pick<Indicator, 'id' | 'polarity'>[],
  month: string | undefined,
): Map<string, NationalStanding> {
  const standings = new Map<string, NationalStanding>();
  if (!entries?.length) return standings;
  for (const indicator of indicators) {
    const entry = nationalAt(entries, indicator.id, month);
    if (entry) standings.set(indicator.id, nationalStanding(entry, indicator.polarity));
  }
  return standings;
}
