// Rules across the folder, through checkDataset over files read with readDataFile.
import { describe, expect, it } from 'vitest';
import { checkDataset, type Dataset } from '../../../src/domain/contract/dataset';
import { twoExtremes } from '../../../src/domain/contract/datasetChecks';
import { readDataFile } from '../../../src/domain/contract/readFile';
import type { Problem, ProblemCode } from '../../../src/domain/contract/problems';

type Json = Record<string, unknown>;
const TODAY = new Date(2018, 5, 15);
const SITE = { organisation: 'Example', title: 'Dashboard', board: 'Board' };
const WORKSTREAMS = { workstreams: [{ id: 'practice', name: 'Practice', sro: 'Director' }] };
const CP5 = { id: 'CP5', name: 'ICPC', area: 'CP', unit: 'percent', polarity: 'up', priority: true };
const WF1 = { id: 'WF1', name: 'Agency staff', area: 'Workforce', unit: 'count', polarity: 'down' };

const MONTHS = ['2017-10', '2017-11', '2017-12', '2018-01', '2018-02'];
const figures = (_month: string, index: number): Json => ({ CP5: 30 + index * 10, WF1: 45 - index });

function month(name: string, index: number, extra: Json = {}): Json {
  return { month: name, commentary: `Illustrative, ${name}.`, values: figures(name, index), workstreams: { practice: { rag: 'green' } }, ...extra };
}

function check(changes: Record<string, Json | undefined> = {}, indicators: Json[] = [CP5, WF1], folderProblems: Problem[] = []): Dataset {
  const files: Record<string, Json | undefined> = { 'site.json': SITE, 'indicators.json': { indicators }, 'workstreams.json': WORKSTREAMS };
  MONTHS.forEach((name, index) => (files[`snapshots/${name}.json`] = month(name, index)));
  Object.assign(files, changes);
  const read = Object.entries(files).flatMap(([file, json]) => (json ? [readDataFile(file, `${JSON.stringify(json, null, 2)}\n`)] : []));
  return checkDataset(read, { today: TODAY }, folderProblems);
}
const withCode = (dataset: Dataset, code: ProblemCode) => dataset.problems.filter((p) => p.code === code);

describe('the folder every test changes', () => {
  it('has no problems', () => expect(check().problems).toEqual([]));
});

describe('a value far out of line with the indicator’s other months', () => {
  it('a percent of 2 among months of 30 to 70', () => {
    const dataset = check({ 'snapshots/2017-12.json': month('2017-12', 2, { values: { CP5: 2, WF1: 43 } }) });
    expect(withCode(dataset, 'out-of-line')).toMatchObject([{ severity: 'warning', file: 'snapshots/2017-12.json', path: ['values', 'CP5'], found: '2' }]);
    expect(dataset.snapshots.map((s) => s.month)).toContain('2017-12');
  });

  it('a percent of 0.86 among months of 30 to 70 is a fraction: an error, not also out of line', () => {
    const dataset = check({ 'snapshots/2017-12.json': month('2017-12', 2, { values: { CP5: 0.86, WF1: 43 } }) });
    expect(withCode(dataset, 'percent-as-fraction')).toMatchObject([{ severity: 'error', file: 'snapshots/2017-12.json', path: ['values', 'CP5'], found: '0.86', suggestion: '86' }]);
    expect(withCode(dataset, 'out-of-line')).toEqual([]);
    expect(dataset.snapshots.map((s) => s.month)).not.toContain('2017-12');
  });

  it('a count ten times the largest other month', () => {
    expect(withCode(check({ 'snapshots/2018-01.json': month('2018-01', 3, { values: { CP5: 60, WF1: 4200 } }) }), 'out-of-line')).toHaveLength(1);
  });

  it('names the range of the other months, the flagged one left out', () => {
    const [problem] = withCode(check({ 'snapshots/2018-01.json': month('2018-01', 3, { values: { CP5: 60, WF1: 4200 } }) }), 'out-of-line');
    const others = /its other (\d+) months \(([\d.]+) to ([\d.]+)\)/.exec(problem!.expected ?? '');
    expect(others, problem!.expected).not.toBeNull();
    expect(Number(others![3])).toBeLessThan(4200);
    expect(Number(others![2])).toBeLessThanOrEqual(Number(others![3]));
  });

  it('says nothing with fewer than four months', () => {
    expect(withCode(check({ 'snapshots/2018-01.json': undefined, 'snapshots/2018-02.json': undefined, 'snapshots/2017-12.json': month('2017-12', 2, { values: { CP5: 0.86, WF1: 43 } }) }), 'out-of-line')).toEqual([]);
  });
});

