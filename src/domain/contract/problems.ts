// A problem found in the data folder: an error (the file is not used) or a warning (it is).
// Every problem names the file, the place in it and what was expected and found, so that an
// officer can put it right without asking anyone.
import { formatJsonPath, type JsonPath } from './jsonSource';

export type Severity = 'error' | 'warning';

export type ProblemCode =
  // reading the file
  | 'missing-file'
  | 'fetch-failed'
  | 'too-large'
  | 'not-utf8'
  | 'empty-file'
  | 'too-deep'
  | 'invalid-json'
  | 'byte-order-mark'
  | 'duplicate-key'
  // the shape of the file
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-key'
  | 'invalid-value'
  | 'out-of-range'
  // the meaning of the file
  | 'bad-file-name'
  | 'month-mismatch'
  | 'duplicate-month'
  | 'duplicate-id'
  | 'unknown-indicator'
  | 'unknown-workstream'
  // the plan's own fields (planChecks.ts)
  | 'trajectory-order'
  | 'aggregate-unit'
  | 'action-date'
  | 'action-plan-counts'
  | 'percent-out-of-range'
  | 'negative-value'
  | 'fractional-count'
  | 'numerator-mismatch'
  | 'survey-counts'
  | 'target-conflict'
  | 'event-order'
  // warnings
  | 'missing-month'
  | 'priority-no-value'
  | 'percent-fractions'
  | 'future-month'
  | 'stale-provisional'
  | 'threshold-order';

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Path within the data folder, e.g. `snapshots/2017-11.json`. */
  file: string;
  path?: JsonPath;
  line?: number;
  column?: number;
  message: string;
  expected?: string;
  found?: string;
  suggestion?: string;
}

/** The problem as one sentence, without the file: what the Data page shows. */
export function describeProblem(problem: Problem): string {
  let text = problem.message;
  if (problem.path && problem.path.length > 0) text += ` at ${formatJsonPath(problem.path)}`;
  const parts: string[] = [];
  if (problem.expected !== undefined) parts.push(`expected ${problem.expected}`);
  if (problem.found !== undefined) parts.push(`found ${problem.found}`);
  if (parts.length > 0) text += `: ${parts.join(', ')}`;
  if (problem.suggestion !== undefined) text += `. Did you mean ${problem.suggestion}?`;
  return text;
}

/** Compiler style, one line: `data/snapshots/2017-11.json:12:5: error: ...` */
export function formatProblem(problem: Problem, folder = ''): string {
  const prefix = folder ? `${folder.replace(/\/+$/, '')}/` : '';
  const where = `${prefix}${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}`;
  return `${where}: ${problem.severity}: ${describeProblem(problem)}`;
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

export function summariseProblems(problems: readonly Problem[], fileCount: number): string {
  const { errors, warnings } = countProblems(problems);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(fileCount, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

/** A value as an officer would recognise it in their file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}
