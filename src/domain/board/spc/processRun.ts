// What a changed process means for the target. When the latest point is part of a shift or a trend
// (spcVerdict.ts' changedRun: the assurance is then "recalculate"), whether the target lies inside
// limits set before the change says nothing. What the board wants to know is where the new process
// runs: for a shift, the mean of the months since it began (the limits recalculated from that
// month, as NHSRplotthedots' vignette "Number of points required" advises: "revise the limits from
// the start of the long run"); for a trend, still moving, the latest figure. Set against the
// target in force at the precision shown, as the RAG reads it (rag.ts: green at the target).
import { decimalsFor, roundTo } from '../../format';
import type { Indicator } from '../../schema';
import type { RagStatus } from '../rag';
import type { SeriesPoint } from '../series';
import { targetInForce } from '../targets';
import { indicatorSpc } from './spcIndicator';
import type { SpcAnalysis } from './spcTypes';
import { changedRun, MIN_POINTS_FOR_ICONS } from './spcVerdict';

export interface ProcessRun {
  kind: 'shift' | 'trend';
  /** The month the run began: the suggested recalculation month. */
  from: string;
  /** 1 above the old mean or rising, -1 below or falling. */
  direction: 1 | -1;
  /** Where the process now runs: the mean since `from` for a shift, the latest figure for a trend. */
  level: number;
  /** The target in force in the month; undefined when there is none (always, for a neutral indicator). */
  target: number | undefined;
  /** Where the level sits against the target ('at' is on it, which meets it); undefined with no target. */
  against: 'meets' | 'at' | 'misses' | undefined;
  /** The month's own RAG reads the other way (green in a process that misses, or the reverse). */
  monthDiffers: boolean;
}

function against(level: number, target: number, indicator: Indicator): ProcessRun['against'] {
  const shown = roundTo(level, decimalsFor(indicator));
  if (shown === target) return 'at';
  return (indicator.polarity === 'down' ? shown < target : shown > target) ? 'meets' : 'misses';
}

/**
 * The changed process at `month` (`analysis` is indicatorSpc's up to it), or undefined when it has
 * not changed or there are too few points to say (the icons' rule, spcVerdict.ts).
 */
export function processRun(indicator: Indicator, series: readonly SeriesPoint[], month: string, rag: RagStatus | undefined, analysis: SpcAnalysis): ProcessRun | undefined {
  if (analysis.pointsInBaseline < MIN_POINTS_FOR_ICONS) return undefined;
  const run = changedRun(analysis);
  if (!run) return undefined;
  const level = run.kind === 'shift' ? indicatorSpc(indicator, series, month, run.from).segments.at(-1)!.limits.mean : analysis.points.at(-1)!.value;
  const target = indicator.polarity === 'neutral' ? undefined : targetInForce(indicator, month)?.target;
  const side = target === undefined ? undefined : against(level, target, indicator);
  const monthDiffers = (side === 'misses' && rag === 'green') || ((side === 'meets' || side === 'at') && (rag === 'red' || rag === 'amber'));
  return { kind: run.kind, from: run.from, direction: run.direction, level, target, against: side, monthDiffers };
}
