// "Did you mean CP5?" for an unknown id or key: the nearest known name by edit distance.

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        above + 1,
        previous[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The known name nearest to `unknown`, if it is near enough to be a plausible typo: the same
 * name in another case, or within a third of its length in edits (at least 2).
 */
export function nearest(unknown: string, known: Iterable<string>): string | undefined {
  const lower = unknown.toLowerCase();
  const allowed = Math.max(2, Math.floor(unknown.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    // Names whose lengths differ by more than the edits allowed cannot be near: skip the work.
    if (Math.abs(candidate.length - unknown.length) > Math.min(allowed, bestDistance - 1)) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Up to `count` known names nearest to `unknown`, nearest first, for "did you mean" lists. */
export function nearestMany(unknown: string, known: Iterable<string>, count: number): string[] {
  const lower = unknown.toLowerCase();
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((entry) => entry.candidate);
}
