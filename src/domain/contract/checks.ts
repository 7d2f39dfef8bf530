// Every check of shared/data-contract.md, as pure functions. The command line (scripts/checkData),
// the build (the Vite plugin) and the browser (src/data) all call readDataFile for each file and
// checkDataset over the lot, so the three places agree by construction.
import type * as z from 'zod/mini';
import {
  decodeBytes,
  parseJson,
  type JsonPath,
  type ParsedJson,
  type TextPosition,
} from './jsonSource';
import { currentMonth, isMonth, missingMonths, monthsBetween } from '../months';
import { describeFound, type Problem, type ProblemCode, type Severity } from './problems';
import {
  fileSchemas,
  normaliseValue,
  type ComparatorsFile,
  type DashboardEvent,
  type FileKind,
  type Indicator,
  type IndicatorsFile,
  type Site,
  type Snapshot,
  type Workstream,
} from '../schema';
import { nearest } from './suggest';
import { checkCataloguePlan, checkSnapshotPlan } from './planChecks';

// ---------------------------------------------------------------- file kinds

const SNAPSHOT_NAME = /^snapshots\/(\d{4}-(0[1-9]|1[0-2]))\.json$/;

/** Which contract file a path in the data folder is, or undefined for files the app ignores. */
export function kindOfFile(file: string): FileKind | undefined {
  switch (file) {
    case 'site.json':
      return 'site';
    case 'indicators.json':
      return 'indicators';
    case 'workstreams.json':
      return 'workstreams';
    case 'events.json':
      return 'events';
    case 'comparators.json':
      return 'comparators';
    default:
      return /^snapshots\/[^/]+\.json$/i.test(file) ? 'snapshot' : undefined;
  }
}

/** The month a snapshot's file name promises, if it is named `YYYY-MM.json`. */
export function monthOfFileName(file: string): string | undefined {
  return SNAPSHOT_NAME.exec(file)?.[1];
}

export const REQUIRED_FILES = ['site.json', 'indicators.json', 'workstreams.json'] as const;

// ---------------------------------------------------------------- reading one file

export interface FileData {
  site: Site;
  indicators: IndicatorsFile;
  workstreams: { workstreams: Workstream[] };
  events: { events: DashboardEvent[] };
  snapshot: Snapshot;
  comparators: ComparatorsFile;
}

export interface ReadFile {
  file: string;
  kind: FileKind;
  /** The file's content when it has the contract's shape; errors found later may still reject it. */
  data?: FileData[FileKind];
  problems: Problem[];
  locate: (path: JsonPath) => TextPosition;
}

const topOfFile = (): TextPosition => ({ line: 1, column: 1 });