describe('a month whose figures all equal the month before’s', () => {
  it('is a warning on the later month', () => {
    const dataset = check({ 'snapshots/2017-12.json': month('2017-12', 1) });
    expect(withCode(dataset, 'repeated-month')).toMatchObject([{ file: 'snapshots/2017-12.json', path: ['values'], message: 'Every figure for 2017-12 is the same as for 2017-11' }]);
  });

  it('one figure changed is enough', () => {
    expect(withCode(check({ 'snapshots/2017-12.json': month('2017-12', 1, { values: { CP5: 40, WF1: 43 } }) }), 'repeated-month')).toEqual([]);
  });
});

describe('counts with numerators', () => {
  it('a numerator on a count is a warning', () => {
    const dataset = check({ 'snapshots/2018-02.json': month('2018-02', 4, { values: { CP5: 70, WF1: { value: 41, numerator: 41, denominator: 100 } } }) });
    expect(withCode(dataset, 'numerator-on-count')).toMatchObject([{ severity: 'warning', path: ['values', 'WF1', 'numerator'] }]);
  });
});

describe('SPC settings that cannot apply', () => {
  it('recalculateFrom outside the data, fixFirst above the months', () => {
    const dataset = check({}, [{ ...CP5, spc: { fixFirst: 9, recalculateFrom: ['2017-12', '2019-04'] } }, WF1]);
    expect(withCode(dataset, 'spc-settings')).toMatchObject([
      { file: 'indicators.json', path: ['indicators', 0, 'spc', 'recalculateFrom', 1], found: '"2019-04"' },
      { file: 'indicators.json', path: ['indicators', 0, 'spc', 'fixFirst'], expected: 'at most 5 (the months with a value)' },
    ]);
  });
});

describe('the latest month', () => {
  it('without commentary or workstream reports is one warning', () => {
    const dataset = check({ 'snapshots/2018-02.json': { month: '2018-02', values: figures('2018-02', 4) } });
    expect(withCode(dataset, 'latest-month-incomplete')).toMatchObject([{ file: 'snapshots/2018-02.json', found: 'no commentary and no workstream reports' }]);
  });

  it('earlier months may have neither', () => {
    expect(withCode(check({ 'snapshots/2017-11.json': { month: '2017-11', values: figures('2017-11', 1) } }), 'latest-month-incomplete')).toEqual([]);
  });
});

