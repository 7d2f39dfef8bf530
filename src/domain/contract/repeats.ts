// A month that repeats the month before: last month's file saved again under a new name, or a
// month prepared from last month's (Prepare a month starts from it) where what was not touched is
// published as this month's. Warnings (the file is used: a figure can truly stay the same), one for
// each kind of thing repeated, each at the field it is about:
//   - the figures: every figure this month shares with the month before is the same (at least two,
//     and at least half of this month's), however the entries are counted: a template's extra row,
//     an indicator left empty or added, does not hide a copy;
//   - the commentary, word for word (with the narratives that are carried over with it);
//   - the breakdowns (by team or service) of the indicators listed, when the figures themselves changed.
import { formatMonthLong } from '../months';
import { problemAt, type Problem } from './problems';
import type { SnapshotFile } from './fractionChecks';
import type { Snapshot, ValueObject } from '../schema';
import { normaliseValue } from '../valueEntry';

/** A figure with its numerator and denominator, for comparing two months. */
const figure = (entry: ValueObject) => `${entry.value}|${entry.numerator ?? ''}|${entry.denominator ?? ''}`;

const entries = (snapshot: Snapshot) => Object.entries(snapshot.values).flatMap(([id, raw]) => {
  const entry = normaliseValue(raw);
  return entry ? [[id, entry] as const] : [];
});

/** The figures both months give (not null), and whether each is the same. */
function sharedFigures(previous: Snapshot, current: Snapshot): { shared: number; same: number; given: number } {
  const before = new Map(entries(previous));
  let shared = 0;
  let same = 0;
  let given = 0;
  for (const [id, entry] of entries(current)) {
    if (entry.value === null) continue;
    given++;
    const old = before.get(id);
    if (!old || old.value === null) continue;
    shared++;
    if (figure(old) === figure(entry)) same++;
  }
  return { shared, same, given };
}

const story = (entry: ValueObject | undefined) => {
  const narrative = entry?.narrative;
  // The owner alone stays from month to month; the three answers should not.
  const words = [narrative?.whatItShows, narrative?.why, narrative?.whatWeAreDoing].map((text) => text?.trim() ?? '');
  return words.some(Boolean) ? JSON.stringify(words) : undefined;
};

const teams = (entry: ValueObject | undefined) => {
  const numbers = Object.entries(entry?.breakdown ?? {}).filter(([, value]) => value !== null);
  return numbers.length >= 2 ? JSON.stringify(numbers.sort(([a], [b]) => (a < b ? -1 : 1))) : undefined;
};

const list = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);

export function repeatedMonthWarnings(previous: SnapshotFile, current: SnapshotFile): Problem[] {
  const before = previous.snapshot;
  const now = current.snapshot;
  const { file, locate } = current;
  const was = formatMonthLong(before.month);
  const problems: Problem[] = [];
  const { shared, same, given } = sharedFigures(before, now);
  const figuresRepeat = shared >= 2 && same === shared && shared * 2 >= given;
  if (figuresRepeat) {
    problems.push(problemAt(file, 'warning', 'repeated-month', `Every figure for ${now.month} is the same as for ${before.month}`, {
      path: ['values'], position: locate(['values']),
      expected: `this month's own figures (not a copy of ${previous.file})`,
      found: shared === given ? `the same ${shared} values` : `the same ${shared} values in the figures both months give (${given - shared} more this month)`,
    }));
  }
  const previousEntries = new Map(entries(before));
  const nowEntries = entries(now);
  const commentary = now.commentary?.trim();
  if (commentary && commentary === before.commentary?.trim()) {
    // A narrative alone may rightly stay the same while the situation does (the sample data's do
    // for months on end); carried over with the commentary, it is part of a month copied.
    const sameStory = nowEntries.filter(([id, entry]) => story(entry) !== undefined && story(entry) === story(previousEntries.get(id))).map(([id]) => id);
    problems.push(problemAt(file, 'warning', 'repeated-month', `The commentary for ${now.month} is word for word the commentary for ${before.month}${sameStory.length ? `, and so are the narratives of ${list(sameStory)}` : ''}`, {
      path: ['commentary'], position: locate(['commentary']),
      expected: `this month's commentary`, found: `${was}'s commentary again`,
    }));
  }
  if (!figuresRepeat) {
    const sameTeams = nowEntries.filter(([id, entry]) => teams(entry) !== undefined && teams(entry) === teams(previousEntries.get(id))).map(([id]) => id);
    if (sameTeams.length > 0) {
      const path = ['values', sameTeams[0]!, 'breakdown'];
      problems.push(problemAt(file, 'warning', 'repeated-month', `The breakdown of ${list(sameTeams)} for ${now.month} is the same as for ${before.month}`, {
        path, position: locate(path), expected: `this month's figure for each team or service`, found: `${was}'s breakdown again for ${sameTeams.length === 1 ? 'this indicator' : `${sameTeams.length} indicators`}`,
      }));
    }
  }
  return problems;
}
