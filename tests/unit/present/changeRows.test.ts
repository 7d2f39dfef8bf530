// The "since the last meeting" grid: each indicator's figure and RAG in words for each reporting
// month between two months, the RAG change between the ends in words, and target changes as
// sentences. Inputs are built here; the RAGs follow data-contract.md from the targets below.
import { describe, expect, it } from 'vitest';
import type { MonthChanges } from '../../../src/domain/board/changes';
import { indicatorSeries } from '../../../src/domain/board/series';
import { changeRows, revisionRows, targetChangeSentences } from '../../../src/domain/present/changeRows';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const vacancy: Indicator = {
  id: 'WF1', name: 'Social worker vacancy rate', shortName: 'Vacancy rate', area: 'Workforce', unit: 'percent', polarity: 'down',
  targets: [{ from: '2018-01', target: 25, amber: 30 }, { from: '2018-03', target: 20 }],
};
const demand: Indicator = { id: 'FD2', name: 'Front door demand', area: 'Front door', unit: 'count', polarity: 'neutral' };
const snap = (month: string, values: Snapshot['values']): Snapshot => ({ month, values });
const snapshots = [
  snap('2018-01', { WF1: 35, FD2: 70 }),
  snap('2018-02', { WF1: 28, FD2: null }),
  snap('2018-03', { WF1: 19.5 }),
];
const series = new Map([
  ['WF1', indicatorSeries(vacancy, snapshots)],
  ['FD2', indicatorSeries(demand, snapshots)],
]);
const changes: MonthChanges = {
  from: '2018-01',
  to: '2018-03',
  months: ['2018-01', '2018-02', '2018-03'],
  rag: [{ indicator: 'WF1', from: 'red', to: 'green' }],
  targets: [{ indicator: 'WF1', from: '2018-03', target: 20, previous: { target: 25, amber: 30 } }],
  actions: { newlyOverdue: [], completed: [] },
};

describe('changeRows', () => {
  const rows = changeRows([vacancy, demand], series, changes);

  it('one row per indicator in catalogue order, by its short name', () => {
    expect(rows.map((row) => [row.id, row.name])).toEqual([
      ['WF1', 'Vacancy rate'],
      ['FD2', 'Front door demand'],
    ]);
  });

  it('each month’s figure and RAG in words (lower is better, target changing in March)', () => {
    // 35 > amber 30: red; 28 within 25 to 30: amber; 19.5 <= the new target 20: green.
    expect(rows[0]!.cells.map((cell) => [cell.month, cell.value, cell.ragText])).toEqual([
      ['2018-01', '35%', 'Red'],
      ['2018-02', '28%', 'Amber'],
      ['2018-03', '19.5%', 'Green'],
    ]);
    expect(rows[0]!.change).toBe('Red to Green');
  });

  it('a neutral indicator is context only; a null month is not available; no entry, no figure', () => {
    expect(rows[1]!.cells.map((cell) => [cell.value, cell.ragText, cell.rag])).toEqual([
      ['70', 'Context only', undefined],
      ['Not available', 'Context only', undefined],
      ['Not available', 'Context only', undefined],
    ]);
    expect(rows[1]!.change).toBeUndefined();
  });

  it('a month outside the series says it has no snapshot; a change to or from no RAG says so', () => {
    const later = changeRows([vacancy], series, { ...changes, months: ['2018-03', '2018-04'], rag: [{ indicator: 'WF1', from: 'green', to: null }] });
    expect(later[0]!.cells[1]).toEqual({ month: '2018-04', value: 'Not available', rag: undefined, ragText: 'No snapshot' });
    // Not "Green to No RAG", which reads as a fall: which end had none, and why.
    expect(later[0]!.change).toBe('No RAG set in Apr 2018: no snapshot; Green in Mar 2018');
    const gained = changeRows([vacancy], series, { ...changes, months: ['2018-04', '2018-03'], rag: [{ indicator: 'WF1', from: null, to: 'green' }] });
    expect(gained[0]!.change).toBe('Green in Mar 2018; no RAG set in Apr 2018: no snapshot');
  });
});

describe('targetChangeSentences', () => {
  it('says what the target was and became, and from when', () => {
    expect(targetChangeSentences([vacancy], changes)).toEqual(['Vacancy rate: target changed from 25% to 20% in Mar 2018.']);
  });

  it('a first target changes from no target', () => {
    const first: MonthChanges = { ...changes, targets: [{ indicator: 'WF1', from: '2018-01', target: 25, amber: 30 }] };
    expect(targetChangeSentences([vacancy], first)).toEqual(['Vacancy rate: target changed from no target to 25% in Jan 2018.']);
  });

  it('no changes: no sentences', () => {
    expect(targetChangeSentences([vacancy], { ...changes, targets: [] })).toEqual([]);
  });
});

describe('revisionRows', () => {
  it('words each revised figure as published then and now, in the indicator’s unit', () => {
    expect(revisionRows([vacancy, demand], [{ month: '2018-02', indicator: 'WF1', before: { value: 28 }, after: { value: 27.5 } }])).toEqual([
      { key: '2018-02-WF1', month: '2018-02', id: 'WF1', name: 'Vacancy rate', before: '28%', after: '27.5%' },
    ]);
  });

  it('shows the counts when they changed but the figure did not, and "Not published" for a figure added or withdrawn', () => {
    const rows = revisionRows([vacancy, demand], [
      { month: '2018-01', indicator: 'WF1', before: { value: 35, numerator: 7, denominator: 20 }, after: { value: 35, numerator: 14, denominator: 40 } },
      { month: '2018-02', indicator: 'FD2', after: { value: 64 } },
      { month: '2018-03', indicator: 'GONE', before: { value: null } },
    ]);
    expect(rows.map((row) => [row.name, row.before, row.after])).toEqual([
      ['Vacancy rate', '35% (7 of 20)', '35% (14 of 40)'],
      ['Front door demand', 'Not published', '64'],
      ['GONE', 'Not available', 'Not published'],
    ]);
  });
});
