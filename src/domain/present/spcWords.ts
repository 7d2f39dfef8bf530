// The words for the SPC icons (Making Data Count's variation and assurance, board/spcVerdict.ts),
// short for a badge and long for its title and the tables, used wherever they show.
import type { VariationIcon } from '../board/spc/spcTypes';
import type { Assurance } from '../board/spc/spcVerdict';

export const VARIATION_WORDS: Record<VariationIcon, { short: string; long: string }> = {
  'common-cause': { short: 'Common cause', long: 'Common cause variation: no significant change' },
  improvement: { short: 'Improving', long: 'Special cause variation: improving' },
  concern: { short: 'Concerning', long: 'Special cause variation: concerning' },
  'neutral-high': { short: 'Higher', long: 'Special cause variation: unusually high (neither good nor bad)' },
  'neutral-low': { short: 'Lower', long: 'Special cause variation: unusually low (neither good nor bad)' },
};

export const ASSURANCE_WORDS: Record<Assurance, { short: string; long: string }> = {
  'consistently-met': { short: 'Will meet target', long: 'Assurance: the target will consistently be met (it lies outside the process limits on the good side)' },
  'consistently-missed': { short: 'Will miss target', long: 'Assurance: the target will consistently be missed (it lies outside the process limits on the bad side)' },
  'hit-and-miss': { short: 'Hit and miss', long: 'Assurance: the target lies between the process limits, so it will be hit and missed at random' },
  recalculate: {
    short: 'Process changed',
    long: 'No assurance from the old limits: the latest point is part of a shift or trend, so the process has changed since the limits were set; read the target against limits recalculated from the month the change began (the SPC view shows them)',
  },
  none: { short: 'No assurance', long: 'No target to assure against' },
};
