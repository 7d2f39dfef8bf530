import { describe, expect, it } from 'vitest';
import { monthView } from '../../../src/domain/board/monthView';
import { monthReport } from '../../../src/domain/present/monthReport';
import type { Indicator, NationalField, Snapshot } from '../../../src/domain/schema';

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
    // `change` is the card's word: too few months for the SPC to judge the rise, so only which way it went.
    expect(icpc!.words).toEqual({ value: '86.3%', rag: 'Green', direction: 'Improved', england: 'Better', change: 'Up', reconcile: null, national: null });
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

describe('monthReport: national rank and band', () => {
  // comparators.json's national entries as the importer writes them (counts and quartiles of the field).
  const national: NationalField[] = [
    { indicator: 'CP5', period: '2017-18', value: 52, of: 150, higher: 141, lower: 8, quartiles: [25.6, 71.825, 82.3, 88.775, 99.5] },
    { indicator: 'CP5', period: '2018-19', value: 65.3, of: 144, higher: 127, lower: 16, quartiles: [46.2, 73.175, 80.65, 88.1, 99.3] },
    { indicator: 'FD1', period: '2017-18', value: 610, of: 150, higher: 10, lower: 139, quartiles: [5, 100, 200, 300, 900] },
    { indicator: 'WF1', period: 'at 30 Sep 2017', value: null, symbol: 'u', note: 'low reliability (u)', of: 150, quartiles: [0, 10, 15, 20, 40] },
  ];
  const withNational = (month: string) => monthReport(monthView({ indicators: [cp5, demand, vacancy], snapshots }, month), undefined, { national });

  it('gives the period in force at the month, its figure, rank, field and band', () => {
    expect(withNational('2018-03').indicators[0]!.national).toEqual({ period: '2017-18', value: 52, rank: 142, of: 150, band: 'D' });
    const april = withNational('2018-04').indicators[0]!;
    expect(april.national).toEqual({ period: '2018-19', value: 65.3, rank: 128, of: 144, band: 'D' });
    expect(april.words.national).toBe('Band D, 128th of 144 in 2018-19');
  });

  it('a neutral indicator: its figure, no rank or band; the council’s own cell "u": no rank, said in words', () => {
    const [, fd1, wf1] = withNational('2018-03').indicators;
    expect(fd1!.national).toEqual({ period: '2017-18', value: 610, rank: null, of: 150, band: null });
    expect(fd1!.words.national).toBe('Context only in 2017-18');
    expect(wf1!.national).toEqual({ period: 'at 30 Sep 2017', value: null, rank: null, of: 150, band: null });
    expect(wf1!.words.national).toBe('Not ranked (low reliability, “u”) at 30 Sep 2017');
  });

  it('null without a DfE measure, or before its first period', () => {
    expect(report('2018-04').indicators.map((entry) => entry.national)).toEqual([null, null, null]);
    const early = monthReport(monthView({ indicators: [cp5], snapshots: [{ month: '2017-03', values: { CP5: 50 } }] }, '2017-03'), undefined, { national });
    expect(early.indicators[0]!.national).toBeNull();
  });
});
