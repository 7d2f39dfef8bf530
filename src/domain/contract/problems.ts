// A problem found in the data folder: an error (the file is not used) or a warning (it is).
// Every problem names the file, the place in it and what was expected and found, so that an
// officer can put it right without asking anyone.
import { formatJsonPath, type JsonPath, type TextPosition } from './jsonSource';

export type Severity = 'error' | 'warning';

export type ProblemCode =
  // reading the file
  | 'missing-file'
  | 'fetch-failed'
  | 'too-large'
  | 'not-utf8'
  | 'not-text'
  | 'empty-file'
  | 'too-deep'
  | 'invalid-json'
  | 'byte-order-mark'
  | 'duplicate-key'
  | 'unreadable-file'
  | 'link-outside-folder'
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
  | 'source-unit'
  // the plan's own fields (planChecks.ts)
  | 'trajectory-order'
  | 'aggregate-unit'
  | 'action-plan-counts'
  | 'percent-out-of-range'
  | 'negative-value'
  | 'fractional-count'
  | 'numerator-mismatch'
  | 'percent-as-fraction'
  | 'survey-counts'
  | 'target-conflict'
  | 'event-order'
  | 'impossible-date'
  | 'year-out-of-range'
  | 'duplicate-target-month'
  | 'empty-name'
  | 'action-counts'
  | 'empty-catalogue'
  // warnings
  | 'missing-month'
  | 'priority-no-value'
  | 'percent-fractions'
  | 'future-month'
  | 'stale-provisional'
  | 'threshold-order'
  | 'unread-file'
  | 'out-of-line'
  | 'implausible-figure'
  | 'repeated-month'
  | 'numerator-on-count'
  | 'numerator-disagrees'
  | 'numerator-without-denominator'
  | 'target-on-neutral'
  | 'target-as-fraction'
  | 'duplicate-benchmark'
  | 'responses-total'
  | 'spc-settings'
  | 'latest-month-incomplete'
  | 'percent-sign'
  | 'workbook-sheet';

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Path within the data folder, e.g. `snapshots/2017-11.json`. */
  file: string;
  /** For machines (the JSON report, the form's fields): `['values', 'CP5', 'value']`. */
  path?: JsonPath;
  /** For people: the same place in words, "ICPC timeliness (CP5) in April 2019" (placeWords.ts). */
  place?: string;
  line?: number;
  column?: number;
  message: string;
  expected?: string;
  found?: string;
  suggestion?: string;
}

/** A problem of `file`, at a place in it (a path and its line and column). */
export function problemAt(
  file: string,
  severity: Severity,
  code: ProblemCode,
  message: string,
  details: Partial<Problem> & { position?: TextPosition } = {},
): Problem {
  const { position, ...rest } = details;
  return {
    severity,
    code,
    file,
    message,
    ...rest,
    line: position?.line ?? rest.line,
    column: position?.column ?? rest.column,
  };
}

export const TOP_OF_FILE: TextPosition = { line: 1, column: 1 };

/** `"CP5"`, or undefined when there is no suggestion. */
export function quoteOrUndefined(name: string | undefined): string | undefined {
  return name === undefined ? undefined : `"${name}"`;
}

/** Characters an officer cannot see, by the names they would look up. */
const INVISIBLE: Record<string, string> = {
  '\u0000': 'NUL',
  '\t': 'tab',
  '\n': 'line break',
  '\r': 'carriage return',
  '\u001b': 'escape',
  '\u0085': 'next line',
  '\u00a0': 'no-break space',
  '\u00ad': 'soft hyphen',
  '\u180e': 'Mongolian vowel separator',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u202f': 'narrow no-break space',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero-width no-break space (byte-order mark)',
};

/**
 * Text safe to print on a terminal or a page, with nothing hidden: a character an officer cannot
 * see (a zero-width space, a right-to-left override that would reverse the line, a no-break space
 * that makes "CP5 " differ from "CP5", a control character) is shown by name, `[zero-width space]`,
 * so a message never carries it raw and the officer can find it in their file.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u180e\u200b-\u200f\u2028-\u202f\u2060-\u2064\u2066-\u2069\ufeff]/g, (char) => {
    const code = char.charCodeAt(0);
    const kind = code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'control character' : 'invisible character';
    const name = INVISIBLE[char] ?? `${kind} U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `[${name}]`;
  });
}

/** The problem as one sentence, without the file: what the Data page shows. */
export function describeProblem(problem: Problem): string {
  return printable(describeRaw(problem));
}

function describeRaw(problem: Problem): string {
  let text = problem.message;
  // The place in words where the checks could name it; a JSON path only where they could not.
  if (problem.place) text += ` (${problem.place})`;
  else if (problem.path && problem.path.length > 0) text += ` at ${formatJsonPath(problem.path)}`;
  const parts: string[] = [];
  if (problem.expected !== undefined) parts.push(`expected ${problem.expected}`);
  if (problem.found !== undefined) parts.push(`found ${problem.found}`);
  if (parts.length > 0) text += `: ${parts.join(', ')}`;
  // A suggestion is a name ("CP5", 43) or an action in words ("renaming it to ...").
  if (problem.suggestion !== undefined) text += /^[a-z]/.test(problem.suggestion) ? `. Try ${problem.suggestion}.` : `. Did you mean ${problem.suggestion}?`;
  return text;
}

/** Compiler style, one line: `data/snapshots/2017-11.json:12:5: error: ...` */
export function formatProblem(problem: Problem, folder = ''): string {
  const prefix = folder ? `${folder.replace(/\/+$/, '')}/` : '';
  const where = `${prefix}${printable(problem.file)}:${problem.line ?? 1}:${problem.column ?? 1}`;
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
