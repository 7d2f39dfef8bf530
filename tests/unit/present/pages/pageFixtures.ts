// The fixture folder (mocks/fixtures.ts) as a page model reads it, with and without the plan's fields.
import { comparators, events, indicators, nationalComparators, site, snapshots, workstreams } from '../../../../mocks/fixtures';
import { planIndicators, planSnapshots } from '../../../../mocks/planFixtures';
import type { PageData } from '../../../../src/domain/present/pages/pageData';
import type { TableModel } from '../../../../src/domain/present/table';
import type { TermSegment } from '../../../../src/domain/present/glossary';

export const data: PageData = { site, indicators, workstreams, events, snapshots, comparators };
export const planData: PageData = { ...data, indicators: planIndicators, snapshots: planSnapshots };
/** With comparators.json as import-benchmarks writes it now: national figures, the neighbour model, the next publications. */
export const nationalData: PageData = { ...data, comparators: nationalComparators };

/** A table's shown cells' words, row by row, in its columns' order. */
export const cellTexts = (table: TableModel) => table.rows.map((row) => table.columns.map((column) => row.cells[column.key]?.text ?? ''));

/** The row whose row header says `name`. */
export function rowNamed(table: TableModel, name: string) {
  const header = table.columns.find((column) => column.rowHeader)!;
  const row = table.rows.find((candidate) => candidate.cells[header.key]?.text === name);
  if (!row) throw new Error(`No row “${name}” in “${table.caption}”`);
  return row;
}

/** Which glossary terms a marked text marks. */
export const marks = (segments: readonly TermSegment[] | undefined) => (segments ?? []).flatMap((segment) => (segment.entry ? [segment.entry.id] : []));
