// Where a chart writes its target's words: once for each run of columns with the same target, at
// the run's first column ("Target 40%"), not at every column (the survey chart printed "Target
// 40%" over its bars three times, issue 27). A column without a target breaks a run.
import { formatNumber } from '../format';

/** Each column's label, or undefined where the run it belongs to is already labelled. */
export function targetRunLabels(targets: readonly (number | null)[], unitSuffix = '%'): (string | undefined)[] {
  return targets.map((target, index) => (target !== null && (index === 0 || targets[index - 1] !== target) ? `Target ${formatNumber(target, 1)}${unitSuffix}` : undefined));
}
