// One indicator's month in the words every page gives it: the figure, its RAG tag, the change since
// the month before (word, arrow and the figure it moved from) and England (the target line is
// targetWords.ts'). The
// Overview's cards, the Indicator page's headline, the Targets table, the Exceptions page and the
// meeting pack all take them from here, so they cannot say it differently.
import type { Direction, DirectionOfTravel } from '../board/direction';
import type { IndicatorStatus } from '../board/status';
import { formatValue } from '../format';
import { formatMonth } from '../months';
import { changeWord } from './changeWords';
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

export interface ChangeWords extends DirectionMark {
  /** "Improved", "Stable", "Up", "No earlier figure". */
  text: string;
  /** "from 30% in Feb 2019"; none without an earlier figure. */
  previous?: string;
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
 * The change since the previous month with a figure, in the officers' words (present/changeWords.ts:
 * "Stable" for a move inside common-cause variation); `word` gives other words for it (the
 * Indicator page's headline says only which way it moved: board/direction.ts' directionWord).
 */
export function changeWords(status: Pick<IndicatorStatus, 'indicator' | 'travel' | 'spc' | 'value'>, word: (direction: Direction) => string = () => changeWord(status)): ChangeWords {
  const { travel, indicator } = status;
  if (!travel) return { text: NO_EARLIER_FIGURE, direction: 'none' };
  return {
    text: word(travel.direction),
    direction: travel.direction,
    arrow: arrowOf(travel, status.value),
    previous: `from ${formatValue(travel.previousValue, indicator)} in ${formatMonth(travel.previousMonth)}`,
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
