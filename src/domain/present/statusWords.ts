// One indicator's month in the words every page gives it: the figure, its RAG tag (and the status
// against the target in words), the change since the month before (one plain direction, quiet
// inside the noise) and England (the target line is targetWords.ts'). The Overview's cards, the Indicator page's headline, the Targets table, the Exceptions page and the
// meeting pack all take them from here, so they cannot say it differently.
import { moveReading } from '../board/cardSignals';
import type { DirectionOfTravel } from '../board/direction';
import type { IndicatorStatus } from '../board/status';
import { formatValue } from '../format';
import { changeWord, TOO_FEW_TO_JUDGE } from './changeWords';
import type { DirectionMark, TagTone } from './table';
import { ragLabel } from './words';

export interface Tag {
  tone: TagTone;
  text: string;
}

/** The RAG in a tag: "Green", or why there is none ("Context only", "Not available", "No target"). */
export function ragTag(status: Pick<IndicatorStatus, 'indicator' | 'rag' | 'value'>): Tag {
  return { tone: status.rag ?? 'none', text: ragLabel(status.indicator.polarity, status.rag, status.value) };
}

/**
 * The one headline status of a card or a headline, in words against the target in force: "Green:
 * meets the 85% target", "Red: below the 85% target" ("above" when lower is better), or why there
 * is no RAG ("No target", "Context only"). A month with no figure has no status beside its figure:
 * the figure already says "Not available", and saying it twice reads as two things.
 */
export function statusTag(status: Pick<IndicatorStatus, 'indicator' | 'rag' | 'value' | 'threshold'>): Tag | undefined {
  const { indicator, rag, threshold } = status;
  if (status.value === null || status.value === undefined) return undefined;
  const tag = ragTag(status);
  if (!rag || !threshold) return tag;
  const target = `the ${formatValue(threshold.target, indicator)} target`;
  const side = rag === 'green' ? `meets ${target}` : `${indicator.polarity === 'down' ? 'above' : 'below'} ${target}`;
  return { tone: tag.tone, text: `${tag.text}: ${side}` };
}

export interface ChangeWords extends DirectionMark {
  /** "Improved", "No significant change", "Up", "No change", "No earlier figure". */
  text: string;
  /** The words with the two figures: "No significant change (86.5% → 86.3%)"; "Up (40% → 42%): too few months to judge". */
  full: string;
}

/**
 * The arrow shows which way the figure moved, whatever that means for the board: ↑ rose, ↓ fell,
 * → the same at the precision shown.
 */
export function arrowOf(travel: DirectionOfTravel, value: number | null | undefined): string {
  if (travel.direction === 'no-change' || typeof value !== 'number') return '→';
  return value > travel.previousValue ? '↑' : value < travel.previousValue ? '↓' : '→';
}

export const NO_EARLIER_FIGURE = 'No earlier figure';

/**
 * The change since the previous month with a figure, as one plain direction (present/changeWords.ts).
 * Only a change the SPC signals carries an arrow and the colour of its direction (`improved`,
 * `worsened`); every other move is `quiet`: no arrow, no colour, so a move inside the noise never
 * reads as a fall or a rise to act on.
 */
export function changeWords(status: Pick<IndicatorStatus, 'indicator' | 'travel' | 'spc' | 'value'>): ChangeWords {
  const { travel, indicator } = status;
  if (!travel) return { text: NO_EARLIER_FIGURE, full: NO_EARLIER_FIGURE, direction: 'none' };
  const reading = moveReading(status);
  const text = changeWord(status, reading);
  const before = formatValue(travel.previousValue, indicator);
  const figures = reading === 'same' ? before : `${before} → ${formatValue(status.value, indicator)}`;
  return {
    text,
    full: `${text} (${figures})${reading === 'unjudged' ? `: ${TOO_FEW_TO_JUDGE}` : ''}`,
    ...(reading === 'change' ? { direction: travel.direction, arrow: arrowOf(travel, status.value) } : { direction: 'quiet' }),
  };
}

/** England's published figure and its period: "16.5%" and "2017-18"; none when not published. */
export function englandWords(status: Pick<IndicatorStatus, 'indicator' | 'england'>): { value: string; period: string } | undefined {
  return status.england ? { value: formatValue(status.england.value, status.indicator), period: status.england.period } : undefined;
}

/** An indicator's page, for a month when one is given. */
export function indicatorHref(id: string, month?: string): string {
  return `/indicator/${encodeURIComponent(id)}/${month ? `?month=${month}` : ''}`;
}
