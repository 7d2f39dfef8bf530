// The signals one card (an Overview card, a Targets row, a pack page) shows about an indicator in
// a month, each read as good (+1) or bad (-1) for the board. Two that point different ways (green
// but "will miss target"; red but improving) are a contradiction the card must explain in words
// (present/reconcile.ts). What counts as a signal, and which way it points:
//   RAG            green +1, red -1 (amber and no RAG are neither)
//   assurance      will meet target +1, will miss target -1 (hit and miss, recalculate: neither)
//   variation      special cause improving +1, concerning -1 (common cause, neutral: neither)
//   change         improved +1, worsened -1 since the previous month, but only when it is not
//                  "stable": a move inside common-cause variation points nowhere (summary.ts)
//   England        better +1, worse -1 (comparison.ts's rule)
import type { IndicatorStatus } from './status';

export type SignalAxis = 'rag' | 'assurance' | 'variation' | 'change' | 'england';
export type Leaning = 1 | -1;

export interface CardSignal {
  axis: SignalAxis;
  leaning: Leaning;
}

/** True when the month's move is inside common-cause variation: "stable", not a change. */
export function isStableMove(status: Pick<IndicatorStatus, 'travel' | 'spc'>): boolean {
  const direction = status.travel?.direction;
  return (direction === 'improved' || direction === 'worsened') && status.spc.variation === 'common-cause';
}

export function cardSignals(status: IndicatorStatus): CardSignal[] {
  const signals: CardSignal[] = [];
  const add = (axis: SignalAxis, leaning: Leaning | 0) => {
    if (leaning !== 0) signals.push({ axis, leaning });
  };
  add('rag', status.rag === 'green' ? 1 : status.rag === 'red' ? -1 : 0);
  add('assurance', status.assurance === 'consistently-met' ? 1 : status.assurance === 'consistently-missed' ? -1 : 0);
  add('variation', status.variation === 'improvement' ? 1 : status.variation === 'concern' ? -1 : 0);
  const direction = status.travel?.direction;
  if (!isStableMove(status)) add('change', direction === 'improved' ? 1 : direction === 'worsened' ? -1 : 0);
  add('england', status.vsEngland === 'better' ? 1 : status.vsEngland === 'worse' ? -1 : 0);
  return signals;
}

export interface Contradiction {
  good: SignalAxis;
  bad: SignalAxis;
}

/**
 * Every pair of signals on the card that point different ways, good first, in axis order. Once
 * there are enough points for a variation icon, it is the card's reading of movement (it reads the
 * process, not two points), so the month's change is set only against the variation icon, not
 * against the RAG, assurance or England: "green but worsened" then says nothing the icon does not.
 */
export function contradictions(status: IndicatorStatus): Contradiction[] {
  const signals = cardSignals(status);
  const good = signals.filter((signal) => signal.leaning === 1);
  const bad = signals.filter((signal) => signal.leaning === -1);
  const read = status.spc.variation !== undefined;
  const counts = (a: SignalAxis, b: SignalAxis) => !read || (a !== 'change' && b !== 'change') || a === 'variation' || b === 'variation';
  return good.flatMap((g) => bad.filter((b) => counts(g.axis, b.axis)).map((b) => ({ good: g.axis, bad: b.axis })));
}
