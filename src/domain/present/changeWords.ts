// The change since the previous month in the officers' words, read as board/cardSignals.ts'
// moveReading reads it. The seed paper's officers wrote "stable" and "no movement" for figures that
// moved a little, and Making Data Count agrees: a move inside common-cause variation is noise, not
// a change. So a card says "No change" when the figure is the same at the precision shown, "No
// significant change" when it moved but the SPC signals nothing that way, "Improved" or "Worsened"
// (or "Up" or "Down" for a neutral measure) only when the SPC does, and which way it moved, with
// "too few months to judge", before there are enough months for the SPC.
import { moveReading, type MoveReading } from '../board/cardSignals';
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

export const NO_SIGNIFICANT_CHANGE = 'No significant change';
export const TOO_FEW_TO_JUDGE = 'too few months to judge';

/** Which way the figure moved, in a word: for a move the SPC cannot yet judge. */
const wayMoved = (status: Pick<IndicatorStatus, 'travel' | 'value'>) => (typeof status.value === 'number' && status.travel && status.value < status.travel.previousValue ? 'Down' : 'Up');

/** The month's move in a word or two: "Improved", "No significant change", "Up", "No change". */
export function changeWord(status: Pick<IndicatorStatus, 'travel' | 'spc' | 'value'>, reading: MoveReading = moveReading(status)): string {
  if (reading === 'noise') return NO_SIGNIFICANT_CHANGE;
  if (reading === 'unjudged') return wayMoved(status);
  return directionWord(status.travel?.direction);
}
