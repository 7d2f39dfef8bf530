// Plausibility from the series itself: the rule at its edges, then no false alarm on the sample
// data or on ten and thirty generated years.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLargeData } from '../../../scripts/generateLargeData';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import type { SnapshotFile } from '../../../src/domain/contract/fractionChecks';
import { digitSwaps, implausibleFigureWarnings, isImplausible, likelySlip, recentLimits } from '../../../src/domain/contract/plausibility';
import type { ProblemCode } from '../../../src/domain/contract/problems';
import { addMonths } from '../../../src/domain/months';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const CP3: Indicator = { id: 'CP3', name: 'Child protection visits within timescale', shortName: 'CP visits', area: 'CP', unit: 'percent', polarity: 'up' };
const AS1: Indicator = { id: 'AS1', name: 'Assessments in 45 days', area: 'Assessment', unit: 'percent', polarity: 'up' };
const at = () => ({ line: 1, column: 1 });

/** One snapshot a month from 2018-01, each with the figures given for it. */
function months(series: Record<string, readonly (Snapshot['values'][string])[]>): SnapshotFile[] {
  const length = Math.max(...Object.values(series).map((values) => values.length));
  return Array.from({ length }, (_, index) => {
    const month = addMonths('2018-01', index);
    const values: Snapshot['values'] = {};
    for (const [id, figures] of Object.entries(series)) if (figures[index] !== undefined) values[id] = figures[index]!;
    return { file: `snapshots/${month}.json`, snapshot: { month, values }, locate: at };
  });
}

const STEADY = [95.1, 96.8, 94.9, 96.5, 95.3, 97.0, 95.6, 96.2];

describe('recentLimits', () => {
  it('are the mean ± 2.66 mean moving ranges', () => {
    const limits = recentLimits([10, 12, 10, 12], 'number');
    expect(limits.mean).toBe(11);
    expect(limits.range).toBe(2);
    expect(limits.high).toBeCloseTo(11 + 2.66 * 2);
  });
  it('a flat series still has a range: 2% of its mean, or the unit’s step', () => {
    expect(recentLimits([100, 100, 100], 'percent').range).toBe(2);
    expect(recentLimits([3, 3, 3], 'count').range).toBe(1);
  });
});

describe('isImplausible', () => {
  const limits = recentLimits(STEADY, 'percent');
  it('a transposition in a series that moves by about 2 is', () => expect(isImplausible(69.2, 96.2, limits)).toBe(true));
  it('a jump back into the limits is not (the month after a slip)', () => expect(isImplausible(96, 69.2, limits)).toBe(false));
  it('a steady drift beyond the limits, a step at a time, is not', () => expect(isImplausible(88, 89, limits)).toBe(false));
});

describe('digitSwaps and likelySlip', () => {
  it('swaps every two digits, keeping the decimal point', () => {
    expect(digitSwaps(69.2)).toEqual(expect.arrayContaining([96.2, 29.6, 62.9]));
    expect(digitSwaps(11)).toEqual([]);
  });
  const limits = recentLimits(STEADY, 'percent');
  it('names a transposition with the figure meant', () => expect(likelySlip(69.2, limits, { unit: 'percent' })).toEqual({ words: 'two digits swapped, 96.2 written as 69.2', meant: 96.2 }));
  it('names a fraction, and a decimal point in the wrong place', () => {
    expect(likelySlip(0.962, limits, { unit: 'percent' })?.meant).toBe(96.2);
    expect(likelySlip(9.62, limits, { unit: 'percent' })).toEqual({ words: 'the decimal point in the wrong place, 96.2 written as 9.62', meant: 96.2 });
  });
  it('names the numerator in the figure’s column', () => expect(likelySlip(45, limits, { unit: 'percent', numerator: 45, denominator: 52 })?.words).toBe("the numerator in the figure's column"));
  it('names the row next to it when the figure is that indicator’s', () => {
    const neighbours = [{ label: 'AS1', limits: recentLimits([61, 63, 62, 60, 62, 63], 'percent') }];
    expect(likelySlip(61.7, limits, { unit: 'percent', neighbours })?.words).toContain('AS1');
  });
  it('says nothing it cannot tell', () => expect(likelySlip(40, limits, { unit: 'percent' })).toBeUndefined());
});

describe('implausibleFigureWarnings', () => {
  it('CP visits 96.2 -> 69.2: a warning naming the figure, the months around it and the slip', () => {
    const problems = implausibleFigureWarnings(months({ CP3: [...STEADY, 69.2, 95.8] }), [CP3]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', code: 'implausible-figure', file: 'snapshots/2018-09.json', path: ['values', 'CP3'], found: '69.2', suggestion: '96.2' });
    expect(problems[0]!.message).toBe('CP3 for 2018-09 is far outside what it has done in recent months: perhaps two digits swapped, 96.2 written as 69.2');
    expect(problems[0]!.expected).toContain('August 2018 was 96.2, October 2018 95.8');
  });
  it('says nothing with fewer than six months before the figure', () => {
    expect(implausibleFigureWarnings(months({ CP3: [...STEADY.slice(0, 5), 69.2] }), [CP3])).toEqual([]);
  });
  it('starts again from a month the SPC limits are recalculated from (a change in the process)', () => {
    const series = months({ CP3: [...STEADY, 69.2] });
    expect(implausibleFigureWarnings(series, [{ ...CP3, spc: { recalculateFrom: [{ month: '2018-07', reason: 'New model' }] } }])).toEqual([]);
  });
  it('leaves a figure another check has called out', () => {
    expect(implausibleFigureWarnings(months({ CP3: [...STEADY, 69.2] }), [CP3], () => true)).toEqual([]);
  });
  it('null months are passed over, not zeros', () => {
    expect(implausibleFigureWarnings(months({ CP3: [...STEADY, null, 96] }), [CP3])).toEqual([]);
  });
  it('a figure in the row next to it names that indicator', () => {
    const problems = implausibleFigureWarnings(months({ CP3: [...STEADY, 62.4], AS1: [61, 63, 62, 60, 62, 63, 61, 62, 61.8] }), [CP3, AS1]);
    expect(problems.map((problem) => problem.message)).toEqual(['CP3 for 2018-09 is far outside what it has done in recent months: perhaps the figure of AS1, in the row next to it: a row out of line']);
  });
});

describe('no false alarm', () => {
  const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const NEW_CHECKS: ProblemCode[] = ['implausible-figure', 'repeated-month', 'percent-as-fraction', 'out-of-line', 'numerator-disagrees'];
  const raised = (folder: string) => checkFolder(folder).dataset.problems.filter((problem) => NEW_CHECKS.includes(problem.code));

  it('on the sample data', () => expect(raised(join(root, 'data'))).toEqual([]));
  it.each([10, 30])('on %i generated years', (years) => {
    const folder = join(mkdtempSync(join(tmpdir(), 'plausible-')), 'data');
    folders.push(folder);
    generateLargeData(folder, { years });
    expect(raised(folder)).toEqual([]);
  }, 120_000);
});
