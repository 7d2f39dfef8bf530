import { describe, expect, it } from 'vitest';
import { asPercentage, isFractionAmong, percentAsFractionProblems, type SnapshotFile } from '../../../src/domain/contract/fractionChecks';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const CP5: Indicator = { id: 'CP5', name: 'ICPC timeliness', area: 'CP', unit: 'percent', polarity: 'up' };
const at = () => ({ line: 1, column: 1 });
const months = (values: Record<string, Snapshot['values'][string]>): SnapshotFile[] =>
  Object.entries(values).map(([month, value]) => ({ file: `snapshots/${month}.json`, snapshot: { month, values: { CP5: value } }, locate: at }));

describe('isFractionAmong', () => {
  it('0.88 among 85 to 87 is a fraction, with one other month or many', () => {
    expect(isFractionAmong(0.88, [85, 87])).toBe(true);
    expect(isFractionAmong(0.763, [74])).toBe(true);
  });
  it('1 among months of 95 to 99 is 100%', () => expect(isFractionAmong(1, [95, 99])).toBe(true));
  it('0 is 0% whatever the other months, and a figure above 1 is never a fraction', () => {
    expect(isFractionAmong(0, [85])).toBe(false);
    expect(isFractionAmong(1.5, [85])).toBe(false);
  });
  it('a small percentage among small percentages is not (a rare event: 0.9 among 1.2 and 1.5)', () => {
    expect(isFractionAmong(0.9, [1.2, 1.5])).toBe(false);
  });
  it('a fall it cannot tell from a slip is not: 0.4 after 5 (40 is not near 5), 0.5 after 5 (as near one way as the other)', () => {
    expect(isFractionAmong(0.4, [5])).toBe(false);
    expect(isFractionAmong(0.5, [5])).toBe(false);
  });
  it('no other months: nothing to compare with', () => expect(isFractionAmong(0.5, [])).toBe(false));
});

describe('asPercentage', () => {
  it('gives the figure an officer would type', () => {
    expect(asPercentage(0.763)).toBe(76.3);
    expect(asPercentage(0.07)).toBe(7);
    expect(asPercentage(0.885)).toBe(88.5);
  });
});

describe('percentAsFractionProblems', () => {
  it('an error on the fraction among percentages, naming them and suggesting the percentage', () => {
    const problems = percentAsFractionProblems(months({ '2019-02': 85, '2019-03': 87, '2019-04': { value: 0.88, numerator: 22, denominator: 25 } }), CP5);
    expect(problems).toMatchObject([{ severity: 'error', code: 'percent-as-fraction', file: 'snapshots/2019-04.json', path: ['values', 'CP5', 'value'], found: '0.88', suggestion: '88' }]);
    expect(problems[0]!.expected).toContain('its other 2 months (85 to 87)');
  });
  it('two fractions among percentages are each an error', () => {
    expect(percentAsFractionProblems(months({ '2019-01': 85, '2019-02': 0.86, '2019-03': 0.87 }), CP5).map((p) => p.file)).toEqual(['snapshots/2019-02.json', 'snapshots/2019-03.json']);
  });
  it('a new indicator’s only figure: a warning, naming the target when there is one', () => {
    const [withTarget] = percentAsFractionProblems(months({ '2019-04': 0.763 }), { ...CP5, targets: [{ from: '2018-04', target: 85 }] });
    expect(withTarget).toMatchObject({ severity: 'warning', message: 'CP5 for 2019-04 looks like a fraction: its target is 85%', suggestion: '76.3' });
    const [without] = percentAsFractionProblems(months({ '2019-04': 0.763 }), CP5);
    expect(without).toMatchObject({ severity: 'warning', message: 'CP5 for 2019-04 looks like a fraction: percentages are written 0 to 100' });
  });
  it('a target set after the month is not its target', () => {
    const [problem] = percentAsFractionProblems(months({ '2018-03': 0.5 }), { ...CP5, targets: [{ from: '2018-04', target: 85 }] });
    expect(problem!.message).not.toContain('85');
  });
  it('every month at or below 1 is left to the catalogue’s one warning, not one per month', () => {
    expect(percentAsFractionProblems(months({ '2019-03': 0.5, '2019-04': 0.6 }), CP5)).toEqual([]);
  });
  it('only percentages: a count of 1 among counts of 40 is not a fraction', () => {
    expect(percentAsFractionProblems(months({ '2019-03': 40, '2019-04': 1 }), { ...CP5, unit: 'count' })).toEqual([]);
  });
  it('null figures are neither fractions nor other months', () => {
    expect(percentAsFractionProblems(months({ '2019-03': null, '2019-04': 0.5 }), CP5)).toMatchObject([{ severity: 'warning' }]);
  });
});
