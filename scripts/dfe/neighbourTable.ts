// The DfE's statistical neighbour models, and a neighbour table read: each council's ten
// neighbours, nearest first.
import type { NeighbourModel } from '../../src/domain/schema';
import type { CsvRow } from './cells';

/** The DfE's models and the file each is published as (shared/benchmarks/README.md). */
export const NEIGHBOUR_MODELS: readonly Required<NeighbourModel>[] = [
  { name: 'DfE statistical neighbour model, 2025', year: 2025, file: 'sn_model_2025_wide.csv' },
  { name: 'DfE statistical neighbour model, April 2021', year: 2021, file: 'New_Statistical_Neighbour_Groupings_April_2021.csv' },
];

/** Without a choice in the mapping, the newest model. */
export const DEFAULT_NEIGHBOURS_FILE = NEIGHBOUR_MODELS[0]!.file;

/**
 * The model the mapping's "neighbours" names: a model's year ("2025", "2021"), a model's file, or
 * (as before the models were named) any neighbour table's file, which is then named by its file.
 * Undefined for a year that is not a model.
 */
export function neighbourModelOf(choice: string | undefined): NeighbourModel | undefined {
  const wanted = (choice ?? DEFAULT_NEIGHBOURS_FILE).trim();
  const known = NEIGHBOUR_MODELS.find((model) => String(model.year) === wanted || model.file.toLowerCase() === wanted.toLowerCase());
  if (known) return { ...known };
  if (/^\d{4}$/.test(wanted)) return undefined;
  return { name: `statistical neighbour table ${wanted}`, file: wanted };
}

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
