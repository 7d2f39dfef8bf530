import { describe, expect, it } from 'vitest';
import { planInUse } from '../../../src/domain/board/planInUse';
import { hasTargetRecord, targetChanges } from '../../../src/domain/board/targetChanges';
import type { Indicator } from '../../../src/domain/schema';

const base: Indicator = { id: 'CP5', name: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up' };

describe('targetChanges', () => {
  it('logs each dated target, oldest first, with the target it replaced and who approved it', () => {
    const indicator: Indicator = {
      ...base,
      targets: [
        { from: '2018-04', target: 85, amber: 75, reason: 'Year two of the plan', approvedBy: 'Improvement Board', approved: '2018-03-20' },
        { from: '2017-10', target: 60, amber: 50 },
      ],
    };
    expect(targetChanges(indicator)).toEqual([
      { from: '2017-10', target: 60, amber: 50, previous: undefined, reason: undefined, approvedBy: undefined, approved: undefined },
      { from: '2018-04', target: 85, amber: 75, previous: 60, reason: 'Year two of the plan', approvedBy: 'Improvement Board', approved: '2018-03-20' },
    ]);
    expect(hasTargetRecord(indicator)).toBe(true);
  });

  it('has no log for the shorthand target, and no record without reasons or approvals', () => {
    expect(targetChanges({ ...base, target: 85 })).toEqual([]);
    expect(hasTargetRecord({ ...base, targets: [{ from: '2017-10', target: 60 }] })).toBe(false);
  });
});

describe('planInUse', () => {
  it('is false for a folder written without the plan’s fields, true with any one of them', () => {
    const snapshots = [{ month: '2018-01', values: { CP5: 40 } }];
    expect(planInUse([base], snapshots)).toBe(false);
    expect(planInUse([{ ...base, spc: { recalculateFrom: ['2018-01'] } }], snapshots)).toBe(false);
    expect(planInUse([{ ...base, owner: 'Head of CP' }], snapshots)).toBe(true);
    expect(planInUse([{ ...base, aggregate: 'mean' }], snapshots)).toBe(true);
    expect(planInUse([base], [{ month: '2018-01', values: { CP5: { value: 40, quality: 'good' } } }])).toBe(true);
    expect(planInUse([base], [{ month: '2018-01', values: {}, workstreams: { practice: { rag: 'green', actionPlan: [] } } }])).toBe(true);
  });
});
