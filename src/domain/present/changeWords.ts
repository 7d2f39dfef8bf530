// The change since the previous month in the officers' words. The seed paper's officers wrote
// "stable" and "no movement" for figures that moved a little, and Making Data Count agrees: a move
// inside common-cause variation is noise, not a change. So a card says "No change" when the figure
// is the same at the precision shown, "Stable" when it moved inside common-cause variation, and
// "Improved" or "Worsened" (or "Up" or "Down" for a neutral measure) only otherwise.
import { isStableMove } from '../board/cardSignals';
import type { Direction } from '../board/direction';
import type { IndicatorStatus } from '../board/status';

const DIRECTION_WORDS: Record<Direction, string> = {
  improved: 'Improved',
  worsened: 'Worsened',
  'no-change': 'No change',
  up: 'Up',
  down: 'Down',
};

/** The direction of travel in a word or two; "No earlier figure" when there is none to compare with. */
export function directionWord(direction: Direction | undefined): string {
  return direction ? DIRECTION_WORDS[direction] : 'No earlier figure';
}

export const STABLE = 'Stable';

export function changeWord(status: Pick<IndicatorStatus, 'travel' | 'spc'>): string {
  if (isStableMove(status)) return STABLE;
  return directionWord(status.travel?.direction);
}

/** "Stable: within normal variation" for the title of a stable move; undefined otherwise. */
export function changeExplanation(status: Pick<IndicatorStatus, 'travel' | 'spc'>): string | undefined {
  return isStableMove(status) ? 'Stable: the move since last month is within common-cause (normal) variation' : undefined;
}
