// What the board may read from the SPC analysis of one indicator in one month. analyseSpc (spc.ts)
// follows NHSRplotthedots exactly and is not changed; this file adds the two rules that keep its
// icons honest on a board paper. Source for both: NHSRplotthedots' vignette "Number of points
// required" (vignettes/number-of-points-required.Rmd) and its short-group warning
// (R/ptd_add_short_group_warnings.R, "Some groups have 'n < 12' observations. These have trial
// limits ...").
//
// 1. Enough points. Limits from fewer than 12 points are "trial limits", "useful rather than
//    robust", revised with every new point. A board icon read from trial limits changes its mind
//    month to month, so with fewer than 12 points in the latest calculation neither icon is shown
//    (variation nor assurance: the variation icon reads the same limits) and the card says "too
//    few months". 12 is the reference's threshold; Making Data Count asks for 15 or more where
//    possible, so 12 is the least, not the ideal.
// 2. Assurance only for a stable process. The vignette: once locked, limits stand "until such time
//    as a signal of special cause variation occurs - for example, a long run above or below the
//    mean. At this point ... we might decide to revise the limits from the start of the long run."
//    So when the latest point belongs to a shift (7 on one side of the mean) or a trend (7 rising
//    or falling), the process has changed since the limits were set, and whether the target sits
//    inside them says nothing: the assurance is "recalculate", with the month the run began as
//    the suggested recalculation month (indicators.json's spc.recalculateFrom, the reference's
//    rebase). A single point beyond a limit, or two of three near it, is not a sustained change:
//    the assurance stands.
import type { Polarity } from '../../schema';
import { FEW_POINTS_THRESHOLD, type AssuranceIcon, type SpcAnalysis, type SpcRun, type VariationIcon } from './spcTypes';
import { shiftRuns, sidesOfMean, trendRuns } from './spcRules';

/** Points the latest calculation needs before either icon is shown (see 1 above). */
export const MIN_POINTS_FOR_ICONS = FEW_POINTS_THRESHOLD;

/** The reference's assurance icons, plus "the process changed: recalculate the limits". */
export type Assurance = AssuranceIcon | 'recalculate';

export interface SpcVerdict {
  /** The latest point's variation icon; undefined with too few points (or none). */
  variation: VariationIcon | undefined;
  /** 'none' when there is no target, too few points, or no points. */
  assurance: Assurance;
  /** With 'recalculate': the month the shift or trend began, suggested as the new baseline. */
  recalculateFrom: string | undefined;
  /** Which run triggered 'recalculate'. */
  changedBy: 'shift' | 'trend' | undefined;
  /** The latest point's signal in words ("Special cause – concerning: ..."); undefined with no icon. */
  signal: string | undefined;
  /** Points in the latest calculation. */
  points: number;
  /** True when there are too few points for the icons. */
  tooFewPoints: boolean;
}

/**
 * The run of the given kind that the latest point of the latest segment belongs to, if any. Uses
 * the same run rules as the point signals (shiftRuns, trendRuns), over the same segment.
 */
export function runAtLatestPoint(analysis: Pick<SpcAnalysis, 'points'>, kind: 'shift' | 'trend'): { from: string; length: number; direction: 1 | -1 } | undefined {
  const latest = analysis.points.at(-1);
  if (!latest || !latest.signals.includes(kind)) return undefined;
  const segment = analysis.points.filter((point) => point.segment === latest.segment);
  const values = segment.map((point) => point.value);
  const runs: SpcRun[] = kind === 'shift' ? shiftRuns(sidesOfMean(values, latest.mean)) : trendRuns(values);
  const last = segment.length - 1;
  const run = runs.filter((candidate) => candidate.end === last).sort((a, b) => a.start - b.start)[0];
  if (!run) return undefined;
  return { from: segment[run.start]!.month, length: run.end - run.start + 1, direction: run.direction };
}

/**
 * The run that says the process has changed at the latest point: a shift, else a trend (see
 * spcVerdict below for why a shift first). `direction` 1 above the mean or rising, -1 below or falling.
 */
export function changedRun(analysis: Pick<SpcAnalysis, 'points'>): { kind: 'shift' | 'trend'; from: string; direction: 1 | -1 } | undefined {
  for (const kind of ['shift', 'trend'] as const) {
    const run = runAtLatestPoint(analysis, kind);
    if (run) return { kind, from: run.from, direction: run.direction };
  }
  return undefined;
}

/**
 * The board's reading of an analysis: too few points, no icons; a changed process (latest point
 * in a shift, else a trend), 'recalculate' instead of pass, fail or hit and miss. A shift is
 * preferred to a trend because its start is where the new level began; a trend's start is still
 * on the old level.
 */
export function spcVerdict(analysis: SpcAnalysis, polarity: Polarity): SpcVerdict {
  const points = analysis.pointsInBaseline;
  const base = { recalculateFrom: undefined, changedBy: undefined, points, signal: analysis.points.at(-1)?.signalText };
  if (analysis.points.length === 0 || points < MIN_POINTS_FOR_ICONS) {
    return { ...base, signal: undefined, variation: undefined, assurance: 'none', tooFewPoints: true };
  }
  const variation = analysis.variation;
  if (analysis.assurance === 'none' || polarity === 'neutral') return { ...base, variation, assurance: 'none', tooFewPoints: false };
  const run = changedRun(analysis);
  if (run) return { ...base, variation, assurance: 'recalculate', recalculateFrom: run.from, changedBy: run.kind, tooFewPoints: false };
  return { ...base, variation, assurance: analysis.assurance, tooFewPoints: false };
}
