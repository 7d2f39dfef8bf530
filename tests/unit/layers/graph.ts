// The import graph the layer test reads, file to file: its cycles, and the rooms it joins (for the
// diagram in docs/architecture.md). Every import counts, `import type` too: a cycle of types is
// still two files that cannot be understood one without the other. A `new URL(…, import.meta.url)`
// does not: a worker or an asset is bundled apart (the Data page's worker imports the message types
// of the module that starts it).
import { readImports } from './imports';

/** Each file's imports, resolved to files of `files` (`import.meta.glob` to every file it matches). */
export function importGraph(files: { file: string; text: string }[]): Map<string, Set<string>> {
  const byStem = new Map<string, string>();
  for (const { file } of files) {
    const stem = file.replace(/\.(tsx?|mts|m?js|cjs)$/, '');
    byStem.set(stem, file);
    if (stem.endsWith('/index')) byStem.set(stem.slice(0, -'/index'.length), file);
  }
  const graph = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const edges = new Set<string>();
    for (const { target, kind } of readImports(file, text, []).imports) {
      if (target === undefined || kind === 'url') continue;
      if (target.includes('*')) {
        const pattern = new RegExp(`^${target.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
        for (const [stem, other] of byStem) if (pattern.test(stem)) edges.add(other);
      } else {
        const found = byStem.get(target);
        if (found && found !== file) edges.add(found);
      }
    }
    graph.set(file, edges);
  }
  return graph;
}

/**
 * Every import cycle, each once, as the files in import order with the first repeated at the end
 * (`a.ts → b.ts → a.ts`): one cycle through each strongly connected group of files (Tarjan's).
 */
export function importCycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return groups.map((group) => cycleWithin(graph, new Set(group)));
}

/** A cycle through the first file (in name order) of a strongly connected group: the shortest, by breadth-first search. */
function cycleWithin(graph: Map<string, Set<string>>, group: Set<string>): string[] {
  const start = [...group].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of [...(graph.get(file) ?? [])].sort()) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** The room of a file in the diagram of docs/architecture.md; undefined for mocks/ and tests/. */
export function roomOf(file: string, groundFloor: readonly string[]): string | undefined {
  const stem = file.replace(/\.(tsx?|mts|m?js|cjs)$/, '');
  if (groundFloor.includes(stem)) return 'ground';
  const domainRoom = /^src\/domain\/([^/]+)\//.exec(file)?.[1];
  if (domainRoom) return domainRoom;
  if (stem === 'src/main' || stem === 'src/entry-server' || file.startsWith('src/app/')) return 'app';
  const folder = /^src\/([^/]+)\//.exec(file)?.[1];
  if (folder) return folder;
  return file.startsWith('scripts/') ? 'scripts' : undefined;
}

/** The rooms' imports of one another: `app --> features` for every room importing another. */
export function roomEdges(graph: Map<string, Set<string>>, groundFloor: readonly string[]): Set<string> {
  const edges = new Set<string>();
  for (const [file, targets] of graph) {
    const from = roomOf(file, groundFloor);
    if (!from) continue;
    for (const target of targets) {
      const to = roomOf(target, groundFloor);
      if (to && to !== from) edges.add(`${from} --> ${to}`);
    }
  }
  return edges;
}
