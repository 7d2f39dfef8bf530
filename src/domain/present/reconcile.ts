// When two signals on one card point different ways (board/cardSignals.ts), the card says why in
// words: one sentence a pair, "Green but worse than England: our target of 25% is less demanding
// than England’s figure of 16.5% (at 30 Sep 2018)." Shown on the Overview card, the Targets row
// and the meeting pack, so that a board taught to read the icons is never left with two answers.
import { contradictions, inPlainSight, type Contradiction, type SignalAxis } from '../board/cardSignals';
import type { IndicatorStatus } from '../board/status';
import { formatValue } from '../format';

const GOOD: Record<SignalAxis, string> = {
  rag: 'green',
  assurance: '“will meet target”',
  variation: 'improving',
  england: 'better than England',
};

const BAD: Record<SignalAxis, string> = {
  rag: 'red',
  assurance: '“will miss target”',
  variation: 'concerning',
  england: 'worse than England',
};

interface Figures {
  target: string;
  england: string;
}

const WRONG_WAY = 'it has moved the wrong way by more than chance';
const RIGHT_WAY = 'it is improving by more than chance';

/** Why the two can both be true, for each good-and-bad pair of signals. */
const WHY: Record<`${SignalAxis}>${SignalAxis}`, (f: Figures) => string> = {
  'rag>assurance': (f) => `this month met the target of ${f.target}, but the process limits, worked out over earlier months, say it will usually be missed; one month on target is not yet a process that meets it`,
  'rag>variation': (f) => `it still meets the target of ${f.target}, but ${WRONG_WAY}`,
  'rag>england': (f) => `our target of ${f.target} is less demanding than England’s figure of ${f.england}`,
  'assurance>rag': (f) => `the process limits say the target of ${f.target} will usually be met, but this month missed it: an unusually poor month for this process`,
  'assurance>variation': () => `the limits still say the target will be met, but the latest point is a concerning signal: watch whether the process is changing`,
  'assurance>england': (f) => `the process meets our target of ${f.target}, which is less demanding than England’s figure of ${f.england}`,
  'variation>rag': (f) => `${RIGHT_WAY} but has not yet reached the target of ${f.target}`,
  'variation>assurance': () => `the latest point is an improving signal, but the limits were worked out over earlier months and still say the target will be missed`,
  'variation>england': (f) => `${RIGHT_WAY} but has not yet caught up with England (${f.england})`,
  'england>rag': (f) => `our target of ${f.target} is more demanding than England’s figure of ${f.england}`,
  'england>assurance': (f) => `it is better than England (${f.england}), but our target of ${f.target} is more demanding, and the process will usually miss it`,
  'england>variation': (f) => `it is still better than England (${f.england}), but ${WRONG_WAY}`,
  // A signal never contradicts itself.
  'rag>rag': () => '',
  'assurance>assurance': () => '',
  'variation>variation': () => '',
  'england>england': () => '',
};

export interface Reconciliation extends Contradiction {
  sentence: string;
  /** Shown beside the card's status and direction (cardSignals.ts' inPlainSight), not one tap away. */
  plain: boolean;
}

function figuresOf(status: IndicatorStatus): Figures {
  const { indicator } = status;
  return {
    target: status.threshold ? formatValue(status.threshold.target, indicator) : 'none',
    england: status.england ? `${formatValue(status.england.value, indicator)}, ${status.england.period}` : 'none',
  };
}

/** One sentence for each pair of signals on the card that point different ways. */
export function reconcile(status: IndicatorStatus): Reconciliation[] {
  const figures = figuresOf(status);
  return contradictions(status).map((pair) => {
    const label = `${GOOD[pair.good]} but ${BAD[pair.bad]}`;
    const why = WHY[`${pair.good}>${pair.bad}`](figures);
    return { ...pair, sentence: `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${why}.`, plain: inPlainSight(status, pair) };
  });
}

/**
 * The card's reconciling words, or undefined when its signals agree: all of them, or only those
 * shown beside the status and direction (`plain` true) or one tap away (`plain` false).
 */
export function reconcilingSentence(status: IndicatorStatus, plain?: boolean): string | undefined {
  const sentences = reconcile(status)
    .filter((entry) => plain === undefined || entry.plain === plain)
    .map((entry) => entry.sentence);
  return sentences.length ? sentences.join(' ') : undefined;
}
