// The month's strengths and underperformance: mirrored rules, and no single-month moves.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../src/domain/board/series';
import {
  englandRule,
  joinRunToSignal,
  ragChangeRule,
  redRule,
  runRule,
  specialCauseRule,
  summariseIndicator,
  type RuleInput,
} from '../../../src/domain/board/summary';
import { indicatorSpcVerdict } from '../../../src/domain/board/spc/spcIndicator';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const monthAt = (i: number) => {
  const n = 2017 * 12 + i;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
const up: Indicator = {
  id: 'UP', name: 'Visits in time', area: 'CP', unit: 'percent', polarity: 'up', target: 80, amber: 70,
  benchmarks: [{ label: 'England', period: '2016-17', value: 75, kind: 'england' }],
};
const down: Indicator = { ...up, id: 'DN', name: 'Re-referrals', polarity: 'down', target: 20, amber: 30, benchmarks: [{ label: 'England', period: '2016-17', value: 25, kind: 'england' }] };

function input(indicator: Indicator, values: number[]): RuleInput {
  const snapshots: Snapshot[] = values.map((value, i) => ({ month: monthAt(i), values: { [indicator.id]: value } }));
  const series = indicatorSeries(indicator, snapshots);
  const month = monthAt(values.length - 1);
  const point = series.at(-1)! as RuleInput['point'];
  return { indicator, series, month, point, spc: indicatorSpcVerdict(indicator, series, month) };
}
const kinds = (indicator: Indicator, values: number[]) => {
  const { series, month } = input(indicator, values);
  const summary = summariseIndicator(indicator, series, month);
  return { strengths: summary.strengths.map((item) => item.kind), underperformance: summary.underperformance.map((item) => item.kind) };
};

// Fourteen months wobbling between 84 and 86: green, common cause, similar to... England is 75,
// so "better than England" is the only thing worth saying.
const wobble = [85, 84, 86, 85, 84, 86, 85, 84, 86, 85, 84, 86, 85, 86];

describe('a single month’s small move inside common-cause variation', () => {
  it('is neither a strength nor underperformance', () => {
    const worsened = kinds(up, [...wobble, 85]);
    expect(worsened.underperformance).toEqual([]);
    expect(worsened.strengths).toEqual(['better-than-england']);
    const improved = kinds(up, [...wobble.slice(0, -1), 84, 85]);
    expect(improved.strengths).toEqual(['better-than-england']);
  });
});

describe('red', () => {
  it('says red, and the RAG it came from, in one sentence', () => {
    const item = redRule(input(up, [75, 65]));
    expect(item?.kind).toBe('red');
    expect(item?.text).toBe('Visits in time is red: 65% against a target of 80%, from amber in Jan 2017.');
    expect(ragChangeRule(input(up, [75, 65]))).toBeUndefined();
  });

  it('says how long once red for three months running', () => {
    expect(redRule(input(up, [60, 61, 62]))?.text).toBe('Visits in time has been red for 3 months running: 62% against a target of 80%.');
  });

  it('says nothing of a figure that is not red', () => {
    expect(redRule(input(up, [60, 72]))).toBeUndefined();
  });
});

describe('a RAG that moved', () => {
  it('is a strength when better and underperformance when worse, by polarity', () => {
    expect(ragChangeRule(input(up, [75, 82]))?.kind).toBe('rag-better');
    expect(ragChangeRule(input(up, [82, 75]))?.kind).toBe('rag-worse');
    expect(ragChangeRule(input(down, [25, 15]))?.kind).toBe('rag-better');
    expect(ragChangeRule(input(down, [15, 25]))?.text).toBe('Re-referrals slipped to amber at 25% (target 20%), from green in Jan 2017.');
  });

  it('says nothing when the RAG is the same or there is no earlier figure', () => {
    expect(ragChangeRule(input(up, [82, 90]))).toBeUndefined();
    expect(ragChangeRule(input(up, [82]))).toBeUndefined();
  });
});

describe('special cause', () => {
  it('is a strength when improving', () => {
    const item = specialCauseRule(input(up, [...wobble, 95]));
    expect(item?.kind).toBe('special-cause-improving');
    expect(item?.text).toBe('Visits in time at 95% shows special cause variation, improving: above the upper process limit.');
  });

  it('is underperformance when concerning, even while green', () => {
    expect(specialCauseRule(input(up, [...wobble, 80]))?.kind).toBe('special-cause-concerning');
    expect(kinds(up, [...wobble, 80]).underperformance).toContain('special-cause-concerning');
  });

  it('is not read from fewer than 12 months', () => {
    expect(specialCauseRule(input(up, [85, 84, 86, 85, 95]))).toBeUndefined();
  });
});

describe('three months running', () => {
  it('is a strength when improving and underperformance when worsening', () => {
    expect(runRule(input(up, [70, 72, 74, 76]))?.text).toBe('Visits in time has improved for 3 months running, to 76%.');
    expect(runRule(input(up, [76, 74, 72, 70]))?.kind).toBe('worsening-run');
    expect(runRule(input(down, [30, 28, 26, 24]))?.kind).toBe('improving-run');
  });

  it('says nothing of two months', () => {
    expect(runRule(input(up, [70, 70, 72, 74]))).toBeUndefined();
  });
});

describe('England', () => {
  it('compares with the England figure of the month’s own period', () => {
    expect(englandRule(input(up, [85]))?.kind).toBe('better-than-england');
    expect(englandRule(input(up, [60]))?.text).toBe('Visits in time at 60% is worse than England (75%, 2016-17).');
    expect(englandRule(input(up, [75.5]))).toBeUndefined();
  });
});

describe('joinRunToSignal', () => {
  it('leaves items alone without both a signal and a run', () => {
    const only = [{ indicatorId: 'A', kind: 'improving-run' as const, text: 'A has improved for 3 months running, to 5%.' }];
    expect(joinRunToSignal(only)).toEqual(only);
  });
});

describe('mirrored', () => {
  it('gives a down indicator the mirror image of an up one', () => {
    const rising = [60, 62, 60, 62, 60, 62, 60, 62, 60, 62, 60, 62, 64, 66, 90];
    const upKinds = kinds({ ...up, target: 70, amber: 65 }, rising);
    const downKinds = kinds({ ...down, target: 30, amber: 35, benchmarks: [{ label: 'England', period: '2016-17', value: 25, kind: 'england' }] }, rising.map((value) => 100 - value));
    expect(downKinds).toEqual(upKinds);
    // The run is said inside the special cause sentence, not twice.
    expect(upKinds.strengths).toEqual(['rag-better', 'special-cause-improving', 'better-than-england']);
  });

  it('joins a run to a special cause signal on the same side, in one sentence', () => {
    const { series, month } = input(up, [60, 62, 60, 62, 60, 62, 60, 62, 60, 62, 60, 62, 64, 66, 90]);
    const texts = summariseIndicator(up, series, month).strengths.map((entry) => entry.text);
    // 60, 62, 64, 66, 90: four rises in a row.
    expect(texts).toContain('Visits in time at 90% shows special cause variation, improving: above the upper process limit; it has improved for 4 months running.');
    expect(texts.some((text) => text.startsWith('Visits in time has improved'))).toBe(false);
  });
});
