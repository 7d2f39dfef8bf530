import { describe, expect, it } from 'vitest';
import { monthView } from '../../../src/domain/board/monthView';
import { monthReport } from '../../../src/domain/present/monthReport';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const cp5: Indicator = {
  id: 'CP5', name: 'ICPCs in 15 days', area: 'Child protection', shortName: 'ICPC timeliness', unit: 'percent', polarity: 'up', priority: true,
  targets: [{ from: '2018-04', target: 85, amber: 75 }],
  benchmarks: [{ label: 'England', period: '2017-18', value: 77 }, { label: 'England', period: '2018-19', value: 78.7 }],
};
const demand: Indicator = { id: 'FD1', name: 'Front door demand', area: 'Front door', unit: 'count', polarity: 'neutral' };
const vacancy: Indicator = { id: 'WF1', name: 'Vacancy rate', area: 'Workforce', unit: 'percent', polarity: 'down', target: 20 };
const snapshots: Snapshot[] = [
  { month: '2018-03', values: { CP5: 70, FD1: 60, WF1: 30 } },
  { month: '2018-04', status: 'provisional', values: { CP5: 86.3, FD1: 60, WF1: null } },
];
const report = (month: string) => monthReport(monthView({ indicators: [cp5, demand, vacancy], snapshots }, month));

describe('monthReport', () => {
  it('gives each indicator the fields other systems read, with the target and England figure in force', () => {
    const [icpc] = report('2018-04').indicators;
    expect(icpc).toMatchObject({
      id: 'CP5', name: 'ICPC timeliness', value: 86.3, unit: 'percent', target: 85, amber: 75, rag: 'green', direction: 'improved',
      previous: { month: '2018-03', value: 70 }, england: { value: 78.7, period: '2018-19' },
    });
    expect(icpc!.words).toEqual({ value: '86.3%', rag: 'Green', direction: 'Improved', england: 'Better', change: 'Improved', reconcile: null });
  });

  it('uses null, never a made-up figure, for no target, no RAG, no value, no direction, no England', () => {
    const march = report('2018-03');
    expect(march.indicators[0]).toMatchObject({ target: null, rag: null, direction: null, previous: null, england: { period: '2017-18' } });
    const [, fd1, wf1] = report('2018-04').indicators;
    expect(fd1).toMatchObject({ rag: null, target: null, direction: 'no change', england: null });
    expect(fd1!.words.rag).toBe('Context only');
    expect(wf1).toMatchObject({ value: null, rag: null, direction: null, target: 20 });
    expect(wf1!.words).toMatchObject({ value: 'Not available', rag: 'Not available' });
  });

  it('says whether the month is final or provisional, and is plain JSON', () => {
    expect(report('2018-03').status).toBe('final');
    const april = report('2018-04');
    expect(april.status).toBe('provisional');
    expect(JSON.parse(JSON.stringify(april))).toEqual(april);
  });
});
