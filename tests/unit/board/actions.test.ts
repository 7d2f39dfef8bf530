import { describe, expect, it } from 'vitest';
import { actionsOverdueFirst, overdueActions } from '../../../src/domain/board/actions';
import { actionChanges } from '../../../src/domain/board/changes';
import { actionCounts, dueInForce, isOverdue } from '../../../src/domain/plan';
import type { Action, Snapshot } from '../../../src/domain/schema';

const action = (extra: Partial<Action>): Action => ({ action: 'Recruit permanent social workers', ...extra });

describe('isOverdue', () => {
  it('is overdue when its due date is before the month’s last day and it is not done', () => {
    expect(isOverdue(action({ due: '2018-06-15', status: 'on-track' }), '2018-06')).toBe(true);
    expect(isOverdue(action({ due: '2018-05-31', status: 'at-risk' }), '2018-06')).toBe(true);
  });

  it('is not overdue when due on the month’s last day or later', () => {
    expect(isOverdue(action({ due: '2018-06-30' }), '2018-06')).toBe(false);
    expect(isOverdue(action({ due: '2018-02-28' }), '2018-02')).toBe(false);
    expect(isOverdue(action({ due: '2018-07-01' }), '2018-06')).toBe(false);
  });

  it('uses the revised date when there is one, either way', () => {
    expect(isOverdue(action({ due: '2018-03-31', revisedDue: '2018-09-30' }), '2018-06')).toBe(false);
    expect(isOverdue(action({ due: '2018-09-30', revisedDue: '2018-04-30' }), '2018-06')).toBe(true);
    expect(dueInForce(action({ due: '2018-03-31', revisedDue: '2018-09-30' }))).toBe('2018-09-30');
  });

  it('a complete or deferred action is never overdue; one with no date neither', () => {
    expect(isOverdue(action({ due: '2018-01-31', status: 'complete', completed: '2018-02-10' }), '2018-06')).toBe(false);
    expect(isOverdue(action({ due: '2018-01-31', status: 'deferred' }), '2018-06')).toBe(false);
    expect(isOverdue(action({ status: 'off-track' }), '2018-06')).toBe(false);
    expect(isOverdue(action({ due: '2018-01-31' }), '2018-06')).toBe(true); // no status: not done
  });
});

describe('actionCounts', () => {
  it('counts the actions due by the month’s end, those of them complete, and the overdue ones', () => {
    const plan = [
      action({ due: '2018-05-31', status: 'complete' }),
      action({ due: '2018-06-10', status: 'off-track' }),
      action({ due: '2018-06-30', status: 'on-track' }),
      action({ due: '2018-04-30', revisedDue: '2018-09-30', status: 'at-risk' }),
      action({ due: '2018-03-31', status: 'deferred' }),
      action({ status: 'not-started' }),
    ];
    expect(actionCounts(plan, '2018-06')).toEqual({ due: 3, completed: 1, overdue: 1 });
  });
});

describe('overdueActions', () => {
  const snapshot: Snapshot = {
    month: '2018-06',
    values: {},
    workstreams: {
      partnerships: { rag: 'amber', actionPlan: [action({ id: 'PA-01', due: '2018-05-31' })] },
      practice: {
        rag: 'red',
        actionPlan: [action({ id: 'PR-02', due: '2018-06-01', status: 'complete' }), action({ id: 'PR-04', due: '2018-03-31', revisedDue: '2018-05-31', owner: 'Head of Workforce' })],
      },
    },
  };

  it('lists every workstream’s overdue actions, earliest date in force first, then in the catalogue’s order', () => {
    const overdue = overdueActions(snapshot, [{ id: 'practice' }, { id: 'partnerships' }]);
    expect(overdue.map((item) => [item.workstream, item.action.id, item.due])).toEqual([
      ['practice', 'PR-04', '2018-05-31'],
      ['partnerships', 'PA-01', '2018-05-31'],
    ]);
  });

  it('is empty with no snapshot or no action plans', () => {
    expect(overdueActions(undefined)).toEqual([]);
    expect(overdueActions({ month: '2018-06', values: {}, workstreams: { practice: { rag: 'green' } } })).toEqual([]);
  });
});

