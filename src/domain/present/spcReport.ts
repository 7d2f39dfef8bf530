// The month view's SPC reading as the report's JSON names it (`"spc"` per indicator). The names
// are a promise to other council systems, so they are mapped here from the internal icon names
// rather than exposing those: pass / fail / hit-and-miss / recalculate, improving / concerning.
import type { VariationIcon } from '../board/spc/spcTypes';
import type { Assurance, SpcVerdict } from '../board/spc/spcVerdict';
import { MIN_POINTS_FOR_ICONS } from '../board/spc/spcVerdict';

export type ReportVariation = 'common-cause' | 'improving' | 'concerning' | 'neutral-high' | 'neutral-low';
export type ReportAssurance = 'pass' | 'fail' | 'hit-and-miss' | 'recalculate';

export interface SpcReport {
  variation: ReportVariation | null;
  assurance: ReportAssurance | null;
  /** With "recalculate": the month the shift or trend began, suggested as the new baseline. */
  recalculateFrom: string | null;
  /** Points in the latest calculation of the limits. */
  points: number;
  /** Plain words when there are too few points for the icons; null otherwise. */
  note: string | null;
}

const VARIATION: Record<VariationIcon, ReportVariation> = {
  'common-cause': 'common-cause',
  improvement: 'improving',
  concern: 'concerning',
  'neutral-high': 'neutral-high',
  'neutral-low': 'neutral-low',
};

const ASSURANCE: Record<Assurance, ReportAssurance | null> = {
  'consistently-met': 'pass',
  'consistently-missed': 'fail',
  'hit-and-miss': 'hit-and-miss',
  recalculate: 'recalculate',
  none: null,
};

/** "Too few months for the SPC icons: 5 of the 12 needed." */
export function tooFewMonthsNote(verdict: Pick<SpcVerdict, 'tooFewPoints' | 'points'>): string | undefined {
  if (!verdict.tooFewPoints) return undefined;
  return `Too few months for the SPC icons: ${verdict.points} of the ${MIN_POINTS_FOR_ICONS} needed.`;
}

export function spcReport(verdict: SpcVerdict): SpcReport {
  return {
    variation: verdict.variation ? VARIATION[verdict.variation] : null,
    assurance: ASSURANCE[verdict.assurance],
    recalculateFrom: verdict.recalculateFrom ?? null,
    points: verdict.points,
    note: tooFewMonthsNote(verdict) ?? null,
  };
}