function problemAt(
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

/** Read one file of the data folder: decode, parse, and check its shape against the contract. */
export function readDataFile(file: string, content: Uint8Array | string): ReadFile {
  const kind = kindOfFile(file);
  if (!kind) throw new Error(`Not a data file of the contract: ${file}`);
  const result: ReadFile = { file, kind, problems: [], locate: topOfFile };
  const fail = (code: ProblemCode, message: string, details: Partial<Problem> & { position?: TextPosition } = {}) => {
    result.problems.push(problemAt(file, 'error', code, message, { position: { line: 1, column: 1 }, ...details }));
    return result;
  };

  let text: string;
  if (typeof content === 'string') {
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    if (text !== content) {
      result.problems.push(byteOrderMarkWarning(file));
    }
    if (text.trim() === '') return fail('empty-file', 'The file is empty', { expected: 'JSON', found: 'an empty file' });
  } else {
    const decoded = decodeBytes(content);
    if (!decoded.ok) {
      const code: ProblemCode =
        decoded.reason === 'too-large' ? 'too-large' : decoded.reason === 'empty' ? 'empty-file' : 'not-utf8';
      const message =
        decoded.reason === 'too-large'
          ? 'The file is too large to be a data file'
          : decoded.reason === 'empty'
            ? 'The file is empty'
            : 'The file is not UTF-8 text';
      return fail(code, message, { expected: decoded.reason === 'too-large' ? 'at most 5 MB' : 'UTF-8 JSON', found: decoded.detail });
    }
    text = decoded.text;
    if (decoded.hadByteOrderMark) result.problems.push(byteOrderMarkWarning(file));
  }

  if (kind === 'snapshot' && !monthOfFileName(file)) {
    result.problems.push(
      problemAt(file, 'error', 'bad-file-name', 'A snapshot must be named after its month', {
        expected: 'a name like snapshots/2017-11.json',
        found: JSON.stringify(file.slice('snapshots/'.length)),
        position: { line: 1, column: 1 },
      }),
    );
  }

  const parsed = parseJson(text);
  if (!parsed.ok) {
    const code: ProblemCode = parsed.message.startsWith('nesting') ? 'too-deep' : 'invalid-json';
    return fail(code, code === 'too-deep' ? 'The file is nested too deeply' : 'Invalid JSON', {
      expected: code === 'too-deep' ? `at most 32 levels` : parsed.message.replace(/^expected /, ''),
      found: parsed.found,
      position: parsed.position,
    });
  }
  result.locate = parsed.json.locate;
  for (const duplicate of parsed.json.duplicateKeys) {
    result.problems.push(
      problemAt(file, 'error', 'duplicate-key', `The key "${duplicate.key}" appears twice in one object`, {
        path: duplicate.path,
        expected: 'each key once',
        found: `"${duplicate.key}" again`,
        position: duplicate.position,
      }),
    );
  }

  const schema = fileSchemas[kind] as z.ZodMiniType;
  result.problems.push(...findProtoKeys(file, schema, parsed.json.value, result.locate));
  const checked = schema.safeParse(parsed.json.value, { reportInput: true });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      result.problems.push(...issueToProblems(file, schema, issue as ZodIssueLike, parsed.json));
    }
  } else {
    result.data = checked.data as FileData[FileKind];
    if (kind === 'snapshot') result.problems.push(...checkSnapshotOnItsOwn(file, checked.data as Snapshot, result.locate));
    if (kind === 'indicators') result.problems.push(...checkCatalogue(file, checked.data as IndicatorsFile, result.locate), ...checkCataloguePlan(file, checked.data as IndicatorsFile, result.locate));
    if (kind === 'workstreams') result.problems.push(...checkUniqueIds(file, (checked.data as { workstreams: Workstream[] }).workstreams, ['workstreams'], result.locate));
    if (kind === 'events') result.problems.push(...checkEvents(file, (checked.data as { events: DashboardEvent[] }).events, result.locate));
  }
  return result;
}

/**
 * JSON.parse keeps a "__proto__" key as an own property, but zod's records skip it, so it would
 * vanish without a word. No key of the contract is called that: report it where it stands.
 */
function findProtoKeys(file: string, schema: z.ZodMiniType, value: unknown, locate: ReadFile['locate']): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...path, index]));
    else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const child = (node as Record<string, unknown>)[key];
        // In a strict object zod reports the key itself; only records (no known keys) lose it.
        if (key === '__proto__' && knownKeysAt(schema, path).length === 0) {
          const parent = path.length === 1 ? path[0] : undefined;
          const code: ProblemCode = parent === 'values' ? 'unknown-indicator' : parent === 'workstreams' ? 'unknown-workstream' : 'unknown-key';
          const what = code === 'unknown-indicator' ? 'indicator id' : code === 'unknown-workstream' ? 'workstream id' : 'key';
          problems.push(
            problemAt(file, 'error', code, `"__proto__" is not a valid ${what}`, {
              path: [...path, key],
              position: locate([...path, key]),
              expected: code === 'unknown-key' ? 'a key of the contract' : 'an id of letters, digits and -',
              found: '"__proto__"',
            }),
          );
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(value, []);
  return problems;
}

function byteOrderMarkWarning(file: string): Problem {
  return problemAt(file, 'warning', 'byte-order-mark', 'The file starts with a byte-order mark, which was ignored', {
    expected: 'UTF-8 without a byte-order mark',
    found: 'a byte-order mark (EF BB BF)',
    position: { line: 1, column: 1 },
  });
}

// ---------------------------------------------------------------- zod issues in officers' words

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  format?: string;
  errors?: ZodIssueLike[][];
}

const EXPECTED_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text in double quotes',
  boolean: 'true or false',
  object: 'an object { ... }',
  array: 'a list [ ... ]',
  null: 'null',
  record: 'an object { ... }',
};

