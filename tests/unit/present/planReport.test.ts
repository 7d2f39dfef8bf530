// The month report's plan fields: owner, quality, trajectory, yearToDate per indicator, and the
// month's overdue actions with the date in force.
import { describe, expect, it } from 'vitest';
import { monthView } from '../../../src/domain/board/monthView';
import { monthReport } from '../../../src/domain/present/monthReport';
import type { Indicator, Snapshot, Workstream } from '../../../src/domain/schema';

const cp5: Indicator = {
  id: 'CP5', name: 'ICPCs in 15 days', area: 'Child protection', unit: 'percent', polarity: 'up', owner: 'Head of Service, CP',
  trajectory: [{ month: '2018-03', value: 60 }, { month: '2018-06', value: 80 }],
};
const wf1: Indicator = { id: 'WF1', name: 'Agency workers', area: 'Workforce', unit: 'count', polarity: 'down' };
const workstreams: Workstream[] = [{ id: 'people', name: 'People', sro: 'Director' }, { id: 'practice', name: 'Practice', sro: 'Director' }];
const snapshots: Snapshot[] = [
  { month: '2018-04', values: { CP5: { value: 70, numerator: 7, denominator: 10 }, WF1: 10 } },
  {
    month: '2018-05',
    values: { CP5: { value: 60, numerator: 3, denominator: 5, quality: 'poor' }, WF1: 12 },
    workstreams: {
      practice: {
        rag: 'amber',
        actionPlan: [
          { id: 'PR-04', action: 'Recruit', owner: 'Head of Workforce', due: '2018-03-31', revisedDue: '2018-04-30', status: 'at-risk' },
          { id: 'PR-05', action: 'Train', due: '2018-04-30', status: 'complete' },
          { action: 'Audit', due: '2018-05-01' },
        ],
      },
    },
  },
];
const report = (month: string, data = { indicators: [cp5, wf1], snapshots, workstreams }) => monthReport(monthView(data, month));

describe('monthReport: the plan’s fields', () => {
  it('gives owner, quality, the trajectory (planned value as shown) and the year to date', () => {
    const [icpc, agency] = report('2018-05').indicators;
    expect(icpc).toMatchObject({ owner: 'Head of Service, CP', quality: 'poor', trajectory: { planned: 73.3, status: 'behind' }, yearToDate: { value: 66.7, period: '2018-19', months: 2 } });
    expect(agency).toMatchObject({ owner: null, quality: null, trajectory: null, yearToDate: { value: 22, period: '2018-19', months: 2 } });
  });

  it('is on trajectory at or above the planned value', () => {
    expect(report('2018-04').indicators[0]).toMatchObject({ trajectory: { planned: 66.7, status: 'on' } });
  });

  it('lists the overdue actions with the date in force, earliest first, id and owner null when not given', () => {
    expect(report('2018-05').actions.overdue).toEqual([
      { workstream: 'practice', id: 'PR-04', action: 'Recruit', owner: 'Head of Workforce', due: '2018-04-30' },
      { workstream: 'practice', id: null, action: 'Audit', owner: null, due: '2018-05-01' },
    ]);
    expect(report('2018-04').actions.overdue).toEqual([]);
  });

  it('a folder without the plan’s fields gives nulls and no actions, and keeps every earlier field', () => {
    const plain = report('2018-04', { indicators: [{ ...cp5, owner: undefined, trajectory: undefined }, wf1], snapshots: [{ month: '2018-04', values: { CP5: 70, WF1: 10 } }], workstreams });
    expect(plain.indicators[0]).toMatchObject({ id: 'CP5', value: 70, owner: null, quality: null, trajectory: null, yearToDate: null });
    expect(Object.keys(plain.indicators[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'value', 'unit', 'target', 'amber', 'rag', 'direction', 'previous', 'england', 'words']));
    expect(plain.actions).toEqual({ overdue: [] });
  });
});
