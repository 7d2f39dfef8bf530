// data/indicators.json: the imported benchmarks merged with the hand-written ones, and written back
// into the file's text with every other character as it was.
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Benchmark } from '../../src/domain/schema';
import { formatOneLine } from './oneLine';

/** Whether a benchmark was written by hand (kept by the importer): no kind, or kind "other". */
export function isHandWritten(benchmark: Benchmark): boolean {
  return benchmark.kind === undefined || benchmark.kind === 'other';
}

export interface MergedBenchmarks {
  benchmarks: Benchmark[];
  kept: number;
  replaced: number;
  /** Hand-written entries with the label and period of an imported one: the officer should pick. */
  clashes: string[];
}

/** Hand-written benchmarks first, as they were; then the imported ones, replacing any imported before. */
export function mergeBenchmarks(existing: readonly Benchmark[] | undefined, imported: readonly Benchmark[]): MergedBenchmarks {
  const kept = (existing ?? []).filter(isHandWritten);
  const importedKeys = new Set(imported.map((benchmark) => `${benchmark.label.toLowerCase()}|${benchmark.period}`));
  const clashes = kept
    .filter((benchmark) => importedKeys.has(`${benchmark.label.toLowerCase()}|${benchmark.period}`))
    .map((benchmark) => `"${benchmark.label}" ${benchmark.period}`);
  return {
    benchmarks: [...kept, ...imported],
    kept: kept.length,
    replaced: (existing ?? []).length - kept.length,
    clashes,
  };
}

/** One benchmark on one line: `{ "label": "England", "period": "2017-18", "value": 76.9, ... }`. */
export function formatBenchmark(benchmark: Benchmark): string {
  return formatOneLine(benchmark);
}

export function formatBenchmarkArray(benchmarks: readonly Benchmark[], indent: string, eol = '\n'): string {
  if (benchmarks.length === 0) return '[]';
  const lines = benchmarks.map((benchmark) => `${indent}  ${formatBenchmark(benchmark)}`);
  return `[${eol}${lines.join(`,${eol}`)}${eol}${indent}]`;
}

interface LocatedIndicator {
  position: number;
  benchmarks?: JsonNode;
}

function locateIndicators(text: string): Map<string, LocatedIndicator> {
  const root = parseTree(text);
  const list = root && findNodeAtLocation(root, ['indicators']);
  if (!list || list.type !== 'array') throw new Error('indicators.json has no "indicators" list');
  const located = new Map<string, LocatedIndicator>();
  (list.children ?? []).forEach((node, position) => {
    const id = findNodeAtLocation(node, ['id'])?.value;
    if (typeof id !== 'string') return;
    if (located.has(id)) throw new Error(`indicators.json has two indicators with the id "${id}"`);
    located.set(id, { position, benchmarks: findNodeAtLocation(node, ['benchmarks']) });
  });
  return located;
}

function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/**
 * indicators.json with the `benchmarks` list of each indicator in `replacements` replaced, and
 * every other character of the file as it was (key order, layout, line endings). An indicator
 * without a list gets one after its last field. Checked: the result parses to the same value
 * as the original apart from those lists.
 */
export function replaceBenchmarksInText(text: string, replacements: ReadonlyMap<string, readonly Benchmark[]>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let current = text;
  for (const id of replacements.keys()) {
    const found = locateIndicators(current).get(id);
    if (!found) throw new Error(`indicators.json has no indicator "${id}"`);
    if (!found.benchmarks) {
      const edits = modify(current, ['indicators', found.position, 'benchmarks'], [], {
        formattingOptions: { insertSpaces: true, tabSize: 2, eol },
      });
      current = applyEdits(current, edits);
    }
  }
  const located = locateIndicators(current);
  const targets = [...replacements].map(([id, benchmarks]) => ({ node: located.get(id)!.benchmarks!, benchmarks }));
  targets.sort((a, b) => b.node.offset - a.node.offset);
  for (const { node, benchmarks } of targets) {
    const indent = indentOfLine(current, node.parent?.offset ?? node.offset);
    current =
      current.slice(0, node.offset) + formatBenchmarkArray(benchmarks, indent, eol) + current.slice(node.offset + node.length);
  }

  const before = JSON.parse(text) as { indicators: Record<string, unknown>[] };
  const after = JSON.parse(current) as { indicators: Record<string, unknown>[] };
  const expected = {
    ...before,
    indicators: before.indicators.map((indicator) =>
      typeof indicator.id === 'string' && replacements.has(indicator.id)
        ? { ...indicator, benchmarks: replacements.get(indicator.id) }
        : indicator,
    ),
  };
  if (JSON.stringify(after) !== JSON.stringify(expected)) {
    throw new Error('internal error: rewriting indicators.json would change more than the benchmark lists');
  }
  return current;
}