describe('actionsOverdueFirst', () => {
  it('puts the overdue ones first (earliest first), the rest in the plan’s order', () => {
    const plan = [action({ id: 'A', due: '2018-12-31' }), action({ id: 'B', due: '2018-05-31' }), action({ id: 'C', due: '2018-02-28' }), action({ id: 'D' })];
    expect(actionsOverdueFirst(plan, '2018-06').map((item) => [item.action.id, item.overdue])).toEqual([
      ['C', true],
      ['B', true],
      ['A', false],
      ['D', false],
    ]);
  });
});

describe('actionChanges', () => {
  const month = (m: string, plan: Action[], other: Action[] = []): Snapshot => ({
    month: m,
    values: {},
    workstreams: { A: { rag: 'amber', actionPlan: plan }, ...(other.length ? { B: { rag: 'green', actionPlan: other } } : {}) },
  });
  const workstreams = [{ id: 'A' }, { id: 'B' }];

  it('lists an action that was on track at the last meeting and is overdue now, with its date in force', () => {
    const snapshots = [month('2018-03', [action({ id: 'A1', due: '2018-05-31', status: 'on-track' })]), month('2018-06', [action({ id: 'A1', due: '2018-05-31', status: 'at-risk' })])];
    expect(actionChanges(snapshots, workstreams, '2018-03', '2018-06')).toEqual({
      newlyOverdue: [{ workstream: 'A', action: snapshots[1]!.workstreams!.A!.actionPlan![0], date: '2018-05-31' }],
      completed: [],
    });
  });

  it('does not list an action overdue at both meetings, nor one whose date was revised past the month', () => {
    const snapshots = [
      month('2018-03', [action({ id: 'A1', due: '2018-01-31' }), action({ id: 'A2', due: '2018-04-30' })]),
      month('2018-06', [action({ id: 'A1', due: '2018-01-31' }), action({ id: 'A2', due: '2018-04-30', revisedDue: '2018-09-30' })]),
    ];
    expect(actionChanges(snapshots, workstreams, '2018-03', '2018-06')).toEqual({ newlyOverdue: [], completed: [] });
  });

  it('lists an action completed since, with the date it was done, and not one already complete then', () => {
    const done = action({ id: 'A1', due: '2018-05-31', status: 'complete', completed: '2018-05-20' });
    const old = action({ id: 'A2', due: '2018-01-31', status: 'complete' });
    const snapshots = [month('2018-03', [action({ id: 'A1', due: '2018-05-31', status: 'on-track' }), old]), month('2018-06', [done, old])];
    expect(actionChanges(snapshots, workstreams, '2018-03', '2018-06')).toEqual({ newlyOverdue: [], completed: [{ workstream: 'A', action: done, date: '2018-05-20' }] });
  });

  it('counts an action new to the plan since the last meeting, matched by its words when it has no id, in workstream order', () => {
    const overdueNew = action({ action: 'New action', due: '2018-04-30' });
    const doneNew = action({ action: 'Done action', status: 'complete' });
    const snapshots = [month('2018-03', [], [action({ action: 'Other' })]), month('2018-06', [doneNew], [overdueNew])];
    const changes = actionChanges(snapshots, workstreams, '2018-03', '2018-06');
    expect(changes.newlyOverdue).toEqual([{ workstream: 'B', action: overdueNew, date: '2018-04-30' }]);
    expect(changes.completed).toEqual([{ workstream: 'A', action: doneNew }]);
  });

  it('is empty when either month has no snapshot or no plan', () => {
    expect(actionChanges([], workstreams, '2018-03', '2018-06')).toEqual({ newlyOverdue: [], completed: [] });
    expect(actionChanges([{ month: '2018-06', values: {} }], workstreams, '2018-03', '2018-06')).toEqual({ newlyOverdue: [], completed: [] });
  });
});
