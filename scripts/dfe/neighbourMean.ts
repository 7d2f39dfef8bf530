// The mean of a council's statistical neighbours: over the neighbours that have a figure, saying
// how many, and never counting a joint figure that includes the council itself (its own figure
// would be inside its comparator).
import { LOW_BELOW, roundHalfUp } from './cells';
import { DEFAULT_DECIMALS } from './mapping';

export interface NeighbourMean {
  value: number | null;
  /** How many neighbours had a figure. */
  count: number;
  /** How many neighbours the group has (10). */
  of: number;
  basis: string;
}

export interface NeighbourFigure {
  name: string;
  /** A number, or missing: `reason` is "suppressed", "not available", "not published", ... */
  value: number | null;
  reason?: string;
  /** The DfE's symbol in the file for a missing figure ("c", "x"); absent when there was no row. */
  symbol?: string;
  /** Set when the figure is a joint one, e.g. "Kingston upon Thames / Richmond upon Thames". */
  jointWith?: string;
  /** The joint figure includes the council itself: never in its own neighbour mean. */
  includesCouncil?: boolean;
  /** The DfE's "low": the figure is under this (0.5). */
  below?: number;
}

/**
 * The mean over the neighbours that have a figure, rounded to `decimals`, with a basis such as
 * "mean of 9 of 10 statistical neighbours; 1 suppressed (Hackney)". Null when none has one.
 * - A "low" figure (under 0.5) counts as 0.25, the middle of what it can be: the mean is then
 *   within 0.25 / N of the true one, under the rounding of the published figures. The basis says so.
 * - A joint figure that includes the council itself is left out: the council would be inside its
 *   own comparator. The basis names it.
 * - A joint figure shared by two neighbours (North and West Northamptonshire) is counted once.
 */
export function neighbourMean(figures: readonly NeighbourFigure[], decimals = DEFAULT_DECIMALS): NeighbourMean {
  const of = figures.length;
  const used: (NeighbourFigure & { counted: number })[] = [];
  const ownJoint: NeighbourFigure[] = [];
  const sharedJoint: NeighbourFigure[] = [];
  const seenJoint = new Set<string>();
  const missingByReason = new Map<string, string[]>();
  for (const figure of figures) {
    const counted = figure.value ?? (figure.below !== undefined ? figure.below / 2 : null);
    if (counted === null) {
      const reason = figure.reason ?? 'not available';
      missingByReason.set(reason, [...(missingByReason.get(reason) ?? []), figure.name]);
    } else if (figure.includesCouncil) ownJoint.push(figure);
    else if (figure.jointWith && seenJoint.has(figure.jointWith)) sharedJoint.push(figure);
    else {
      if (figure.jointWith) seenJoint.add(figure.jointWith);
      used.push({ ...figure, counted });
    }
  }
  const count = used.length;
  const value = count ? roundHalfUp(used.reduce((sum, figure) => sum + figure.counted, 0) / count, decimals) : null;
  const parts = [count === of ? `mean of ${of} statistical neighbours` : `mean of ${count} of ${of} statistical neighbours`];
  for (const [reason, names] of missingByReason) parts.push(`${names.length} ${reason} (${names.join(', ')})`);
  if (ownJoint.length) {
    parts.push(`left out: ${ownJoint.map((figure) => `${figure.name} (joint figure ${figure.jointWith}, which includes this council)`).join(', ')}`);
  }
  if (sharedJoint.length) {
    parts.push(`counted once: ${sharedJoint.map((figure) => `${figure.name} (joint figure ${figure.jointWith})`).join(', ')}`);
  }
  const low = used.filter((figure) => figure.value === null && figure.below !== undefined);
  if (low.length) {
    parts.push(`${low.map((figure) => figure.name).join(', ')} published as under ${LOW_BELOW}, counted as ${LOW_BELOW / 2}`);
  }
  const joint = used.filter((figure) => figure.jointWith);
  if (joint.length) {
    parts.push(`joint figure used for ${joint.map((figure) => `${figure.name} (${figure.jointWith})`).join(', ')}`);
  }
  return { value, count, of, basis: parts.join('; ') };
}
