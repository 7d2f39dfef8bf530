// Reading the text of a data file: bytes to text, text to a value, and a JSON path back to the
// line and column it came from. jsonc-parser gives offsets for syntax errors and for every node,
// which JSON.parse does not; JSON.parse stays the judge of what is valid JSON, and jsonc-parser's
// tree is built only for a file that needs a place named (a syntax error, a repeated key, a
// problem a check reports).
import {
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import { describeForeignEncoding, guessForeignEncoding, type ForeignEncoding } from './encoding';
import { describeWhatItIs, type WhatItIs } from './fileSniff';

export type JsonPath = readonly (string | number)[];

export interface TextPosition {
  line: number;
  column: number;
}

/** Above this a file is refused unread: a month's snapshot is a few kilobytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Deeper nesting than any file of the contract needs; refused before parsing. */
export const MAX_DEPTH = 32;

export type DecodeResult =
  | { ok: true; text: string; hadByteOrderMark: boolean }
  | { ok: false; reason: 'too-large' | 'not-utf8' | 'empty'; detail: string; encoding?: ForeignEncoding }
  /** Not text at all: a workbook, a PDF, random bytes (fileSniff.ts). */
  | { ok: false; reason: 'not-text'; detail: string; what: WhatItIs };

/** Bytes to text, strictly as UTF-8. A byte-order mark is noted and dropped. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason: 'too-large',
      detail: `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the most a data file may be is ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    };
  }
  const what = describeWhatItIs(bytes);
  if (what) return { ok: false, reason: 'not-text', detail: what.what, what };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const encoding = guessForeignEncoding(bytes, false)!;
    return { ok: false, reason: 'not-utf8', detail: describeForeignEncoding(encoding, firstInvalidUtf8Byte(bytes)), encoding };
  }
  // UTF-16 without a byte-order mark decodes as "UTF-8" with a zero byte after every letter.
  if (guessForeignEncoding(bytes, true) === 'UTF-16') {
    return { ok: false, reason: 'not-utf8', detail: describeForeignEncoding('UTF-16'), encoding: 'UTF-16' };
  }
  const hadByteOrderMark = text.charCodeAt(0) === 0xfeff;
  if (hadByteOrderMark) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty', detail: 'an empty file' };
  return { ok: true, text, hadByteOrderMark };
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the shortest prefix that fails to decode.
  let good = 0;
  let bad = bytes.byteLength;
  while (bad - good > 4) {
    const middle = Math.floor((good + bad) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return good;
}

/** Offsets where each line starts, for finding many positions in one text quickly. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

export function positionFromLineStarts(starts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The deepest nesting of objects and arrays, counted without parsing (strings skipped). */
export function nestingDepth(text: string): { depth: number; offset: number } {
  const { depth, offset } = scanText(text);
  return { depth, offset };
}

/**
 * One pass over the text, strings skipped: the deepest nesting (and where it is), and how many
 * keys are written (strings followed by a colon). In text that JSON.parse accepts, a key is
 * exactly a string followed by a colon.
 */
function scanText(text: string): { depth: number; offset: number; keys: number } {
  let depth = 0;
  let deepest = 0;
  let deepestAt = 0;
  let keys = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92 /* \ */) index++;
      else if (char === 34 /* " */) {
        inString = false;
        let next = index + 1;
        while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
        if (text.charCodeAt(next) === 58 /* : */) keys++;
      }
    } else if (char === 34) inString = true;
    else if (char === 123 /* { */ || char === 91 /* [ */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        deepestAt = index;
      }
    } else if (char === 125 /* } */ || char === 93 /* ] */) depth--;
  }
  return { depth: deepest, offset: deepestAt, keys };
}

const isJsonSpace = (char: number) => char === 32 || char === 10 || char === 13 || char === 9;

/** How many keys the parsed value holds: fewer than the text writes when a key is repeated. */
function keysHeld(value: unknown): number {
  if (Array.isArray(value)) {
    let count = 0;
    for (const item of value) count += keysHeld(item);
    return count;
  }
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  for (const key in value) {
    if (Object.hasOwn(value, key)) count += 1 + keysHeld((value as Record<string, unknown>)[key]);
  }
  return count;
}

export interface ParsedJson {
  value: unknown;
  /** Line and column of the value at a path (or of its nearest existing parent). */
  locate: (path: JsonPath) => TextPosition;
  duplicateKeys: { path: JsonPath; key: string; position: TextPosition }[];
}

export type ParseJsonResult =
  | { ok: true; json: ParsedJson }
  | { ok: false; message: string; found: string; position: TextPosition };

