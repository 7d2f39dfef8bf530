import { describe, expect, it } from 'vitest';
import type { SnapshotFile } from '../../../src/domain/contract/fractionChecks';
import { repeatedMonthWarnings } from '../../../src/domain/contract/repeats';
import type { Snapshot } from '../../../src/domain/schema';

const at = () => ({ line: 1, column: 1 });
const file = (snapshot: Snapshot): SnapshotFile => ({ file: `snapshots/${snapshot.month}.json`, snapshot, locate: at });
const MARCH: Snapshot = {
  month: '2019-03',
  commentary: 'Timeliness held; caseloads fell.',
  values: {
    CP5: { value: 86.3, numerator: 44, denominator: 51, narrative: { whatItShows: 'At target', why: 'More chairs', owner: 'Head of CP' } },
    WF1: 20.2,
    CL1: { value: 18.1, breakdown: { Assessment: 21, 'Care planning': 17 } },
  },
};
const april = (changes: Partial<Snapshot> = {}): SnapshotFile => file({ ...MARCH, month: '2019-04', commentary: 'April: timeliness up.', ...changes });
const codes = (previous: Snapshot, current: SnapshotFile) => repeatedMonthWarnings(file(previous), current).map((problem) => [problem.path, problem.message]);

describe('repeatedMonthWarnings', () => {
  it('every figure the same: one warning at the figures', () => {
    expect(codes(MARCH, april())).toEqual([[['values'], 'Every figure for 2019-04 is the same as for 2019-03']]);
  });
  it('the template’s extra row, empty, does not hide a copy', () => {
    const [problem] = repeatedMonthWarnings(file(MARCH), april({ values: { ...MARCH.values, NEW1: null } }));
    expect(problem).toMatchObject({ code: 'repeated-month', path: ['values'], found: 'the same 3 values' });
  });
  it('nor does an indicator left empty this month, or a figure added', () => {
    const { WF1: _dropped, ...rest } = MARCH.values;
    expect(codes(MARCH, april({ values: { ...rest, WF1: null } }))).toHaveLength(1);
    const [added] = repeatedMonthWarnings(file(MARCH), april({ values: { ...MARCH.values, NEW1: 4 } }));
    expect(added!.found).toBe('the same 3 values in the figures both months give (1 more this month)');
  });
  it('a numerator changed is a new figure', () => {
    const problems = codes(MARCH, april({ values: { ...MARCH.values, CP5: { value: 86.3, numerator: 45, denominator: 52 } } }));
    expect(problems.map(([path]) => path)).toEqual([['values', 'CL1', 'breakdown']]);
  });
  it('one figure in common is not enough to call a month a copy, nor is half of the month’s figures new', () => {
    expect(codes({ month: '2019-03', values: { CP5: 80 } }, april({ values: { CP5: 80 } }))).toEqual([]);
    expect(codes({ month: '2019-03', values: { CP5: 80, WF1: 20 } }, april({ values: { CP5: 80, WF1: 20, A: 1, B: 2, C: 3 } }))).toEqual([]);
  });
  it('the commentary word for word, with the narratives carried over with it', () => {
    const changed = { ...MARCH.values, WF1: 19.9, CL1: 17.5 };
    expect(codes(MARCH, april({ commentary: ` ${MARCH.commentary}\n`, values: changed }))).toEqual([
      [['commentary'], 'The commentary for 2019-04 is word for word the commentary for 2019-03, and so are the narratives of CP5'],
    ]);
  });
  it('a narrative alone may stay the same: no warning', () => {
    expect(codes(MARCH, april({ values: { ...MARCH.values, WF1: 19.9, CL1: 17.5 } }))).toEqual([]);
  });
  it('a breakdown the same while the figure changed', () => {
    const values = { ...MARCH.values, WF1: 19.9, CL1: { value: 17.9, breakdown: { 'Care planning': 17, Assessment: 21 } } };
    expect(codes(MARCH, april({ values }))).toEqual([[['values', 'CL1', 'breakdown'], 'The breakdown of CL1 for 2019-04 is the same as for 2019-03']]);
  });
  it('a breakdown of one team is too little to tell', () => {
    const one: Snapshot = { month: '2019-03', values: { CL1: { value: 18, breakdown: { Assessment: 21 } } } };
    expect(codes(one, april({ values: { CL1: { value: 17, breakdown: { Assessment: 21 } } } }))).toEqual([]);
  });
});
