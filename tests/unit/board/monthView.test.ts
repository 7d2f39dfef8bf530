// The month view: one function from the data and a month to what every page shows of it.
import { describe, expect, it } from 'vitest';
import { latestMonth, monthView, seriesOf, snapshotMonths } from '../../../src/domain/board/monthView';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const up: Indicator = {
  id: 'UP1', name: 'Visits in time', area: 'Child protection', unit: 'percent', polarity: 'up', priority: true,
  targets: [{ from: '2018-01', target: 60, amber: 50 }, { from: '2018-03', target: 85, amber: 75 }],
  benchmarks: [{ label: 'England', period: '2017-18', value: 80 }],
};
const down: Indicator = { id: 'DN1', name: 'Vacancy rate', area: 'Workforce', unit: 'percent', polarity: 'down', priority: true, target: 20, amber: 25 };
const neutral: Indicator = { id: 'NE1', name: 'Demand', area: 'Front door', unit: 'count', polarity: 'neutral', priority: false };
const snap = (month: string, values: Snapshot['values']): Snapshot => ({ month, values });
const snapshots = [
  snap('2018-01', { UP1: 55, DN1: 30, NE1: 10 }),
  snap('2018-02', { UP1: 70, DN1: 22, NE1: 10 }),
  // 2018-03 missing: no file
  snap('2018-04', { UP1: 80, DN1: { value: null, note: 'Not reportable' }, NE1: 12 }),
];
const data = { indicators: [up, down, neutral], snapshots };

describe('monthView', () => {
  it('lists every indicator in catalogue order and the priority ones apart', () => {
    const view = monthView(data, '2018-04');
    expect(view.indicators.map((status) => status.indicator.id)).toEqual(['UP1', 'DN1', 'NE1']);
    expect(view.priority.map((status) => status.indicator.id)).toEqual(['UP1', 'DN1']);
  });

  it('gives the months with a snapshot and the one before the chosen month, skipping a month with no file', () => {
    const view = monthView(data, '2018-04');
    expect(view.months).toEqual(['2018-01', '2018-02', '2018-04']);
    expect(view.previousMonth).toBe('2018-02');
    expect(view.snapshot?.month).toBe('2018-04');
  });

  it('has no previous month, and no direction, in the first month', () => {
    const view = monthView(data, '2018-01');
    expect(view.previousMonth).toBeUndefined();
    expect(view.indicators[0]!.travel).toBeUndefined();
  });

  it('judges each figure against the target in force that month', () => {
    // 70 is green against February's 60; 80 is amber against April's 85 (amber from 75).
    expect(monthView(data, '2018-02').indicators[0]!.rag).toBe('green');
    expect(monthView(data, '2018-04').indicators[0]!.rag).toBe('amber');
  });

  it('reads a fall as an improvement for a down indicator, and a null value as no RAG', () => {
    const february = monthView(data, '2018-02').indicators[1]!;
    expect(february.rag).toBe('amber');
    expect(february.travel?.direction).toBe('improved');
    const april = monthView(data, '2018-04').indicators[1]!;
    expect(april.value).toBeNull();
    expect(april.rag).toBeUndefined();
  });

  it('gives a neutral indicator no RAG and up or down for its direction', () => {
    const april = monthView(data, '2018-04').indicators[2]!;
    expect(april.rag).toBeUndefined();
    expect(april.travel?.direction).toBe('up');
  });

  it('summarises only the priority indicators', () => {
    const view = monthView(data, '2018-01');
    const ids = [...view.summary.strengths, ...view.summary.underperformance].map((item) => item.indicatorId);
    expect(ids).not.toContain('NE1');
    // 55 is amber against 60 (amber from 50), and worse than England's 80.
    expect(view.summary.underperformance.map((item) => item.kind)).toContain('worse-than-england');
    expect(ids).toContain('UP1');
  });

  it('works the series out once per data set', () => {
    expect(seriesOf(data)).toBe(seriesOf(data));
    expect(seriesOf({ ...data, snapshots: [...snapshots] })).not.toBe(seriesOf(data));
  });

  it('has an empty view for a month with no figures, and no latest month without snapshots', () => {
    const view = monthView(data, '2018-03');
    expect(view.snapshot).toBeUndefined();
    expect(view.indicators.every((status) => status.value === undefined)).toBe(true);
    expect(latestMonth([])).toBeUndefined();
    expect(latestMonth(snapshots)).toBe('2018-04');
    expect(snapshotMonths([snapshots[2]!, snapshots[0]!])).toEqual(['2018-01', '2018-04']);
  });
});

describe('monthView exceptions from the plan', () => {
  it('lists an indicator behind its trajectory, or of poor quality, even when it is green', () => {
    const planned: Indicator = { ...up, id: 'TR1', targets: [{ from: '2018-01', target: 50 }], trajectory: [{ month: '2018-01', value: 60 }, { month: '2018-04', value: 90 }] };
    const snaps: Snapshot[] = [
      { month: '2018-01', values: { TR1: 55 } },
      { month: '2018-02', values: { TR1: { value: 66, quality: 'poor' } } },
    ];
    // January: 55 is green (target 50) but behind the planned 60. February: 66 is behind the planned
    // 70 (a third of the way from 60 to 90), and marked poor.
    const january = monthView({ indicators: [planned], snapshots: snaps }, '2018-01').exceptions;
    expect(january).toMatchObject([{ indicator: 'TR1', reasons: ['behind trajectory'] }]);
    const february = monthView({ indicators: [planned], snapshots: snaps }, '2018-02').exceptions;
    expect(february[0]!.reasons).toEqual(['behind trajectory', 'poor quality']);
  });
});

describe('monthView exceptions for a blank priority figure', () => {
  it('a priority indicator reported null is on the list, "no figure this month"; a neutral one left out is not', () => {
    const april = monthView(data, '2018-04').exceptions.find((exception) => exception.indicator === 'DN1');
    expect(april?.reasons[0]).toBe('no figure this month');
    expect(monthView({ ...data, snapshots: [...snapshots, snap('2018-05', { UP1: 80 })] }, '2018-05').exceptions.map((exception) => exception.reasons)).toContainEqual(['no figure this month']);
    expect(monthView(data, '2018-04').exceptions.some((exception) => exception.indicator === 'NE1')).toBe(false);
  });
});
