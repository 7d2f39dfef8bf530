// The national rank and quartile band in words (the values are board/nationalRank.ts): the
// Indicator page's line, a cell for the Compare and Targets tables, the meeting pack's at-a-glance
// cell, and the rule in a sentence. Always in words, never a colour alone: "Band B", "Not ranked".
import { notPublishedText, ordinal } from './rankingWords';
import type { NationalStanding } from '../board/nationalRank';
import { formatValue, unitSuffix } from '../format';
import type { Indicator, NationalField } from '../schema';

type Shown = Pick<Indicator, 'unit' | 'decimals'>;

/** "in 2018-19" for a financial year, "at 30 Sep 2018" for a workforce census. */
export function periodPhrase(period: string): string {
  return /^at /i.test(period) ? period : `in ${period}`;
}


/** "37th of 151", "joint 37th of 151". */
function position(standing: Extract<NationalStanding, { kind: 'ranked' }>): string {
  return `${standing.tied ? 'joint ' : ''}${ordinal(standing.rank)} of ${standing.of}`;
}

/** Why a figure is not published, from its note: "suppressed (c)" gives "suppressed"; none for no note. */
function missingReason(note: string | undefined): string | undefined {
  return /\((.*)\)$/.exec(notPublishedText(note))?.[1];
}

/** Why the council is not ranked, in a few words: "published only as “low”", "suppressed". */
function notRankedReason(standing: Extract<NationalStanding, { kind: 'withheld' | 'not-published' }>): string {
  if (standing.kind === 'withheld') return standing.symbol === 'low' ? 'published only as “low”' : 'low reliability, “u”';
  return missingReason(standing.note) ?? 'not published';
}

/** The council's DfE published figure as a cell: "65.3%", "under 0.5%" (“low”), "Withheld (low reliability)", "Not published (suppressed)". */
export function publishedFigureText(entry: Pick<NationalField, 'value' | 'symbol' | 'note'>, indicator: Shown): string {
  if (entry.value !== null) return formatValue(entry.value, indicator);
  const symbol = (entry.symbol ?? '').trim().toLowerCase();
  if (symbol === 'low') return `under 0.5${unitSuffix(indicator.unit)}`;
  if (symbol === 'u') return 'Withheld (low reliability)';
  return notPublishedText(entry.note);
}

/**
 * The Indicator page's line: "Band B: 37th of 151 councils in 2018-19, DfE published figure 65.3%";
 * or why there is no rank: the council's figure "low" or "u" (said instead of a rank), not
 * published, or a neutral measure.
 */
export function nationalLine(standing: NationalStanding, indicator: Shown, council: string): string {
  const when = periodPhrase(standing.period);
  switch (standing.kind) {
    case 'ranked': {
      const place = `${position(standing)} ${standing.of === 1 ? 'council' : 'councils'} ${when}, DfE published figure ${formatValue(standing.value, indicator)}`;
      const joint = standing.jointWith ? ` (a joint figure for ${standing.jointWith})` : '';
      return `${standing.band ? `Band ${standing.band}: ${place}` : `${place.charAt(0).toUpperCase()}${place.slice(1)}`}${joint}`;
    }
    case 'withheld':
      return standing.symbol === 'low'
        ? `Not ranked nationally ${when}: the DfE publishes ${council}’s figure only as “low” (under 0.5${unitSuffix(indicator.unit)})`
        : `Not ranked nationally ${when}: the DfE withheld ${council}’s figure as of low reliability (“u”)`;
    case 'not-published': {
      const reason = missingReason(standing.note);
      return `Not ranked nationally ${when}: ${council}’s figure is not published${reason ? ` (${reason})` : ''}; ${standing.of === 1 ? '1 council has' : `${standing.of} councils have`} one`;
    }
    case 'context':
      return `Context only, so no national rank or band: neither higher nor lower is better${standing.value === null ? '' : `; DfE published figure ${formatValue(standing.value, indicator)} ${when}`}`;
  }
}

/** A table cell (Compare, Targets): "Band B, 37th of 151", "Not ranked (suppressed)", "Context only", "No DfE figure". */
export function nationalCell(standing: NationalStanding | undefined): string {
  if (!standing) return 'No DfE figure';
  switch (standing.kind) {
    case 'ranked':
      return `${standing.band ? `Band ${standing.band}, ` : ''}${position(standing)}`;
    case 'context':
      return 'Context only';
    default:
      return `Not ranked (${notRankedReason(standing)})`;
  }
}

/** The meeting pack's at-a-glance cell: the table cell with its period, "Band B, 37th of 151 in 2018-19". */
export function nationalGlanceCell(standing: NationalStanding | undefined): string {
  return standing ? `${nationalCell(standing)} ${periodPhrase(standing.period)}` : nationalCell(standing);
}

/** The rule, said once where the rank or band is shown. */
export function nationalRule(indicator: Pick<Indicator, 'polarity'>): string {
  if (indicator.polarity === 'neutral') return 'This measure is context only: neither higher nor lower is better, so it has no national rank or band.';
  const best = indicator.polarity === 'up' ? 'the highest' : 'the lowest';
  return `National rank and band as the DfE’s Local Authority Interactive Tool sets them: among every English council with a published figure for the period (a joint figure counted once), 1st has ${best} figure and equal figures share a rank; band A is the best quarter of councils and D the worst, cut at the quartiles of those figures.`;
}