function pathOf(issue: ZodIssueLike): JsonPath {
  return issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
}

function issueToProblems(file: string, schema: z.ZodMiniType, issue: ZodIssueLike, json: ParsedJson): Problem[] {
  const path = pathOf(issue);
  const at = (p: JsonPath) => json.locate(p);
  const error = (code: ProblemCode, message: string, details: Partial<Problem>, where: JsonPath = path) =>
    problemAt(file, 'error', code, message, { path: where, position: at(where), ...details });

  switch (issue.code) {
    case 'invalid_type': {
      const field = path[path.length - 1];
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return [error('fractional-count', 'A whole number is needed here', { expected: 'a whole number', found: describeFound(issue.input) })];
      }
      if (issue.input === undefined && field !== undefined) {
        return [
          error('missing-field', `Required field "${String(field)}" is missing`, {
            expected: EXPECTED_WORDS[issue.expected ?? ''] ?? String(issue.expected),
            found: 'nothing',
          }, path.slice(0, -1)),
        ].map((problem) => ({ ...problem, path }));
      }
      const expected = EXPECTED_WORDS[issue.expected ?? ''] ?? String(issue.expected);
      const numberAsText = issue.expected === 'number' && typeof issue.input === 'string' && issue.input.trim() !== '' && !Number.isNaN(Number(issue.input));
      return [
        error('wrong-type', 'Wrong type of value', {
          expected,
          found: describeFound(issue.input),
          suggestion: numberAsText ? `${Number(issue.input)} (a number, without quotes)` : undefined,
        }),
      ];
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return (issue.keys ?? []).map((key) =>
        error('unknown-key', `Unknown key "${key}"`, {
          expected: known.length ? `one of ${known.map((k) => `"${k}"`).join(', ')}` : 'no other keys',
          found: `"${key}"`,
          suggestion: quoteOrUndefined(nearest(key, known)),
        }, [...path, key]),
      );
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      const field = path[path.length - 1];
      if (issue.input === undefined && field !== undefined) {
        return [
          error('missing-field', `Required field "${String(field)}" is missing`, {
            expected: `one of ${allowed.map((v) => `"${v}"`).join(', ')}`,
            found: 'nothing',
          }, path.slice(0, -1)),
        ].map((problem) => ({ ...problem, path }));
      }
      return [
        error('invalid-value', 'Not one of the allowed words', {
          expected: `one of ${allowed.map((v) => `"${v}"`).join(', ')}`,
          found: describeFound(issue.input),
          suggestion: typeof issue.input === 'string' ? quoteOrUndefined(nearest(issue.input, allowed)) : undefined,
        }),
      ];
    }
    case 'invalid_format':
      return [error('invalid-value', 'Wrong format', { expected: issue.message, found: describeFound(issue.input) })];
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string') {
        return [error('invalid-value', 'Text must not be empty', { expected: 'some text', found: 'empty text ""' })];
      }
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const negative = issue.code === 'too_small' && Number(bound) === 0;
      return [
        error(negative ? 'negative-value' : 'out-of-range', negative ? 'A negative number' : 'Number out of range', {
          expected: `a number ${word} ${String(bound)}`,
          found: describeFound(issue.input),
        }),
      ];
    }
    case 'invalid_union': {
      // The only union is a snapshot value: a number, null, or an object with "value".
      const input = issue.input;
      if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
        const objectBranch = (issue.errors ?? []).find((branch) => branch.every((inner) => inner.path.length > 0 || inner.code !== 'invalid_type')) ?? [];
        return objectBranch.flatMap((inner) =>
          issueToProblems(file, schema, { ...inner, path: [...issue.path, ...inner.path] }, json),
        );
      }
      const numberAsText = typeof input === 'string' && input.trim() !== '' && !Number.isNaN(Number(input));
      return [
        error('wrong-type', 'Wrong type of value', {
          expected: 'a number, null, or an object with "value"',
          found: describeFound(input),
          suggestion: numberAsText ? `${Number(input)} (a number, without quotes)` : undefined,
        }),
      ];
    }
    case 'not_multiple_of':
      return [error('fractional-count', 'A whole number is needed here', { expected: 'a whole number', found: describeFound(issue.input) })];
    case 'invalid_key':
      return [error('invalid-value', 'Invalid key', { expected: 'a valid key', found: describeFound(issue.input) })];
    default:
      return [error('invalid-value', issue.message, { found: describeFound(issue.input) })];
  }
}

