// The signals one card (an Overview card, a Targets row, a pack page) shows about an indicator in
// a month, each read as good (+1) or bad (-1) for the board. Two that point different ways (green
// but "will miss target"; red but improving) are a contradiction the card must explain in words
// (present/reconcile.ts). What counts as a signal, and which way it points:
//   RAG            green +1, red -1 (amber and no RAG are neither)
//   assurance      will meet target +1, will miss target -1 (hit and miss, recalculate: neither)
//   variation      special cause improving +1, concerning -1 (common cause, neutral: neither)
//   England        better +1, worse -1 (comparison.ts's rule)
// The month's move is not a signal of its own: a card calls it a change only when the variation
// icon says so (moveReading below), so it can never point another way from that icon.
import type { Direction } from './direction';
import type { VariationIcon } from './spc/spcTypes';
import type { IndicatorStatus } from './status';

export type SignalAxis = 'rag' | 'assurance' | 'variation' | 'england';
export type Leaning = 1 | -1;

export interface CardSignal {
  axis: SignalAxis;
  leaning: Leaning;
}

/**
 * How a card reads the month's move, the one direction it shows:
 *   none      no earlier figure (or no figure) to compare with
 *   same      the same at the precision shown
 *   unjudged  it moved, but there are too few months for the SPC to tell a change from noise
 *   noise     it moved inside common-cause variation: no significant change
 *   change    it moved, and the latest point is a special cause on the side it moved to
 * Making Data Count asks boards not to read two-point comparisons as change (summary.ts): a move is
 * a change only when the SPC signals it, so a dip inside an improving process is noise, not
 * "worsened", and the card never shows a good or bad direction the variation icon does not.
 */
export type MoveReading = 'none' | 'same' | 'unjudged' | 'noise' | 'change';

/** The variation icon that makes each move a change. */
const SIGNALLED_BY: Record<Exclude<Direction, 'no-change'>, VariationIcon> = {
  improved: 'improvement',
  worsened: 'concern',
  up: 'neutral-high',
  down: 'neutral-low',
};

export function moveReading(status: Pick<IndicatorStatus, 'travel' | 'spc'>): MoveReading {
  const direction = status.travel?.direction;
  if (!direction) return 'none';
  if (direction === 'no-change') return 'same';
  const variation = status.spc.variation;
  if (!variation) return 'unjudged';
  return SIGNALLED_BY[direction] === variation ? 'change' : 'noise';
}

export function cardSignals(status: IndicatorStatus): CardSignal[] {
  const signals: CardSignal[] = [];
  const add = (axis: SignalAxis, leaning: Leaning | 0) => {
    if (leaning !== 0) signals.push({ axis, leaning });
  };
  add('rag', status.rag === 'green' ? 1 : status.rag === 'red' ? -1 : 0);
  add('assurance', status.assurance === 'consistently-met' ? 1 : status.assurance === 'consistently-missed' ? -1 : 0);
  add('variation', status.variation === 'improvement' ? 1 : status.variation === 'concern' ? -1 : 0);
  add('england', status.vsEngland === 'better' ? 1 : status.vsEngland === 'worse' ? -1 : 0);
  return signals;
}

export interface Contradiction {
  good: SignalAxis;
  bad: SignalAxis;
}

/** Every pair of signals on the card that point different ways, good first, in axis order. */
export function contradictions(status: IndicatorStatus): Contradiction[] {
  const signals = cardSignals(status);
  const good = signals.filter((signal) => signal.leaning === 1);
  const bad = signals.filter((signal) => signal.leaning === -1);
  return good.flatMap((g) => bad.map((b) => ({ good: g.axis, bad: b.axis })));
}

/**
 * Which contradictions the card shows at once, beside its status and direction: only RAG against
 * variation, and only when the direction is a change (then it says what the variation icon says).
 * The rest sit with the icons and England, one tap away.
 */
export function inPlainSight(status: IndicatorStatus, pair: Contradiction): boolean {
  const axes = [pair.good, pair.bad];
  return moveReading(status) === 'change' && axes.includes('rag') && axes.includes('variation');
}
