// `npm run import --force` over a month that exists: the CSV's figures replace the file's, and
// everything a CSV cannot carry stays (commentary, workstream reports, surveys, the produced date,
// breakdowns, quality and narrative on a figure, any other field), and the officer is told so.
import type { Snapshot, ValueEntry } from '../schema';
import { normaliseValue } from '../valueEntry';

export interface Merged {
  snapshot: Snapshot;
  /** What the CSV replaced, in words: "the figures of CP5, WF1". */
  replaced: string[];
  /** What was kept from the file, in words: "commentary", "the breakdown of CL1". */
  kept: string[];
}

/** The parts of a value the CSV carries; the rest of a value object is kept. */
const CSV_PARTS = ['value', 'numerator', 'denominator', 'note'] as const;

const TOP_LEVEL_WORDS: Record<string, string> = {
  commentary: 'commentary',
  workstreams: 'workstream reports',
  surveys: 'surveys',
  produced: 'the produced date',
  questions: 'questions',
};

function mergeValue(old: ValueEntry | undefined, fromCsv: ValueEntry): { entry: ValueEntry; kept: string[] } {
  if (old === null || old === undefined || typeof old === 'number') return { entry: fromCsv, kept: [] };
  // Quality and narrative come from the CSV when its row gives them; otherwise the file's stay.
  const given = normaliseValue(fromCsv)!;
  const extra = Object.fromEntries(Object.entries(old).filter(([key]) => !(CSV_PARTS as readonly string[]).includes(key) && !(key in given)));
  const keptKeys = Object.keys(extra);
  if (keptKeys.length === 0) return { entry: fromCsv, kept: [] };
  return { entry: { ...given, ...extra }, kept: keptKeys };
}

/**
 * `existing` with the CSV's figures in place of its own. Indicators the CSV does not list keep
 * their figures. `status` replaces the file's status only when it is given.
 */
export function mergeCsvIntoSnapshot(existing: Snapshot, fromCsv: Snapshot, status?: Snapshot['status']): Merged {
  const kept: string[] = [];
  const values: Record<string, ValueEntry> = { ...existing.values };
  for (const [id, entry] of Object.entries(fromCsv.values)) {
    const merged = mergeValue(existing.values[id], entry);
    values[id] = merged.entry;
    for (const key of merged.kept) kept.push(`the ${key} of ${id}`);
  }
  const notInCsv = Object.keys(existing.values).filter((id) => !(id in fromCsv.values));
  if (notInCsv.length) kept.push(`the figures of ${notInCsv.join(', ')} (not in the CSV)`);
  for (const key of Object.keys(existing)) {
    if (key in TOP_LEVEL_WORDS) kept.push(TOP_LEVEL_WORDS[key]!);
    else if (!['$schema', 'month', 'status', 'values'].includes(key)) kept.push(`"${key}"`);
  }
  if (status === undefined && existing.status) kept.push(`the status (${existing.status})`);
  const replaced = [`the figures of ${Object.keys(fromCsv.values).join(', ')}`];
  if (status !== undefined && status !== (existing.status ?? 'final')) replaced.push(`the status (now ${status})`);
  return { snapshot: { ...existing, status: status ?? existing.status ?? 'final', values }, replaced, kept };
}