function quoteOrUndefined(name: string | undefined): string | undefined {
  return name === undefined ? undefined : `"${name}"`;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
}

function defOf(schema: z.ZodMiniType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** The keys the schema allows for the object at `path` (through lists, records and unions). */
export function knownKeysAt(schema: z.ZodMiniType, path: JsonPath): string[] {
  let current: z.ZodMiniType[] = [schema];
  const unwrap = (list: z.ZodMiniType[]): z.ZodMiniType[] =>
    list.flatMap((candidate) => {
      const def = defOf(candidate);
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return unwrap([def.innerType!]);
      if (def.type === 'union') return unwrap(def.options ?? []);
      return [candidate];
    });
  for (const part of path) {
    current = unwrap(current).flatMap((candidate) => {
      const def = defOf(candidate);
      if (def.type === 'object' && typeof part === 'string' && def.shape?.[part]) return [def.shape[part]];
      if (def.type === 'array' && typeof part === 'number') return [def.element!];
      if (def.type === 'record') return [def.valueType!];
      return [];
    });
  }
  return [
    ...new Set(
      unwrap(current).flatMap((candidate) => {
        const def = defOf(candidate);
        return def.type === 'object' ? Object.keys(def.shape ?? {}).filter((key) => key !== '$schema') : [];
      }),
    ),
  ];
}

// ---------------------------------------------------------------- checks within one file

/** month must equal the file name; survey counts completed <= started <= invited. */
export function checkSnapshotOnItsOwn(file: string, snapshot: Snapshot, locate: ReadFile['locate']): Problem[] {
  const problems: Problem[] = [];
  const named = monthOfFileName(file);
  if (named && snapshot.month !== named) {
    problems.push(
      problemAt(file, 'error', 'month-mismatch', 'The month inside the file does not match its name', {
        path: ['month'],
        position: locate(['month']),
        expected: `"${named}" (from the file name)`,
        found: `"${snapshot.month}"`,
      }),
    );
  }
  (snapshot.surveys ?? []).forEach((survey, index) => {
    const { invited, started, completed } = survey;
    const path: JsonPath = ['surveys', index];
    if (completed !== undefined && started !== undefined && completed > started) {
      problems.push(
        problemAt(file, 'error', 'survey-counts', 'More surveys completed than started', {
          path: [...path, 'completed'],
          position: locate([...path, 'completed']),
          expected: `completed <= started (${started})`,
          found: String(completed),
        }),
      );
    }
    const startedOrCompleted = started ?? completed;
    if (invited !== undefined && startedOrCompleted !== undefined && startedOrCompleted > invited) {
      const field = started !== undefined ? 'started' : 'completed';
      problems.push(
        problemAt(file, 'error', 'survey-counts', `More surveys ${field} than people invited`, {
          path: [...path, field],
          position: locate([...path, field]),
          expected: `${field} <= invited (${invited})`,
          found: String(startedOrCompleted),
        }),
      );
    }
  });
  return problems;
}

function checkUniqueIds(file: string, items: readonly { id: string }[], listPath: JsonPath, locate: ReadFile['locate']): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    const key = item.id.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        problemAt(file, 'error', 'duplicate-id', earlier === item.id ? `The id "${item.id}" is used twice` : `The ids "${earlier}" and "${item.id}" differ only in case`, {
          path: [...listPath, index, 'id'],
          position: locate([...listPath, index, 'id']),
          expected: 'every id different (ignoring case)',
          found: `"${item.id}" again`,
        }),
      );
    } else seen.set(key, item.id);
  });
  return problems;
}

