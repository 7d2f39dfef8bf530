// Reading one file of the data folder: bytes to text (strictly UTF-8), text to JSON (with the line
// and column of every value), JSON against the contract's schema, then the checks that need only
// this file. The command line, the build and the browser call this for every file.
import type * as z from 'zod/mini';
import { decodeBytes, parseJson, type JsonPath, type TextPosition } from './jsonSource';
import { checkFileOnItsOwn } from './fileChecks';
import { kindOfFile, monthOfFileName } from './fileKinds';
import { problemAt, TOP_OF_FILE, type Problem, type ProblemCode } from './problems';
import { issueToProblems, knownKeysAt, type ZodIssueLike } from './schemaProblems';
import { fileSchemas, type FileData, type FileKind } from '../schema';

export interface ReadFile {
  file: string;
  kind: FileKind;
  /** The file's content when it has the contract's shape; errors found later may still reject it. */
  data?: FileData[FileKind];
  /** The file as parsed, whatever its shape: for naming a place in words (placeWords.ts). */
  json?: unknown;
  problems: Problem[];
  locate: (path: JsonPath) => TextPosition;
}

/** Read one file of the data folder: decode, parse, and check its shape against the contract. */
export function readDataFile(file: string, content: Uint8Array | string): ReadFile {
  const kind = kindOfFile(file);
  if (!kind) throw new Error(`Not a data file of the contract: ${file}`);
  const result: ReadFile = { file, kind, problems: [], locate: () => TOP_OF_FILE };
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
    if (!decoded.ok && decoded.reason === 'not-text') {
      return fail('not-text', 'The file is not JSON text', {
        expected: 'JSON text (a month’s figures as written in a text editor)', found: decoded.what.what, suggestion: decoded.what.advice,
      });
    }
    if (!decoded.ok) {
      const code: ProblemCode =
        decoded.reason === 'too-large' ? 'too-large' : decoded.reason === 'empty' ? 'empty-file' : 'not-utf8';
      const message =
        decoded.reason === 'too-large'
          ? 'The file is too large to be a data file'
          : decoded.reason === 'empty'
            ? 'The file is empty'
            : `The file is saved as ${decoded.encoding ?? 'another encoding'}, not UTF-8`;
      return fail(code, message, { expected: decoded.reason === 'too-large' ? 'at most 5 MB' : 'UTF-8 text', found: decoded.detail });
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
  result.json = parsed.json.value;
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
    result.problems.push(...checkFileOnItsOwn(file, kind, checked.data as FileData[FileKind], result.locate));
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
