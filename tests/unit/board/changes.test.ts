import { describe, expect, it } from 'vitest';
import { defaultChangeSpan, previousPackSpan, ragChanges, resolveChangeSpan, targetChanges } from '../../../src/domain/board/changes';
import { changesBetween } from '../../../src/domain/board/changes';
import { allSeries } from '../../../src/domain/board/status';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const up: Indicator = { id: 'UP', name: 'Up', area: 'A', unit: 'percent', polarity: 'up', targets: [{ from: '2018-01', target: 60, amber: 50 }, { from: '2018-03', target: 85, amber: 75 }] };
const down: Indicator = { id: 'DN', name: 'Down', area: 'A', unit: 'percent', polarity: 'down', target: 20 };
const neutral: Indicator = { id: 'NE', name: 'Neutral', area: 'A', unit: 'count', polarity: 'neutral' };
const snapshots: Snapshot[] = [
  { month: '2018-01', values: { UP: 55, DN: 30, NE: 4 } },
  { month: '2018-02', values: { UP: 70, DN: 30, NE: 9 } },
  { month: '2018-03', values: { UP: 70, DN: null, NE: 9 } },
  { month: '2018-04', values: { UP: 90, DN: 10, NE: 2 } },
];
const indicators = [up, down, neutral];
const series = allSeries(indicators, snapshots);

describe('ragChanges', () => {
  it('lists exactly the indicators whose RAG differs, a target change included', () => {
    // UP: amber (55 vs 60/50) -> red (70 vs 85/75 from March).
    expect(ragChanges(indicators, series, '2018-01', '2018-03')).toEqual([
      { indicator: 'UP', from: 'amber', to: 'red' },
      { indicator: 'DN', from: 'red', to: null },
    ]);
  });
  it('lists nothing between two months with the same RAG everywhere, and never a neutral indicator', () => {
    expect(ragChanges(indicators, series, '2018-01', '2018-01')).toEqual([]);
    // UP is green in both (70 against 60; 90 against 85); NE has no RAG; DN went red to green.
    expect(ragChanges(indicators, series, '2018-02', '2018-04')).toEqual([{ indicator: 'DN', from: 'red', to: 'green' }]);
  });
});

describe('targetChanges', () => {
  it('lists the targets that came into force after from and by to, with the one before', () => {
    expect(targetChanges(indicators, '2018-01', '2018-04')).toEqual([{ indicator: 'UP', from: '2018-03', target: 85, amber: 75, previous: { target: 60, amber: 50 } }]);
    expect(targetChanges(indicators, '2018-03', '2018-04')).toEqual([]);
  });
});

describe('defaultChangeSpan', () => {
  it('is three reporting months before the latest, and the latest', () => {
    expect(defaultChangeSpan(['2018-01', '2018-02', '2018-03', '2018-04', '2018-05'])).toEqual({ from: '2018-02', to: '2018-05' });
  });
  it('starts at the first month when there are fewer, and is undefined with none', () => {
    expect(defaultChangeSpan(['2018-04', '2018-05'])).toEqual({ from: '2018-04', to: '2018-05' });
    expect(defaultChangeSpan([])).toBeUndefined();
  });
});

describe('changesBetween', () => {
  it('gives the months between, both ends included, with the RAG and target changes', () => {
    const changes = changesBetween({ indicators, snapshots }, '2018-02', '2018-04');
    expect(changes.months).toEqual(['2018-02', '2018-03', '2018-04']);
    expect(changes.rag.map((change) => change.indicator)).toEqual(['DN']);
    expect(changes.targets.map((change) => change.from)).toEqual(['2018-03']);
  });
});

describe('resolveChangeSpan', () => {
  const months = ['2018-01', '2018-02', '2018-03', '2018-04', '2018-05'];
  it('follows the address when both months have figures and are in order', () => {
    expect(resolveChangeSpan(months, '2018-01', '2018-03')).toEqual({ from: '2018-01', to: '2018-03' });
  });
  it('takes the default for a missing end', () => {
    expect(resolveChangeSpan(months, null, null)).toEqual({ from: '2018-02', to: '2018-05' });
    expect(resolveChangeSpan(months, '2018-01', null)).toEqual({ from: '2018-01', to: '2018-05' });
  });
  it('falls back, saying why, for months out of order or without figures', () => {
    expect(resolveChangeSpan(months, '2018-04', '2018-02')).toMatchObject({ from: '2018-02', to: '2018-05', note: expect.stringMatching(/before/) });
    expect(resolveChangeSpan(months, '2017-01', '2018-02')).toMatchObject({ from: '2018-02', note: expect.stringMatching(/no figures/) });
  });
  it('is undefined with no months', () => {
    expect(resolveChangeSpan([], '2018-01', '2018-02')).toBeUndefined();
  });
});

describe('previousPackSpan', () => {
  const months = ['2018-01', '2018-02', '2018-03', '2018-04', '2018-05', '2018-06'];
  it('is three reporting months before the pack’s month, and the month', () => {
    expect(previousPackSpan(months, '2018-06')).toEqual({ from: '2018-03', to: '2018-06' });
    expect(previousPackSpan(months, '2018-05')).toEqual({ from: '2018-02', to: '2018-05' });
  });
  it('starts at the first month when fewer than three come before', () => {
    expect(previousPackSpan(months, '2018-02')).toEqual({ from: '2018-01', to: '2018-02' });
  });
  it('counts reporting months, not calendar months, across a missing month', () => {
    expect(previousPackSpan(['2018-01', '2018-03', '2018-04', '2018-05'], '2018-05')).toEqual({ from: '2018-01', to: '2018-05' });
  });
  it('is undefined for the first month, or a month with no snapshot', () => {
    expect(previousPackSpan(months, '2018-01')).toBeUndefined();
    expect(previousPackSpan(months, '2018-07')).toBeUndefined();
    expect(previousPackSpan([], '2018-01')).toBeUndefined();
  });
});
