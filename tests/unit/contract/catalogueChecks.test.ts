// indicators.json on its own, through readDataFile: each rule's code, place and words.
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../src/domain/contract/readFile';
import type { ProblemCode } from '../../../src/domain/contract/problems';

type Json = Record<string, unknown>;
const base = (extra: Json = {}): Json => ({ id: 'CP5', name: 'ICPC', area: 'CP', unit: 'percent', polarity: 'up', ...extra });

function problemsOf(indicators: Json[]) {
  const text = `${JSON.stringify({ indicators }, null, 2)}\n`;
  return { text, problems: readDataFile('indicators.json', text).problems };
}
const withCode = (problems: ReturnType<typeof problemsOf>['problems'], code: ProblemCode) => problems.filter((p) => p.code === code);

describe('thresholds, trajectories and benchmarks in their unit’s range', () => {
  it('a percent target above 100 is an error at the target', () => {
    const { problems } = problemsOf([base({ targets: [{ from: '2017-10', target: 850 }] })]);
    expect(withCode(problems, 'percent-out-of-range')).toMatchObject([{ severity: 'error', path: ['indicators', 0, 'targets', 0, 'target'], message: "CP5's target is a percentage outside 0 to 100", found: '850' }]);
  });

  it('a negative amber on a number, a fractional target on a count', () => {
    const { problems } = problemsOf([
      base({ id: 'CL1', unit: 'number', polarity: 'down', target: 18, amber: -2 }),
      base({ id: 'WF1', unit: 'count', polarity: 'down', target: 20.5 }),
    ]);
    expect(withCode(problems, 'negative-value')).toMatchObject([{ path: ['indicators', 0, 'amber'], message: "CL1's amber threshold cannot be negative" }]);
    expect(withCode(problems, 'fractional-count')).toMatchObject([{ path: ['indicators', 1, 'target'] }]);
  });

  it('a trajectory milestone and a benchmark of 769%', () => {
    const { problems } = problemsOf([base({ trajectory: [{ month: '2018-06', value: 165 }], benchmarks: [{ label: 'England', period: '2016-17', value: 769 }] })]);
    expect(withCode(problems, 'percent-out-of-range').map((p) => p.path)).toEqual([
      ['indicators', 0, 'trajectory', 0, 'value'],
      ['indicators', 0, 'benchmarks', 0, 'value'],
    ]);
  });

  it('0 and 100 are in range', () => {
    expect(problemsOf([base({ targets: [{ from: '2017-10', target: 100, amber: 0 }] })]).problems).toEqual([]);
  });
});

describe('two targets from the same month', () => {
  it('is an error at the second, naming the first', () => {
    const { problems, text } = problemsOf([base({ targets: [{ from: '2018-04', target: 85 }, { from: '2018-04', target: 80 }] })]);
    const [problem] = withCode(problems, 'duplicate-target-month');
    expect(problem).toMatchObject({ severity: 'error', path: ['indicators', 0, 'targets', 1, 'from'], expected: expect.stringContaining('targets[0]') });
    const lines = text.split('\n');
    expect(lines[problem!.line! - 1]).toContain('"from": "2018-04"');
    expect(problem!.line).toBeGreaterThan(lines.findIndex((line) => line.includes('"from"')) + 1);
  });
});

describe('warnings of a catalogue that is probably wrong', () => {
  it('a percent target written as a fraction (0.85)', () => {
    const [problem] = withCode(problemsOf([base({ target: 0.85, amber: 0.75 })]).problems, 'target-as-fraction');
    expect(problem).toMatchObject({ severity: 'warning', path: ['indicators', 0, 'target'], expected: expect.stringContaining('write 85 for 85%') });
  });

  it('a target of 0% is not a fraction', () => {
    expect(withCode(problemsOf([base({ polarity: 'down', target: 0 })]).problems, 'target-as-fraction')).toEqual([]);
  });

  it('a target on a neutral indicator', () => {
    expect(withCode(problemsOf([base({ polarity: 'neutral', target: 50 })]).problems, 'target-on-neutral')).toMatchObject([{ severity: 'warning', path: ['indicators', 0, 'target'] }]);
  });

  it('two benchmarks with one label and period', () => {
    const benchmarks = [{ label: 'England', period: '2016-17', value: 77 }, { label: 'London', period: '2016-17', value: 70 }, { label: 'England', period: '2016-17', value: 78 }];
    expect(withCode(problemsOf([base({ benchmarks })]).problems, 'duplicate-benchmark')).toMatchObject([{ severity: 'warning', path: ['indicators', 0, 'benchmarks', 2] }]);
  });
});

describe('an empty catalogue', () => {
  it('is one error on the file', () => {
    const { problems } = problemsOf([]);
    expect(problems).toMatchObject([{ severity: 'error', code: 'empty-catalogue', file: 'indicators.json', message: 'indicators.json lists no indicators' }]);
  });

  it('an empty workstreams.json too', () => {
    const problems = readDataFile('workstreams.json', '{ "workstreams": [] }').problems;
    expect(problems).toMatchObject([{ code: 'empty-catalogue', file: 'workstreams.json' }]);
  });
});
