// The month in sentences, as officers wrote it by hand (seed report sections 4.3 and 4.4):
// strengths (a better RAG, improved for 3+ months running, better than England) and
// underperformance (red, red for 3+ months running, worse than England); a single month's move is
// neither. The rules one by one, and special cause, are in summaryRules.test.ts.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../src/domain/board/series';
import { RUN_WORTH_SAYING, summariseIndicator, summariseMonth } from '../../../src/domain/board/summary';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'Long name', area: 'A', unit: 'percent', polarity: 'up', ...fields });
const monthOf = (index: number) => `2018-${String(index + 1).padStart(2, '0')}`;
/** Snapshots from 2018-01, one a month; undefined leaves the month without a file. */
const seriesOf = (subject: Indicator, values: (number | null | undefined)[]) =>
  indicatorSeries(
    subject,
    values.flatMap((value, index): Snapshot[] => (value === undefined ? [] : [{ month: monthOf(index), values: { [subject.id]: value } }])),
  );
const kinds = (subject: Indicator, values: (number | null | undefined)[], month: string) => {
  const summary = summariseIndicator(subject, seriesOf(subject, values), month);
  return { strengths: summary.strengths.map((item) => item.kind), underperformance: summary.underperformance.map((item) => item.kind) };
};

describe('summariseIndicator', () => {
  const target = indicator({ shortName: 'Visits', target: 85, amber: 75 });

  it('turned green: green now, amber or red in the month before with a figure', () => {
    const summary = summariseIndicator(target, seriesOf(target, [70, 90]), '2018-02');
    expect(summary.strengths.map((item) => item.kind)).toEqual(['rag-better']);
    expect(summary.strengths[0]!.text).toBe('Visits turned green at 90% (target 85%), from red in Jan 2018.');
    expect(summary.strengths[0]!.indicatorId).toBe('X1');
  });

  it('improved for fewer than 3 months: nothing; for 3 or more: the run', () => {
    expect(RUN_WORTH_SAYING).toBe(3);
    expect(kinds(target, [50, 55, 60], '2018-03').strengths).toEqual([]);
    const run = summariseIndicator(target, seriesOf(target, [50, 55, 60, 65]), '2018-04');
    expect(run.strengths.map((item) => item.kind)).toEqual(['improving-run']);
    expect(run.strengths[0]!.text).toBe('Visits has improved for 3 months running, to 65%.');
  });

  it('red, and red for 3 or more months running, counted over months with no file', () => {
    expect(kinds(target, [90, 50], '2018-02').underperformance).toEqual(['red']);
    const run = summariseIndicator(target, seriesOf(target, [50, undefined, 50, 50]), '2018-04');
    expect(run.underperformance.map((item) => item.kind)).toEqual(['red-run']);
    expect(run.underperformance[0]!.text).toBe('Visits has been red for 3 months running: 50% against a target of 85%.');
  });

  it('a null month ends a red run: it was not red, it was not reported', () => {
    expect(kinds(target, [50, null, 50, 50], '2018-04').underperformance).toEqual(['red']);
  });

  it('down polarity: a fall is an improvement, a rise a worsening', () => {
    const vacancy = indicator({ polarity: 'down', target: 20, amber: 25 });
    expect(kinds(vacancy, [30, 28], '2018-02')).toEqual({ strengths: [], underperformance: ['red'] });
    expect(kinds(vacancy, [30, 28, 26, 24], '2018-04')).toEqual({ strengths: ['rag-better', 'improving-run'], underperformance: [] });
    expect(kinds(vacancy, [18, 22, 24, 25], '2018-04')).toEqual({ strengths: [], underperformance: ['worsening-run'] });
  });

  it('amber is neither a strength nor underperformance on its own', () => {
    expect(kinds(target, [80, 80], '2018-02')).toEqual({ strengths: [], underperformance: [] });
  });

  it('compares with England in force, saying the period; similar says nothing', () => {
    const england = indicator({ benchmarks: [{ label: 'England', period: '2017-18', value: 80 }] });
    const better = summariseIndicator(england, seriesOf(england, [90]), '2018-01');
    expect(better.strengths.map((item) => item.text)).toEqual(['Long name at 90% is better than England (80%, 2017-18).']);
    expect(kinds(england, [70], '2018-01').underperformance).toEqual(['worse-than-england']);
    expect(kinds(england, [80.5], '2018-01')).toEqual({ strengths: [], underperformance: [] });
  });

  it('a neutral indicator has nothing to praise or worry about: no RAG, no better or worse', () => {
    const neutral = indicator({ polarity: 'neutral', unit: 'count', target: 10, benchmarks: [{ label: 'England', period: '2017-18', value: 10 }] });
    expect(kinds(neutral, [5, 50], '2018-02')).toEqual({ strengths: [], underperformance: [] });
  });

  it('no figure this month (null, no file, or no previous month): nothing, or only what the month alone shows', () => {
    expect(kinds(target, [90, null], '2018-02')).toEqual({ strengths: [], underperformance: [] });
    expect(kinds(target, [90], '2018-05')).toEqual({ strengths: [], underperformance: [] });
    // The first month: red, but no direction of travel.
    expect(kinds(target, [50], '2018-01')).toEqual({ strengths: [], underperformance: ['red'] });
  });
});

describe('summariseMonth', () => {
  it('gathers every indicator’s items in catalogue order', () => {
    const a = indicator({ id: 'A1', target: 85 });
    const b = indicator({ id: 'B1', target: 85 });
    const summary = summariseMonth([{ indicator: a, series: seriesOf(a, [50]) }, { indicator: b, series: seriesOf(b, [40]) }], '2018-01');
    expect(summary.underperformance.map((item) => item.indicatorId)).toEqual(['A1', 'B1']);
    expect(summary.strengths).toEqual([]);
  });
});
