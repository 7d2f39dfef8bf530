// A DfE statistical neighbour table, read: each council's ten neighbours, nearest first.
import type { CsvRow } from './cells';

export interface NeighbourGroup {
  code: string;
  name: string;
  /** The ten neighbours' LA numbers, nearest first. */
  neighbours: string[];
}

/**
 * A statistical neighbour table, either layout: the 2025 model (old_la_code, la_name, SN_1 ..
 * SN_10) or the April 2021 groupings (LA number, LA Name, SN1 .. SN10). Rows without a code or
 * neighbours (the blank and "Old SNs:" lines) are skipped.
 */
export function readNeighbourTable(rows: readonly CsvRow[]): Map<string, NeighbourGroup> {
  const groups = new Map<string, NeighbourGroup>();
  for (const row of rows) {
    const code = (row.old_la_code ?? row['LA number'] ?? row['LA num'] ?? '').trim();
    const name = (row.la_name ?? row['LA Name'] ?? '').trim();
    const neighbours = Object.keys(row)
      .map((column) => ({ column, rank: /^SN_?(\d+)$/.exec(column)?.[1] }))
      .filter((entry) => entry.rank !== undefined)
      .sort((a, b) => Number(a.rank) - Number(b.rank))
      .map((entry) => (row[entry.column] ?? '').trim())
      .filter(Boolean);
    if (!/^\d+$/.test(code) || neighbours.length === 0) continue;
    if (!groups.has(code)) groups.set(code, { code, name, neighbours });
  }
  return groups;
}