/** Unique ids; either `targets` or the shorthand; amber on the right side of the target. */
export function checkCatalogue(file: string, catalogue: IndicatorsFile, locate: ReadFile['locate']): Problem[] {
  const problems = checkUniqueIds(file, catalogue.indicators, ['indicators'], locate);
  catalogue.indicators.forEach((indicator, index) => {
    const path: JsonPath = ['indicators', index];
    if (indicator.targets && indicator.target !== undefined) {
      problems.push(
        problemAt(file, 'error', 'target-conflict', `Indicator ${indicator.id} has both "targets" and "target"`, {
          path: [...path, 'target'],
          position: locate([...path, 'target']),
          expected: 'either a "targets" list or the "target" shorthand',
          found: 'both',
        }),
      );
    }
    if (indicator.amber !== undefined && indicator.target === undefined) {
      problems.push(
        problemAt(file, 'error', 'target-conflict', `Indicator ${indicator.id} has "amber" without "target"`, {
          path: [...path, 'amber'],
          position: locate([...path, 'amber']),
          expected: 'a "target" beside "amber"',
          found: 'no "target"',
        }),
      );
    }
    const thresholds = indicator.targets ?? (indicator.target !== undefined ? [{ from: '', target: indicator.target, amber: indicator.amber }] : []);
    thresholds.forEach((entry, entryIndex) => {
      if (entry.amber === undefined || indicator.polarity === 'neutral') return;
      const wrongSide = indicator.polarity === 'up' ? entry.amber > entry.target : entry.amber < entry.target;
      if (!wrongSide) return;
      const where: JsonPath = indicator.targets ? [...path, 'targets', entryIndex, 'amber'] : [...path, 'amber'];
      problems.push(
        problemAt(file, 'warning', 'threshold-order', `Indicator ${indicator.id}: the amber threshold is on the wrong side of the target`, {
          path: where,
          position: locate(where),
          expected: indicator.polarity === 'up' ? `amber at or below the target (${entry.target}), as higher is better` : `amber at or above the target (${entry.target}), as lower is better`,
          found: String(entry.amber),
        }),
      );
    });
  });
  return problems;
}

function checkEvents(file: string, events: readonly DashboardEvent[], locate: ReadFile['locate']): Problem[] {
  const problems: Problem[] = [];
  events.forEach((event, index) => {
    if (event.end !== undefined && event.end < event.date) {
      problems.push(
        problemAt(file, 'error', 'event-order', 'An event ends before it starts', {
          path: ['events', index, 'end'],
          position: locate(['events', index, 'end']),
          expected: `a date on or after ${event.date}`,
          found: event.end,
        }),
      );
    }
  });
  return problems;
}

// ---------------------------------------------------------------- checks against the catalogue

/** A snapshot's values against the catalogue: known ids, units, numerator agreement. */
export function checkValuesAgainstCatalogue(
  file: string,
  snapshot: Snapshot,
  indicators: readonly Indicator[],
  locate: ReadFile['locate'],
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const ids = [...byId.keys()];
  for (const [id, entry] of Object.entries(snapshot.values)) {
    const path: JsonPath = ['values', id];
    const indicator = byId.get(id);
    if (!indicator) {
      problems.push(
        problemAt(file, 'error', 'unknown-indicator', `No indicator "${id}" in indicators.json`, {
          path,
          position: locate(path),
          expected: 'an id from indicators.json',
          found: `"${id}"`,
          suggestion: quoteOrUndefined(nearest(id, ids)),
        }),
      );
      continue;
    }
    const value = normaliseValue(entry)!;
    const valuePath: JsonPath = typeof entry === 'object' && entry !== null ? [...path, 'value'] : path;
    problems.push(...checkNumberForUnit(file, indicator, value.value, valuePath, locate));
    for (const [team, teamValue] of Object.entries(value.breakdown ?? {})) {
      problems.push(...checkNumberForUnit(file, indicator, teamValue, [...path, 'breakdown', team], locate));
    }
    problems.push(...checkNumeratorAgreement(file, indicator, value, path, locate));
  }
  return problems;
}

export function checkNumberForUnit(
  file: string,
  indicator: Indicator,
  value: number | null,
  path: JsonPath,
  locate: ReadFile['locate'],
): Problem[] {
  if (value === null) return [];
  // Located only when there is a problem: finding a line and column costs a walk of the file.
  const at = () => ({ path, position: locate(path), found: String(value) });
  if (indicator.unit === 'percent' && (value < 0 || value > 100)) {
    return [
      problemAt(file, 'error', 'percent-out-of-range', `${indicator.id} is a percentage outside 0 to 100`, {
        ...at(),
        expected: 'a percentage from 0 to 100 (not a fraction)',
      }),
    ];
  }
  if (value < 0) {
    return [
      problemAt(file, 'error', 'negative-value', `${indicator.id} cannot be negative`, {
        ...at(),
        expected: `a ${indicator.unit === 'count' ? 'count' : 'number'} of 0 or more`,
      }),
    ];
  }
  if (indicator.unit === 'count' && !Number.isInteger(value)) {
    return [
      problemAt(file, 'error', 'fractional-count', `${indicator.id} is a count, so it must be a whole number`, {
        ...at(),
        expected: 'a whole number',
      }),
    ];
  }
  return [];
}