describe('never a flood', () => {
  it('a month of 2999 is one error, and does not become the latest month', () => {
    const dataset = check({ 'snapshots/2999-03.json': month('2999-03', 5) });
    expect(dataset.problems.map((p) => p.code)).toEqual(['year-out-of-range']);
    expect(dataset.snapshots.at(-1)!.month).toBe('2018-02');
  });

  it('a run of missing months is one warning', () => {
    const dataset = check({ 'snapshots/2018-01.json': undefined, 'snapshots/2017-12.json': undefined, 'snapshots/2017-11.json': undefined });
    expect(withCode(dataset, 'missing-month')).toMatchObject([{ file: 'snapshots/2017-11.json', message: 'No snapshots from 2017-11 to 2018-01 (3 months)' }]);
    expect(dataset.missingMonths).toEqual(['2017-11', '2017-12', '2018-01']);
  });

  it('a month whose file is there but broken is broken, not also missing', () => {
    const dataset = check({ 'snapshots/2017-12.json': { month: '2017-12', values: { CP5: 'forty' } } });
    expect(dataset.problems.filter((p) => p.file === 'snapshots/2017-12.json').map((p) => p.severity)).toEqual(['error']);
    expect(withCode(dataset, 'missing-month')).toEqual([]);
    expect(dataset.missingMonths).toEqual([]);
  });

  it('a priority indicator with no value in any month is one warning on the catalogue', () => {
    const dataset = check({}, [CP5, WF1, { ...WF1, id: 'AS1', priority: true }]);
    expect(withCode(dataset, 'priority-no-value')).toMatchObject([{ file: 'indicators.json', path: ['indicators', 2, 'priority'], found: 'no value in any of the 5 months' }]);
  });

  it('an empty catalogue is one error, not one per figure', () => {
    const dataset = check({}, []);
    expect(dataset.problems.map((p) => p.code)).toEqual(['empty-catalogue']);
  });
});

describe('problems of the folder itself', () => {
  it('an unreadable file is an error on that file; an entry not read is a warning; the rest is used', () => {
    const unreadable: Problem = { severity: 'error', code: 'unreadable-file', file: 'snapshots/2018-03.json', message: 'The file cannot be read', line: 1, column: 1 };
    const unread: Problem = { severity: 'warning', code: 'unread-file', file: 'snapshots/2019-03.json.txt', message: 'not read', line: 1, column: 1 };
    const dataset = check({}, [CP5, WF1], [unreadable, unread]);
    expect(dataset.files.find((f) => f.file === 'snapshots/2018-03.json')).toMatchObject({ status: 'error', kind: 'snapshot', month: '2018-03' });
    expect(dataset.files.find((f) => f.file === 'snapshots/2019-03.json.txt')).toMatchObject({ status: 'warnings', kind: 'other' });
    expect(dataset.snapshots).toHaveLength(5);
  });
});

describe('twoExtremes', () => {
  it('gives the lowest and highest with where each first is, and the next of each', () => {
    expect(twoExtremes([5, 1, 9, 3])).toEqual({ lowest: 1, lowestAt: 1, secondLowest: 3, highest: 9, highestAt: 2, secondHighest: 5 });
  });
  it('a tie: the second is the same value, the first place is kept', () => {
    expect(twoExtremes([2, 7, 2, 7])).toEqual({ lowest: 2, lowestAt: 0, secondLowest: 2, highest: 7, highestAt: 1, secondHighest: 7 });
  });
  it('the first value is both the lowest and the highest so far', () => {
    expect(twoExtremes([4, 4])).toMatchObject({ lowest: 4, lowestAt: 0, secondLowest: 4, highest: 4, highestAt: 0, secondHighest: 4 });
  });
  it('one value or none: the seconds are unbounded', () => {
    expect(twoExtremes([3])).toEqual({ lowest: 3, lowestAt: 0, secondLowest: Infinity, highest: 3, highestAt: 0, secondHighest: -Infinity });
    expect(twoExtremes([])).toEqual({ lowest: Infinity, lowestAt: -1, secondLowest: Infinity, highest: -Infinity, highestAt: -1, secondHighest: -Infinity });
  });
});

describe('a check takes time in line with the file’s size', () => {
  // Locating each problem once walked every key of its object: 150,000 unknown ids took minutes.
  // Linear, this takes seconds; the generous timeout fails only a check that is quadratic again.
  it('150,000 unknown ids in one month: one error each, each located', () => {
    const values = Object.fromEntries(Array.from({ length: 150_000 }, (_, index) => [`X${index}`, index % 100]));
    const dataset = check({ 'snapshots/2018-02.json': month('2018-02', 4, { values }) });
    const unknown = withCode(dataset, 'unknown-indicator');
    expect(unknown).toHaveLength(150_000);
    expect(unknown.at(-1)).toMatchObject({ path: ['values', 'X149999'], line: 150_004 });
  }, 120_000);
});
