// What a built JavaScript chunk is made of: its bytes attributed, through its source map, to the
// npm package (or the folder of our own code) each byte came from. Gzip per group is each group's
// bytes compressed on their own, so the column adds up to a little more than the whole chunk's.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface CompositionRow {
  group: string;
  raw: number;
  gzip: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** One segment of a source map's `mappings`, decoded from base64 VLQ. */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Bad VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The group a source belongs to: `zod`, `@tanstack/react-query`, or `src/domain` for our code. */
export function groupOfSource(source: string): string {
  const normalised = source.replace(/\\/g, '/');
  const modules = normalised.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const rest = normalised.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = normalised.indexOf('src/');
  if (src !== -1) {
    const parts = normalised.slice(src).split('/');
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.join('/');
  }
  if (normalised.includes('vite/') || normalised.startsWith('\0') || normalised.includes('rolldown')) return '(bundler runtime)';
  return normalised;
}

/** Bytes of `jsFile` per package, largest first, from `jsFile.map`. */
export function chunkComposition(jsFile: string): CompositionRow[] {
  const mapFile = `${jsFile}.map`;
  // Rolldown's runtime helpers: no source, no map (see isRuntimeChunk in bundle.ts).
  if (/(^|\/)rolldown-runtime-[^/]*\.js$/.test(jsFile)) return [];
  if (!existsSync(mapFile)) throw new Error(`No source map beside ${jsFile}: build with --sourcemap`);
  const code = readFileSync(jsFile, 'utf8');
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (!text) return;
    const list = pieces.get(group) ?? [];
    list.push(text);
    pieces.set(group, list);
  };
  let source = 0;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    let start = 0;
    let group = '(unmapped)';
    for (const segmentText of lineMappings.split(',')) {
      if (!segmentText) continue;
      const segment = decodeSegment(segmentText);
      column += segment[0]!;
      add(group, line.slice(start, column));
      start = column;
      if (segment.length >= 4) {
        source += segment[1]!;
        group = groupOfSource(map.sources[source] ?? '(unknown)');
      } else {
        group = '(unmapped)';
      }
    }
    add(group, line.slice(start));
  });
  // Strings are UTF-16 in JavaScript; count bytes as the file stores them.
  return [...pieces.entries()]
    .map(([group, texts]) => {
      const bytes = Buffer.from(texts.join(''), 'utf8');
      return { group, raw: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
