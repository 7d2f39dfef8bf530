import { describe, expect, it } from 'vitest';
import { exceptionReasons, noFigure, redRun } from '../../../src/domain/board/exceptions';
import type { SeriesPoint } from '../../../src/domain/board/series';

const point = (month: string, rag: SeriesPoint['rag'], extra: Partial<SeriesPoint> = {}): SeriesPoint => ({ month, value: 1, noSnapshot: false, rag, ...extra });
const gap = (month: string): SeriesPoint => ({ month, value: undefined, noSnapshot: true });
const base = { concerning: false, willMissTarget: false };

describe('redRun', () => {
  it('counts the red months running up to the month, and 0 when the month is not red', () => {
    const series = [point('2018-01', 'green'), point('2018-02', 'red'), point('2018-03', 'red'), point('2018-04', 'amber')];
    expect(redRun(series, '2018-03')).toBe(2);
    expect(redRun(series, '2018-04')).toBe(0);
    expect(redRun(series, '2018-02')).toBe(1);
  });
  it('passes over a month with no file, but a reported null ends the run', () => {
    expect(redRun([point('2018-01', 'red'), gap('2018-02'), point('2018-03', 'red')], '2018-03')).toBe(2);
    expect(redRun([point('2018-01', 'red'), point('2018-02', undefined, { value: null }), point('2018-03', 'red')], '2018-03')).toBe(1);
  });
  it('is 0 before the series starts', () => {
    expect(redRun([point('2018-05', 'red')], '2018-04')).toBe(0);
  });
});

describe('exceptionReasons', () => {
  it('says newly red for the first red month, red for N months after', () => {
    const series = [point('2018-01', 'amber'), point('2018-02', 'red'), point('2018-03', 'red'), point('2018-04', 'red')];
    expect(exceptionReasons({ ...base, month: '2018-02', series })).toEqual(['newly red']);
    expect(exceptionReasons({ ...base, month: '2018-04', series })).toEqual(['red for 3 months']);
  });
  it('has no reason for a green or amber month with nothing else wrong', () => {
    expect(exceptionReasons({ ...base, month: '2018-01', series: [point('2018-01', 'amber')] })).toEqual([]);
  });
  it('lists every reason that applies, in a fixed order', () => {
    const reasons = exceptionReasons({ month: '2018-01', series: [point('2018-01', 'red')], concerning: true, willMissTarget: true, behindTrajectory: true, poorQuality: true });
    expect(reasons).toEqual(['newly red', 'special cause concerning', 'will miss target', 'behind trajectory', 'poor quality']);
  });
  it('puts a green indicator on the list for special cause concerning alone', () => {
    expect(exceptionReasons({ ...base, concerning: true, month: '2018-01', series: [point('2018-01', 'green')] })).toEqual(['special cause concerning']);
  });
});

describe('a priority indicator with no figure this month', () => {
  const blank = (value: null | undefined, noSnapshot = false): SeriesPoint => ({ month: '2018-03', value, noSnapshot });
  it('is an exception: no figure this month, first of its reasons', () => {
    expect(exceptionReasons({ ...base, priority: true, month: '2018-03', series: [point('2018-02', 'red'), blank(null)] })).toEqual(['no figure this month']);
    expect(exceptionReasons({ ...base, priority: true, concerning: true, month: '2018-03', series: [blank(undefined)] })).toEqual(['no figure this month', 'special cause concerning']);
  });
  it('is not, when the month has no file at all (the whole month is missing, not the figure)', () => {
    expect(exceptionReasons({ ...base, priority: true, month: '2018-03', series: [blank(undefined, true)] })).toEqual([]);
  });
  it('is not, for an indicator that is not a priority, nor for a month with a figure', () => {
    expect(exceptionReasons({ ...base, month: '2018-03', series: [blank(null)] })).toEqual([]);
    expect(exceptionReasons({ ...base, priority: true, month: '2018-03', series: [point('2018-03', 'green')] })).toEqual([]);
  });
  it('is not, before the series starts', () => {
    expect(noFigure([point('2018-05', 'red')], '2018-03')).toBe(false);
  });
});