/** When a percent has numerator and denominator, value must agree with them to within 0.5. */
export function checkNumeratorAgreement(
  file: string,
  indicator: Indicator,
  value: { value: number | null; numerator?: number; denominator?: number },
  path: JsonPath,
  locate: ReadFile['locate'],
): Problem[] {
  const { numerator, denominator } = value;
  if (numerator === undefined || denominator === undefined) return [];
  if (denominator === 0) {
    return [
      problemAt(file, 'error', 'numerator-mismatch', `${indicator.id} has a denominator of 0`, {
        path: [...path, 'denominator'],
        position: locate([...path, 'denominator']),
        expected: 'a denominator above 0',
        found: '0',
      }),
    ];
  }
  if (indicator.unit !== 'percent' || value.value === null) return [];
  const computed = (numerator / denominator) * 100;
  if (Math.abs(computed - value.value) <= 0.5) return [];
  return [
    problemAt(file, 'error', 'numerator-mismatch', `${indicator.id}'s value disagrees with its numerator and denominator`, {
      path: [...path, 'value'],
      position: locate([...path, 'value']),
      expected: `${numerator} / ${denominator} = ${round1(computed)}% (within 0.5)`,
      found: String(value.value),
    }),
  ];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** comparators.json against the catalogue: each measure's indicator known, each figure in its unit's range. */
export function checkComparatorsAgainstCatalogue(
  file: string,
  comparators: ComparatorsFile,
  indicators: readonly Indicator[],
  locate: ReadFile['locate'],
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  comparators.measures.forEach((measure, index) => {
    const path: JsonPath = ['measures', index];
    const indicator = byId.get(measure.indicator);
    if (!indicator) {
      problems.push(
        problemAt(file, 'error', 'unknown-indicator', `No indicator "${measure.indicator}" in indicators.json`, {
          path: [...path, 'indicator'],
          position: locate([...path, 'indicator']),
          expected: 'an id from indicators.json',
          found: `"${measure.indicator}"`,
          suggestion: quoteOrUndefined(nearest(measure.indicator, [...byId.keys()])),
        }),
      );
      return;
    }
    measure.values.forEach((entry, valueIndex) => {
      problems.push(...checkNumberForUnit(file, indicator, entry.value, [...path, 'values', valueIndex, 'value'], locate));
    });
    for (const key of ['england', 'neighbourMean'] as const) {
      problems.push(...checkNumberForUnit(file, indicator, measure[key] ?? null, [...path, key], locate));
    }
  });
  return problems;
}

export function checkWorkstreamIds(file: string, snapshot: Snapshot, workstreams: readonly Workstream[], locate: ReadFile['locate']): Problem[] {
  const ids = workstreams.map((workstream) => workstream.id);
  return Object.keys(snapshot.workstreams ?? {})
    .filter((id) => !ids.includes(id))
    .map((id) =>
      problemAt(file, 'error', 'unknown-workstream', `No workstream "${id}" in workstreams.json`, {
        path: ['workstreams', id],
        position: locate(['workstreams', id]),
        expected: `one of ${ids.map((known) => `"${known}"`).join(', ')}`,
        found: `"${id}"`,
        suggestion: quoteOrUndefined(nearest(id, ids)),
      }),
    );
}

// ---------------------------------------------------------------- the whole folder

export interface CheckOptions {
  /** Today, for "a month in the future" and stale provisional months. */
  today?: Date;
}

export type FileStatus = 'ok' | 'warnings' | 'error';

export interface FileReport {
  file: string;
  kind: FileKind;
  status: FileStatus;
  /** The month of a snapshot, from its content or else its name. */
  month?: string;
  problems: Problem[];
}

export interface Dataset {
  site?: Site;
  indicators: Indicator[];
  workstreams: Workstream[];
  events: DashboardEvent[];
  /** comparators.json (optional), when it has no errors. */
  comparators?: ComparatorsFile;
  /** Snapshots without errors, oldest first. */
  snapshots: Snapshot[];
  files: FileReport[];
  problems: Problem[];
  missingMonths: string[];
}

/**
 * Check the folder as a whole. `files` are the files read with readDataFile; `absent` names
 * files that could not be read at all (missing, or failed to fetch) with the problem to show.
 */
export function checkDataset(files: readonly ReadFile[], options: CheckOptions = {}, absent: readonly Problem[] = []): Dataset {
  const today = options.today ?? new Date();
  const extra = new Map<string, Problem[]>(files.map((file) => [file.file, []]));
  const add = (problem: Problem) => extra.get(problem.file)?.push(problem);
  const byName = new Map(files.map((file) => [file.file, file]));

  const absentProblems: Problem[] = [...absent];
  for (const required of REQUIRED_FILES) {
    if (!byName.has(required) && !absent.some((problem) => problem.file === required)) {
      absentProblems.push(
        problemAt(required, 'error', 'missing-file', `The data folder has no ${required}`, {
          expected: `the file ${required}`,
          found: 'no such file',
          position: { line: 1, column: 1 },
        }),
      );
    }
  }

  const hasErrors = (file: ReadFile) => file.problems.some((problem) => problem.severity === 'error');
  const usable = <K extends FileKind>(name: string): FileData[K] | undefined => {
    const file = byName.get(name);
    return file && file.data && !hasErrors(file) ? (file.data as FileData[K]) : undefined;
  };
  const site = usable<'site'>('site.json');
  const catalogue = usable<'indicators'>('indicators.json');
  const workstreamsFile = usable<'workstreams'>('workstreams.json');
  const eventsFile = usable<'events'>('events.json');
  const indicators = catalogue?.indicators ?? [];
  const workstreams = workstreamsFile?.workstreams ?? [];

  const snapshotFiles = files.filter((file) => file.kind === 'snapshot');
  for (const file of snapshotFiles) {
    const snapshot = file.data as Snapshot | undefined;
    if (!snapshot) continue;
    if (catalogue) checkValuesAgainstCatalogue(file.file, snapshot, indicators, file.locate).forEach(add);
    if (workstreamsFile) checkWorkstreamIds(file.file, snapshot, workstreams, file.locate).forEach(add);
    checkSnapshotPlan(file.file, snapshot, catalogue ? indicators : undefined, file.locate).forEach(add);
  }

  // Two files for one month: the one named after the month wins; every other is an error.
  const byMonth = new Map<string, ReadFile[]>();
  for (const file of snapshotFiles) {
    const month = (file.data as Snapshot | undefined)?.month ?? monthOfFileName(file.file);
    if (!month) continue;
    byMonth.set(month, [...(byMonth.get(month) ?? []), file]);
  }
  for (const [month, group] of byMonth) {
    if (group.length < 2) continue;
    const owner = group.find((file) => file.file === `snapshots/${month}.json`) ?? group[0]!;
    for (const file of group) {
      if (file === owner) continue;
      add(
        problemAt(file.file, 'error', 'duplicate-month', `Two files for ${month}`, {
          path: ['month'],
          position: file.locate(['month']),
          expected: `one file for ${month} (${owner.file})`,
          found: `this file as well`,
        }),
      );
    }
  }

  const comparatorsFile = byName.get('comparators.json');
  if (comparatorsFile?.data && catalogue) {
    checkComparatorsAgainstCatalogue(comparatorsFile.file, comparatorsFile.data as ComparatorsFile, indicators, comparatorsFile.locate).forEach(add);
  }

  const allProblems = (file: ReadFile) => [...file.problems, ...(extra.get(file.file) ?? [])];
  const comparators =
    comparatorsFile?.data && !allProblems(comparatorsFile).some((problem) => problem.severity === 'error')
      ? (comparatorsFile.data as ComparatorsFile)
      : undefined;
  const used = snapshotFiles.filter((file) => file.data && !allProblems(file).some((problem) => problem.severity === 'error'));
  const snapshots = used.map((file) => file.data as Snapshot).sort((a, b) => (a.month < b.month ? -1 : 1));
  const snapshotFileByMonth = new Map(used.map((file) => [(file.data as Snapshot).month, file]));

  // Warnings over the snapshots that are used.
  const gaps = missingMonths(snapshots.map((snapshot) => snapshot.month));
  const folderWarnings: Problem[] = [];
  for (const gap of gaps) {
    folderWarnings.push(
      problemAt(`snapshots/${gap}.json`, 'warning', 'missing-month', `No snapshot for ${gap}`, {
        expected: `a file snapshots/${gap}.json, as there are months before and after it`,
        found: 'no file',
        position: { line: 1, column: 1 },
      }),
    );
  }
  const thisMonth = currentMonth(today);
  for (const snapshot of snapshots) {
    const file = snapshotFileByMonth.get(snapshot.month)!;
    for (const indicator of indicators) {
      if (!indicator.priority) continue;
      const entry = normaliseValue(snapshot.values[indicator.id]);
      if (entry === undefined || entry.value === null) {
        add(
          problemAt(file.file, 'warning', 'priority-no-value', `Priority indicator ${indicator.id} has no value for ${snapshot.month}`, {
            path: ['values', indicator.id],
            position: file.locate(entry === undefined ? ['values'] : ['values', indicator.id]),
            expected: 'a value for every priority indicator',
            found: entry === undefined ? 'no entry' : entry.note ? `null ("${entry.note}")` : 'null with no note saying why',
          }),
        );
      }
    }
    if (snapshot.month > thisMonth) {
      add(
        problemAt(file.file, 'warning', 'future-month', `${snapshot.month} is in the future`, {
          path: ['month'],
          position: file.locate(['month']),
          expected: `a month up to ${thisMonth}`,
          found: `"${snapshot.month}"`,
        }),
      );
    }
    if (snapshot.status === 'provisional' && isMonth(snapshot.month) && monthsBetween(snapshot.month, thisMonth) > 3) {
      add(
        problemAt(file.file, 'warning', 'stale-provisional', `${snapshot.month} is still provisional more than three months on`, {
          path: ['status'],
          position: file.locate(['status']),
          expected: '"final" once the figures are settled',
          found: '"provisional"',
        }),
      );
    }
  }
  for (const indicator of indicators) {
    if (indicator.unit !== 'percent') continue;
    const values = snapshots
      .map((snapshot) => normaliseValue(snapshot.values[indicator.id])?.value)
      .filter((value): value is number => typeof value === 'number');
    if (values.some((value) => value > 0) && values.every((value) => value <= 1)) {
      const index = indicators.indexOf(indicator);
      const catalogueFile = byName.get('indicators.json')!;
      add(
        problemAt('indicators.json', 'warning', 'percent-fractions', `Every value of ${indicator.id} is at or below 1%: probably fractions, not percentages`, {
          path: ['indicators', index, 'unit'],
          position: catalogueFile.locate(['indicators', index, 'unit']),
          expected: 'percentages from 0 to 100 (write 43 for 43%)',
          found: `${values.length} values from ${Math.min(...values)} to ${Math.max(...values)}`,
        }),
      );
    }
  }

  const reports: FileReport[] = files.map((file) => {
    const problems = allProblems(file);
    const status: FileStatus = problems.some((p) => p.severity === 'error') ? 'error' : problems.length ? 'warnings' : 'ok';
    const month = file.kind === 'snapshot' ? ((file.data as Snapshot | undefined)?.month ?? monthOfFileName(file.file)) : undefined;
    return { file: file.file, kind: file.kind, status, month, problems };
  });
  for (const problem of absentProblems) {
    const kind = kindOfFile(problem.file) ?? 'snapshot';
    reports.push({ file: problem.file, kind, status: 'error', month: monthOfFileName(problem.file), problems: [problem] });
  }
  reports.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || a.file.localeCompare(b.file));

  return {
    site,
    indicators,
    workstreams,
    events: eventsFile?.events ?? [],
    comparators,
    snapshots,
    files: reports,
    problems: [...reports.flatMap((report) => report.problems), ...folderWarnings],
    missingMonths: gaps,
  };
}

function fileOrder(file: string): number {
  const order = ['site.json', 'indicators.json', 'workstreams.json', 'events.json', 'comparators.json'];
  const index = order.indexOf(file);
  return index === -1 ? order.length : index;
}
