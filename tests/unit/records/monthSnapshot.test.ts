// The counted month into snapshots/M.json: what each measure writes, what is kept, and a figure the
// extract would change kept unless the officer says replace.
import { describe, expect, it } from 'vitest';
import type { MeasureResult } from '../../../src/domain/records/aggregate';
import type { MonthCount } from '../../../src/domain/records/countMonth';
import { changedParts, mergeCountIntoSnapshot, snapshotFigure } from '../../../src/domain/records/monthSnapshot';
import { ANNEX_A_MEASURE_IDS, type Indicator, type Snapshot } from '../../../src/domain/schema';

const percent: MeasureResult = {
  counted: true, value: 75, numerator: 3, denominator: 4,
  breakdown: { 'CP 1': { value: 66.7, numerator: 2, denominator: 3 }, Unallocated: { value: 100, numerator: 1, denominator: 1 } },
};
const noCases: MeasureResult = { counted: true, value: null, numerator: 0, denominator: 0, breakdown: {}, note: 'No cases this month' };
const count: MeasureResult = { counted: true, value: 4, breakdown: { 'CP 1': { value: 3 }, Unallocated: { value: 1 } } };
const caseload: MeasureResult = { counted: true, value: 12.5, numerator: 25, denominator: 2, breakdown: { 'CP 1': { value: 12.5, numerator: 25, denominator: 2 } } };

describe('snapshotFigure', () => {
  it('a percentage keeps its counts and each team’s', () => {
    expect(snapshotFigure('icpcIn15', percent)).toEqual({ value: 75, numerator: 3, denominator: 4, breakdown: { 'CP 1': { value: 66.7, numerator: 2, denominator: 3 }, Unallocated: { value: 100, numerator: 1, denominator: 1 } } });
  });

  it('no cases: null with its note, and no counts (a denominator of 0 is an error in a snapshot)', () => {
    expect(snapshotFigure('icpcIn15', noCases)).toEqual({ value: null, note: 'No cases this month' });
  });

  it('a count and a caseload give each team’s figure as a number (an FTE is no whole denominator)', () => {
    expect(snapshotFigure('cpPlans', count)).toEqual({ value: 4, breakdown: { 'CP 1': 3, Unallocated: 1 } });
    expect(snapshotFigure('caseload', caseload)).toEqual({ value: 12.5, breakdown: { 'CP 1': 12.5 } });
    expect(snapshotFigure('contacts', { counted: true, value: 0, breakdown: {} })).toEqual({ value: 0 });
  });
});

describe('changedParts', () => {
  it('names the counted parts the extract would change; a part the file lacks is only added', () => {
    expect(changedParts({ value: 75 }, { value: 75, numerator: 3, denominator: 4 })).toEqual([]);
    expect(changedParts({ value: 70, numerator: 7, denominator: 10 }, { value: 75, numerator: 3, denominator: 4 })).toEqual(['value', 'numerator', 'denominator']);
    expect(changedParts({ value: 4, breakdown: { A: 4 } }, { value: 4, breakdown: { B: 4 } })).toEqual(['breakdown']);
  });
});

const CP5: Indicator = { id: 'CP5', name: 'ICPCs', area: 'CP', unit: 'percent', polarity: 'up', source: { annexA: 'icpcIn15' } };
const CP1: Indicator = { id: 'CP1', name: 'Plans', area: 'CP', unit: 'count', polarity: 'neutral', source: { annexA: 'cpPlans' } };
const CL1: Indicator = { id: 'CL1', name: 'Caseload', area: 'W', unit: 'number', polarity: 'down', source: { annexA: 'caseload' } };
const WF1: Indicator = { id: 'WF1', name: 'Vacancies', area: 'W', unit: 'percent', polarity: 'down' };

function counted(measures: Partial<Record<string, MeasureResult>>): MonthCount {
  const all = Object.fromEntries(ANNEX_A_MEASURE_IDS.map((id) => [id, measures[id] ?? { counted: false, value: null, note: `Needs list 9 for ${id}` }]));
  return { month: '2019-04', measures: all as MonthCount['measures'], problems: [] };
}

describe('mergeCountIntoSnapshot', () => {
  it('a new month: every indicator counted from Annex A, status final, and why the others are not', () => {
    const merged = mergeCountIntoSnapshot(undefined, counted({ icpcIn15: percent, cpPlans: count }), [CP5, CP1, CL1, WF1], { replace: false });
    expect(merged.snapshot).toEqual({ month: '2019-04', status: 'final', values: { CP5: snapshotFigure('icpcIn15', percent), CP1: snapshotFigure('cpPlans', count) } });
    expect(merged.written.map((figure) => figure.indicator)).toEqual(['CP5', 'CP1']);
    expect(merged.notCounted).toEqual([{ indicator: 'CL1', measure: 'caseload', note: 'Needs list 9 for caseload' }]);
  });

  it('keeps every other field of the file, and of the figure (quality, narrative, a note typed by hand)', () => {
    const existing: Snapshot = {
      month: '2019-04', status: 'provisional', commentary: 'Typed.', questions: [{ text: 'Why?' }],
      values: { WF1: 19.8, CP5: { value: 75, quality: 'caution', note: 'Checked', narrative: { why: 'Because' } } },
    };
    const merged = mergeCountIntoSnapshot(existing, counted({ icpcIn15: percent }), [CP5, WF1], { replace: false });
    expect(merged.kept).toEqual([]);
    expect(merged.snapshot).toEqual({ ...existing, values: { WF1: 19.8, CP5: { ...snapshotFigure('icpcIn15', percent), quality: 'caution', note: 'Checked', narrative: { why: 'Because' } } } });
  });

  it('a figure the extract would change is kept, and listed, unless replace', () => {
    const existing: Snapshot = { month: '2019-04', values: { CP5: { value: 50, numerator: 1, denominator: 2 }, CP1: 7 } };
    const kept = mergeCountIntoSnapshot(existing, counted({ icpcIn15: percent, cpPlans: count }), [CP5, CP1], { replace: false });
    expect(kept.snapshot.values).toEqual(existing.values);
    expect(kept.kept.map((figure) => [figure.indicator, figure.before, figure.counted.value])).toEqual([
      ['CP5', { value: 50, numerator: 1, denominator: 2 }, 75],
      ['CP1', { value: 7 }, 4],
    ]);
    const replaced = mergeCountIntoSnapshot(existing, counted({ icpcIn15: percent, cpPlans: count }), [CP5, CP1], { replace: true });
    expect(replaced.snapshot.values).toEqual({ CP5: snapshotFigure('icpcIn15', percent), CP1: snapshotFigure('cpPlans', count) });
    expect(replaced.kept).toEqual([]);
  });

  it('"No cases this month" was counted, not typed: it follows the count without replace', () => {
    const existing: Snapshot = { month: '2019-04', values: { CP5: { value: null, note: 'No cases this month' } } };
    const merged = mergeCountIntoSnapshot(existing, counted({ icpcIn15: percent }), [CP5], { replace: false });
    expect(merged.kept).toEqual([]);
    expect(merged.snapshot.values.CP5).toEqual(snapshotFigure('icpcIn15', percent));
  });
});
