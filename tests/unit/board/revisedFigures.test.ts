// The figures revised between two publications: value, numerator or denominator changed, appeared
// or went, in a month both publications hold.
import { describe, expect, it } from 'vitest';
import { revisedFigures } from '../../../src/domain/board/revisedFigures';
import type { Snapshot } from '../../../src/domain/schema';

const snapshot = (month: string, values: Snapshot['values']): Snapshot => ({ month, values }) as Snapshot;
/** A publication's dataset as far as revisions go: its snapshots. */
const dataset = (snapshots: Snapshot[]) => ({ snapshots });

describe('revisedFigures', () => {
  it('lists a value revised in a month both publications have', () => {
    const older = dataset([snapshot('2018-01', { CP5: 30, WF1: 40 })]);
    const newer = dataset([snapshot('2018-01', { CP5: 32, WF1: 40 })]);
    expect(revisedFigures(older, newer)).toEqual([{ month: '2018-01', indicator: 'CP5', before: { value: 30 }, after: { value: 32 } }]);
  });

  it('counts a changed numerator with the same value as a revision, and ignores a changed note', () => {
    const older = dataset([snapshot('2018-01', { CP5: { value: 50, numerator: 5, denominator: 10 }, WF1: { value: 1, note: 'a' } })]);
    const newer = dataset([snapshot('2018-01', { CP5: { value: 50, numerator: 6, denominator: 12 }, WF1: { value: 1, note: 'b' } })]);
    expect(revisedFigures(older, newer).map((figure) => figure.indicator)).toEqual(['CP5']);
  });

  it('treats the short and long forms of one number as the same figure', () => {
    expect(revisedFigures(dataset([snapshot('2018-01', { CP5: 7 })]), dataset([snapshot('2018-01', { CP5: { value: 7 } })]))).toEqual([]);
  });

  it('lists a figure that became null, appeared or went', () => {
    const older = dataset([snapshot('2018-01', { CP5: 30, WF1: 4 })]);
    const newer = dataset([snapshot('2018-01', { CP5: null, SUP1: 2 })]);
    expect(revisedFigures(older, newer)).toEqual([
      { month: '2018-01', indicator: 'CP5', before: { value: 30 }, after: { value: null } },
      { month: '2018-01', indicator: 'SUP1', after: { value: 2 } },
      { month: '2018-01', indicator: 'WF1', before: { value: 4 } },
    ]);
  });

  it('does not count a month added or removed as revised figures, and sorts by month', () => {
    const older = dataset([snapshot('2018-01', { CP5: 1 }), snapshot('2018-02', { CP5: 1 }), snapshot('2018-03', { CP5: 1 })]);
    const newer = dataset([snapshot('2018-02', { CP5: 2 }), snapshot('2018-03', { CP5: 3 }), snapshot('2018-04', { CP5: 9 })]);
    expect(revisedFigures(older, newer).map((figure) => figure.month)).toEqual(['2018-02', '2018-03']);
  });

  it('finds nothing between a publication and itself', () => {
    const data = dataset([snapshot('2018-01', { CP5: 1 })]);
    expect(revisedFigures(data, data)).toEqual([]);
  });
});
