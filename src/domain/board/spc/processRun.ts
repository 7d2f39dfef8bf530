// What a changed process means for the target. When the latest point is part of a shift or a trend
// (spcVerdict.ts' changedRun: the assurance is then "recalculate"), whether the target lies inside
// limits set before the change says nothing. What the board wants to know is where the process now
// runs. While it is still moving (the latest point in a trend: seven or more rising or falling),
// that is the latest figure, and the trend's start is when it began to move; once it has settled
// at a new level (a shift and no trend), the mean of the months since the shift began (the limits
// recalculated from that month, as NHSRplotthedots' vignette "Number of points required" advises:
// "revise the limits from the start of the long run"). The month to recalculate from is the
// verdict's either way (the shift's start when there is one). Set against the target in force at
// the precision shown, as the RAG reads it (rag.ts: green at the target).
import { decimalsFor, roundTo } from '../../format';
import type { Indicator } from '../../schema';
import type { RagStatus } from '../rag';
import type { SeriesPoint } from '../series';
import { targetInForce } from '../targets';
import { indicatorSpc } from './spcIndicator';
import type { SpcAnalysis } from './spcTypes';
import { changedRun, MIN_POINTS_FOR_ICONS, runAtLatestPoint } from './spcVerdict';

export interface ProcessRun {
  /** 'trend' while still moving; 'shift' once settled at a new level. */
  kind: 'shift' | 'trend';
  /** The month the run began: the trend's start while it moves, else the shift's. */
  since: string;
  /** The suggested month to recalculate the limits from (spcVerdict's: a shift's start first). */
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
  const trend = runAtLatestPoint(analysis, 'trend');
  const kind = trend ? 'trend' : 'shift';
  const level = trend ? analysis.points.at(-1)!.value : indicatorSpc(indicator, series, month, run.from).segments.at(-1)!.limits.mean;
  const target = indicator.polarity === 'neutral' ? undefined : targetInForce(indicator, month)?.target;
  const side = target === undefined ? undefined : against(level, target, indicator);
  const monthDiffers = (side === 'misses' && rag === 'green') || ((side === 'meets' || side === 'at') && (rag === 'red' || rag === 'amber'));
  return { kind, since: trend?.from ?? run.from, from: run.from, direction: trend?.direction ?? run.direction, level, target, against: side, monthDiffers };
}
