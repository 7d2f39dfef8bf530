// Never a flood: the same problem in many files (an indicator renamed in the catalogue leaves its
// old id in every month) is listed in its first few files, then once with a count of the rest.
import { formatProblem, printable, type Problem } from './problems';

/** How many files a problem is listed in before the rest are counted instead. */
export const SHOWN_ALIKE = 3;

export interface FoldedProblems {
  /** The problems to list, in their order. */
  shown: Problem[];
  /** For each problem listed in SHOWN_ALIKE files and found in more: the files not listed. */
  folded: { first: Problem; files: string[] }[];
}

/** Problems alike but for their file and place: the same code, words, expected and found. */
const likeness = (problem: Problem) => JSON.stringify([problem.severity, problem.code, problem.message, problem.expected, problem.found, problem.suggestion]);

export function foldAlikeProblems(problems: readonly Problem[], shownAlike = SHOWN_ALIKE): FoldedProblems {
  const seen = new Map<string, { first: Problem; files: string[]; count: number }>();
  const shown: Problem[] = [];
  for (const problem of problems) {
    const key = likeness(problem);
    const group = seen.get(key) ?? { first: problem, files: [], count: 0 };
    seen.set(key, group);
    group.count += 1;
    if (group.count <= shownAlike) shown.push(problem);
    else group.files.push(problem.file);
  }
  return { shown, folded: [...seen.values()].filter((group) => group.files.length > 0).map(({ first, files }) => ({ first, files })) };
}

/** "the same in 57 more files: snapshots/2018-04.json to snapshots/2023-01.json" */
export function describeFold(fold: FoldedProblems['folded'][number]): string {
  const files = [...fold.files].sort();
  const range = files.length === 1 ? files[0] : `${files[0]} to ${files[files.length - 1]}`;
  return `the same ${fold.first.severity} in ${files.length} more file${files.length === 1 ? '' : 's'}: ${range}`;
}

/**
 * The lines the command line, the build and publish-data print for a folder's problems: each
 * compiler style, a problem alike in many files listed in its first files and then counted in a
 * `note:` line, never a flood.
 */
export function problemLines(problems: readonly Problem[], shown: string): { line: string; severity: Problem['severity'] }[] {
  const { shown: listed, folded } = foldAlikeProblems(problems);
  return [
    ...listed.map((problem) => ({ line: formatProblem(problem, shown), severity: problem.severity })),
    ...folded.map((fold) => ({
      line: `${printable(`${shown}/${[...fold.files].sort()[0]}`)}: note: ${printable(describeFold(fold))} (${printable(fold.first.message)})`,
      severity: fold.first.severity,
    })),
  ];
}