function describeSyntaxError(error: ParseError): string {
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      return 'a value (a number, "text", true, false, null, an object or a list)';
    case 'PropertyNameExpected':
      return 'a key in double quotes';
    case 'ValueExpected':
      return 'a value';
    case 'ColonExpected':
      return 'a colon after the key';
    case 'CommaExpected':
      return 'a comma between items';
    case 'CloseBraceExpected':
      return 'a closing }';
    case 'CloseBracketExpected':
      return 'a closing ]';
    case 'EndOfFileExpected':
      return 'the end of the file';
    case 'UnexpectedEndOfString':
      return 'a closing " at the end of the text';
    case 'InvalidCommentToken':
      return 'no comments (JSON has none)';
    default:
      return 'valid JSON';
  }
}

function foundAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const snippet = text.slice(offset, offset + 12).split(/\r?\n/)[0] ?? '';
  return `"${snippet}"`;
}

export function parseJson(text: string): ParseJsonResult {
  const scanned = scanText(text);
  if (scanned.depth > MAX_DEPTH) {
    return {
      ok: false,
      message: `nesting ${scanned.depth} levels deep; no data file needs more than ${MAX_DEPTH}`,
      found: `${scanned.depth} levels`,
      position: positionAt(text, scanned.offset),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const firstError = errors[0];
    const offset = firstError?.offset ?? offsetFromJsonParseMessage(error) ?? 0;
    return {
      ok: false,
      message: firstError ? `expected ${describeSyntaxError(firstError)}` : 'expected valid JSON',
      found: foundAt(text, offset),
      position: positionAt(text, offset),
    };
  }
  // The syntax tree (every node's offset) is built only when it is needed: to find where a
  // repeated key is, and where a value is when a check reports it. Most files need neither.
  let tree: JsonNode | null | undefined;
  const treeOf = () => {
    if (tree === undefined) {
      const errors: ParseError[] = [];
      const parsed = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
      // JSON.parse accepted what jsonc-parser did not: cannot happen for strict JSON, but never
      // lose the file over it; locations fall back to the top of the file.
      tree = errors.length === 0 && parsed ? parsed : null;
    }
    return tree;
  };
  let starts: number[] | undefined;
  const position = (offset: number) => positionFromLineStarts((starts ??= lineStarts(text)), offset);
  const repeated = keysHeld(value) < scanned.keys ? treeOf() : null;
  return {
    ok: true,
    json: {
      value,
      locate: (path) => {
        const found = treeOf();
        return found ? locateInTree(found, path, position) : { line: 1, column: 1 };
      },
      duplicateKeys: repeated ? findDuplicateKeys(repeated, position) : [],
    },
  };
}

function offsetFromJsonParseMessage(error: unknown): number | undefined {
  const match = /position (\d+)/.exec(String(error));
  return match ? Number(match[1]) : undefined;
}

function locateInTree(tree: JsonNode, path: JsonPath, positionOf: (offset: number) => TextPosition): TextPosition {
  for (let length = path.length; length >= 0; length--) {
    const node = nodeAt(tree, path, length);
    if (node) {
      // For a property, point at its key: that is where an officer looks.
      const target = node.parent?.type === 'property' ? node.parent : node;
      return positionOf(target.offset);
    }
  }
  return { line: 1, column: 1 };
}

/**
 * Each object node's keys, indexed once: jsonc-parser's findNodeAtLocation reads an object's keys
 * one by one, so locating a problem for each of 150,000 unknown ids in one object took a time
 * that grew with the square of the file (minutes). The first property with a key wins, as there.
 */
const keyIndex = new WeakMap<JsonNode, Map<string, JsonNode>>();

function childByKey(node: JsonNode, key: string): JsonNode | undefined {
  let index = keyIndex.get(node);
  if (!index) {
    index = new Map();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (keyNode && valueNode && property.children!.length === 2 && !index.has(String(keyNode.value))) index.set(String(keyNode.value), valueNode);
    }
    keyIndex.set(node, index);
  }
  return index.get(key);
}

/** The node at the first `length` parts of `path`, or undefined when the file has none there. */
function nodeAt(tree: JsonNode, path: JsonPath, length: number): JsonNode | undefined {
  let node: JsonNode | undefined = tree;
  for (let index = 0; index < length && node; index++) {
    const part = path[index]!;
    if (typeof part === 'string') node = node.type === 'object' ? childByKey(node, part) : undefined;
    else node = node.type === 'array' && part >= 0 ? node.children?.[part] : undefined;
  }
  return node;
}

function findDuplicateKeys(tree: JsonNode, positionOf: (offset: number) => TextPosition): ParsedJson['duplicateKeys'] {
  const found: ParsedJson['duplicateKeys'] = [];
  const walk = (node: JsonNode, path: (string | number)[]) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        if (seen.has(key)) found.push({ path, key, position: positionOf(property.offset) });
        seen.add(key);
        if (valueNode) walk(valueNode, [...path, key]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => walk(child, [...path, index]));
    }
  };
  walk(tree, []);
  return found;
}

/** `$.values.CP5.value`, `$.surveys[0].started` */
export function formatJsonPath(path: JsonPath): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return /^[A-Za-z_$][\w$]*$/.test(part) ? `${text}.${part}` : `${text}[${JSON.stringify(part)}]`;
  }, '$');
}
