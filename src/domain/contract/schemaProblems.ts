// zod's issues in officers' words: each becomes a problem naming the place, what was expected and
// what was found, with the nearest known key or word when one is near enough to be a typo.
import type * as z from 'zod/mini';
import type { JsonPath, ParsedJson } from './jsonSource';
import { describeFound, problemAt, quoteOrUndefined, type Problem, type ProblemCode } from './problems';
import { nearest } from './suggest';

export interface ZodIssueLike {
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
  params?: Record<string, unknown>;
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

export function issueToProblems(file: string, schema: z.ZodMiniType, issue: ZodIssueLike, json: ParsedJson): Problem[] {
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
    case 'custom': {
      // The schema's own checks (a real calendar date, a year in range) name their problem code.
      const code = (issue.params?.code as ProblemCode | undefined) ?? 'invalid-value';
      return [error(code, issue.message, { expected: String(issue.params?.expected ?? ''), found: describeFound(issue.input) })];
    }
    case 'invalid_key':
      return [error('invalid-value', 'Invalid key', { expected: 'a valid key', found: describeFound(issue.input) })];
    default:
      return [error('invalid-value', issue.message, { found: describeFound(issue.input) })];
  }
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
