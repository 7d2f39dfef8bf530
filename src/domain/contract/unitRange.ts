// A figure against its indicator's unit: percent 0 to 100 (never a fraction), never negative,
// whole for counts. The same rule for a month's value, a team's value in a breakdown, a target,
// an amber threshold, a trajectory milestone, a benchmark and a comparator's figure.
import type { JsonPath, TextPosition } from './jsonSource';
import { problemAt, type Problem } from './problems';
import type { Indicator } from '../schema';

export type Locate = (path: JsonPath) => TextPosition;

/**
 * Problems of one number for `indicator`'s unit. `subject` names the figure in the message
 * ("CP5", "CP5's target"); the default is the indicator's id.
 */
export function checkNumberForUnit(
  file: string,
  indicator: Pick<Indicator, 'id' | 'unit'>,
  value: number | null,
  path: JsonPath,
  locate: Locate,
  subject: string = indicator.id,
): Problem[] {
  if (value === null) return [];
  // Located only when there is a problem: finding a line and column costs a walk of the file.
  const at = () => ({ path, position: locate(path), found: String(value) });
  if (indicator.unit === 'percent' && (value < 0 || value > 100)) {
    return [
      problemAt(file, 'error', 'percent-out-of-range', `${subject} is a percentage outside 0 to 100`, {
        ...at(),
        expected: 'a percentage from 0 to 100 (not a fraction)',
      }),
    ];
  }
  if (value < 0) {
    return [
      problemAt(file, 'error', 'negative-value', `${subject} cannot be negative`, {
        ...at(),
        expected: `a ${indicator.unit === 'count' ? 'count' : 'number'} of 0 or more`,
      }),
    ];
  }
  if (indicator.unit === 'count' && !Number.isInteger(value)) {
    return [
      problemAt(file, 'error', 'fractional-count', `${subject} is a count, so it must be a whole number`, {
        ...at(),
        expected: 'a whole number',
      }),
    ];
  }
  return [];
}
