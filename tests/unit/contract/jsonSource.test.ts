import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  MAX_FILE_BYTES,
  decodeBytes,
  formatJsonPath,
  nestingDepth,
  parseJson,
  positionAt,
} from '../../../src/domain/contract/jsonSource';

const utf8 = (text: string) => new TextEncoder().encode(text);

function parsed(text: string) {
  const result = parseJson(text);
  if (!result.ok) throw new Error(`expected valid JSON: ${result.message}`);
  return result.json;
}

function failed(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result;
}

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('abc', 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('treats CRLF as one line break (the \\r is the last column of its line)', () => {
    const text = '{\r\n  "a": 1,\r\n  "b": 2\r\n}';
    expect(positionAt(text, text.indexOf('"a"'))).toEqual({ line: 2, column: 3 });
    expect(positionAt(text, text.indexOf('"b"'))).toEqual({ line: 3, column: 3 });
    expect(positionAt(text, text.indexOf('}'))).toEqual({ line: 4, column: 1 });
    expect(positionAt(text, 1)).toEqual({ line: 1, column: 2 });
  });

  it('an offset at the end of the text is just after the last character', () => {
    expect(positionAt('ab\ncd', 5)).toEqual({ line: 2, column: 3 });
  });
});

describe('nestingDepth', () => {
  it('counts objects and lists', () => {
    expect(nestingDepth('1')).toEqual({ depth: 0, offset: 0 });
    expect(nestingDepth('{"a":[1,{"b":2}]}').depth).toBe(3);
    expect(nestingDepth('[[],[[]]]').depth).toBe(3);
  });

  it('ignores brackets inside strings, including after escaped quotes and backslashes', () => {
    expect(nestingDepth('{"a": "[[[[{{{{"}').depth).toBe(1);
    expect(nestingDepth('{"a": "say \\"[[[\\" now"}').depth).toBe(1);
    expect(nestingDepth('{"a": "ends in a backslash \\\\", "b": [1]}').depth).toBe(2);
    expect(nestingDepth('{"[": {"]": "}"}}').depth).toBe(2);
  });

  it('gives the offset of the deepest bracket', () => {
    const text = '{"a": [[1]], "b": 2}';
    expect(nestingDepth(text)).toEqual({ depth: 3, offset: text.indexOf('[[') + 1 });
  });

  it('parseJson refuses more than MAX_DEPTH levels before parsing, and accepts MAX_DEPTH', () => {
    expect(parseJson(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`).ok).toBe(true);
    const deep = failed(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`);
    expect(deep.message).toMatch(/^nesting 33 levels/);
    expect(deep.found).toBe('33 levels');
    expect(deep.position).toEqual({ line: 1, column: MAX_DEPTH + 1 });
  });

  it('a string full of brackets is not too deep', () => {
    expect(parseJson(JSON.stringify({ text: '['.repeat(1000) })).ok).toBe(true);
  });
});

describe('parseJson: syntax errors with line and column', () => {
  it.each([
    ['trailing comma', '{\n  "a": 1,\n}', 3, 1, 'expected a key in double quotes'],
    ['line comment', '{\n  // note\n  "a": 1\n}', 2, 3, 'expected no comments (JSON has none)'],
    ['block comment', '{ "a": /* x */ 1 }', 1, 8, 'expected no comments (JSON has none)'],
    ['single quotes', "{ 'a': 1 }", 1, 3, undefined],
    ['NaN', '{ "a": NaN }', 1, 8, undefined],
    ['Infinity', '[1, Infinity]', 1, 5, undefined],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected a comma between items'],
    ['missing colon', '{ "a" 1 }', 1, 7, 'expected a colon after the key'],
    ['unclosed list', '[1, 2', 1, 6, undefined],
    ['two values', '{} {}', 1, 4, 'expected the end of the file'],
  ])('%s', (_name, text, line, column, message) => {
    const result = failed(text);
    expect(result.position).toEqual({ line, column });
    if (message) expect(result.message).toBe(message);
  });

  it('counts lines in a CRLF file', () => {
    const result = failed('{\r\n  "a": 1,\r\n  "b": 2,\r\n}');
    expect(result.position).toEqual({ line: 4, column: 1 });
  });

  it('says what it found', () => {
    expect(failed('{ "a": NaN }').found).toBe('"NaN }"');
    expect(failed('{ "a": 1').found).toBe('the end of the file');
  });
});

describe('parseJson: locate', () => {
  const text = '{\n  "values": {\n    "CP5": { "value": 32 },\n    "WF1": 43\n  },\n  "list": [10, 20]\n}';
  const json = parsed(text);

  it('points at the key of a property', () => {
    expect(json.locate(['values', 'CP5'])).toEqual({ line: 3, column: 5 });
    expect(json.locate(['values', 'CP5', 'value'])).toEqual({ line: 3, column: 14 });
    expect(json.locate(['values', 'WF1'])).toEqual({ line: 4, column: 5 });
  });

  it('points at an item of a list', () => {
    expect(json.locate(['list', 1])).toEqual({ line: 6, column: 16 });
  });

  it('falls back to the nearest existing parent', () => {
    expect(json.locate(['values', 'CP5', 'numerator'])).toEqual({ line: 3, column: 5 });
    expect(json.locate(['nothing', 'here'])).toEqual({ line: 1, column: 1 });
    expect(json.locate([])).toEqual({ line: 1, column: 1 });
  });

  it('gives the parsed value', () => {
    expect(json.value).toEqual({ values: { CP5: { value: 32 }, WF1: 43 }, list: [10, 20] });
  });
});

describe('parseJson: duplicate keys', () => {
  it('finds a duplicate with the path of its object and the position of the second key', () => {
    const json = parsed('{\n  "values": {\n    "CP5": 1,\n    "CP5": 2\n  }\n}');
    expect(json.duplicateKeys).toEqual([{ path: ['values'], key: 'CP5', position: { line: 4, column: 5 } }]);
    expect(json.value).toEqual({ values: { CP5: 2 } });
  });

  it('finds duplicates inside lists and at the top', () => {
    const json = parsed('{"a": [{"x": 1}, {"x": 1, "x": 2}], "a": 3}');
    expect(json.duplicateKeys.map(({ path, key }) => ({ path, key }))).toEqual([
      { path: ['a', 1], key: 'x' },
      { path: [], key: 'a' },
    ]);
  });

  it('reports a key three times twice', () => {
    expect(parsed('{"a":1,"a":2,"a":3}').duplicateKeys).toHaveLength(2);
  });

  it('a key repeated in different objects is not a duplicate', () => {
    expect(parsed('{"a": {"v": 1}, "b": {"v": 2}}').duplicateKeys).toEqual([]);
  });

  it('finds __proto__ repeated', () => {
    expect(parsed('{"__proto__": 1, "__proto__": 2}').duplicateKeys.map((d) => d.key)).toEqual(['__proto__']);
  });

  it('counts keys as written, whatever their strings hold: a colon, a quote, space before the colon', () => {
    expect(parsed('{"a": "b\\": c", "c" : "\\"d\\":", "e":{"a":":"}}').duplicateKeys).toEqual([]);
    expect(parsed('{"a\\"": 1, "a\\""\n  : 2}').duplicateKeys.map((d) => ({ key: d.key, line: d.position.line }))).toEqual([{ key: 'a"', line: 1 }]);
  });

  it('finds a repeat that is the same key written with an escape', () => {
    expect(parsed('{"ab": 1, "a\\u0062": 2}').duplicateKeys.map((d) => d.key)).toEqual(['ab']);
  });

  it('still locates values in a file with a repeated key, and in one without', () => {
    expect(parsed('{\n  "a": 1,\n  "a": 2,\n  "b": [3]\n}').locate(['b', 0])).toEqual({ line: 4, column: 9 });
    expect(parsed('{\n  "a": 1,\n  "b": [3]\n}').locate(['b', 0])).toEqual({ line: 3, column: 9 });
  });
});

describe('decodeBytes', () => {
  it('decodes UTF-8, keeping non-ASCII characters', () => {
    expect(decodeBytes(utf8('{"a": "£ – é"}'))).toEqual({ ok: true, text: '{"a": "£ – é"}', hadByteOrderMark: false });
  });

  it('notes and drops a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}', hadByteOrderMark: true });
  });

  it('refuses invalid UTF-8 (a Latin-1 £, 0xA3) and says near which byte', () => {
    const bytes = new Uint8Array([...utf8('{"a": "'), 0xa3, ...utf8('2m"}')]);
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('not-utf8');
    expect(result.detail).toMatch(/near byte \d+/);
    const near = Number(/near byte (\d+)/.exec(result.detail)![1]);
    expect(near).toBeLessThanOrEqual(7);
    expect(near).toBeGreaterThanOrEqual(3);
  });

  it('refuses a truncated multi-byte character and UTF-16', () => {
    expect(decodeBytes(new Uint8Array([0x7b, 0xe2, 0x80])).ok).toBe(false);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(decodeBytes(utf16)).toMatchObject({ ok: false, reason: 'not-utf8' });
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['only whitespace', utf8(' \r\n\t ')],
    ['only a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('calls a file of %s empty', (_name, bytes) => {
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses a file over the limit unread, and accepts one at the limit', () => {
    expect(decodeBytes(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20))).toMatchObject({ ok: false, reason: 'too-large' });
    const atLimit = new Uint8Array(MAX_FILE_BYTES).fill(0x20);
    atLimit[0] = 0x31;
    expect(decodeBytes(atLimit).ok).toBe(true);
  });
});

describe('formatJsonPath', () => {
  it('writes paths as officers can find them', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['values', 'CP5', 'value'])).toBe('$.values.CP5.value');
    expect(formatJsonPath(['surveys', 0, 'started'])).toBe('$.surveys[0].started');
    expect(formatJsonPath(['values', 'CL1', 'breakdown', 'Care planning'])).toBe('$.values.CL1.breakdown["Care planning"]');
    expect(formatJsonPath(['workstreams', 'people-performance'])).toBe('$.workstreams["people-performance"]');
  });
});

describe('positions from a table of line starts', () => {
  it('agrees with a walk of the text at every offset, CRLF and blank lines included', async () => {
    const { lineStarts, positionAt, positionFromLineStarts } = await import('../../../src/domain/contract/jsonSource');
    const text = '{\r\n  "a": 1,\n\n  "b": [\n    2\n  ]\n}';
    const starts = lineStarts(text);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(positionFromLineStarts(starts, offset)).toEqual(positionAt(text, offset));
    }
  });
});
