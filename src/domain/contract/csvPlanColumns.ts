// The CSV's optional columns for the plan's own fields on a figure (shared/data-contract.md):
// `quality` (good, caution or poor) and the narrative's three parts and owner. Column names are
// the spreadsheet's: lower case with underscores, as a header row is matched in lower case.
import type { ValueObject } from '../schema';

export const PLAN_COLUMNS = ['quality', 'what_it_shows', 'why', 'what_we_are_doing', 'narrative_owner'] as const;
type PlanColumn = (typeof PLAN_COLUMNS)[number];

const QUALITY = ['good', 'caution', 'poor'] as const;
const NARRATIVE: Record<Exclude<PlanColumn, 'quality'>, keyof NonNullable<ValueObject['narrative']>> = {
  what_it_shows: 'whatItShows',
  why: 'why',
  what_we_are_doing: 'whatWeAreDoing',
  narrative_owner: 'owner',
};

/** A row's plan cells as fields of a value object; an unknown quality word is an error. */
export function planCells(cell: (column: PlanColumn) => string): { ok: true; fields: Pick<ValueObject, 'quality' | 'narrative'> } | { ok: false; found: string } {
  const fields: Pick<ValueObject, 'quality' | 'narrative'> = {};
  const quality = cell('quality').toLowerCase();
  if (quality) {
    if (!(QUALITY as readonly string[]).includes(quality)) return { ok: false, found: cell('quality') };
    fields.quality = quality as (typeof QUALITY)[number];
  }
  const narrative: NonNullable<ValueObject['narrative']> = {};
  for (const [column, key] of Object.entries(NARRATIVE) as [Exclude<PlanColumn, 'quality'>, keyof typeof narrative][]) {
    const text = cell(column);
    if (text) narrative[key] = text;
  }
  if (Object.keys(narrative).length > 0) fields.narrative = narrative;
  return { ok: true, fields };
}

/** The column a narrative's part is read from (`whatItShows` -> `what_it_shows`), for placing a problem. */
export function narrativeColumn(key: string): PlanColumn | undefined {
  return (Object.keys(NARRATIVE) as Exclude<PlanColumn, 'quality'>[]).find((column) => NARRATIVE[column] === key);
}
