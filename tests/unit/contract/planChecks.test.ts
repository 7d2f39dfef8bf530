// The checks of the plan's own fields, through readDataFile and checkDataset as the three places
// run them: code, severity, file, path, line, and what was expected and found.
import { describe, expect, it } from 'vitest';
import { checkDataset, type Dataset } from '../../../src/domain/contract/dataset';
import { readDataFile } from '../../../src/domain/contract/readFile';
import type { Problem, ProblemCode } from '../../../src/domain/contract/problems';

type Json = Record<string, unknown>;

const SITE = { organisation: 'Example Borough Council', title: 'Dashboard', board: 'Improvement Board' };
const CP5: Json = { id: 'CP5', name: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up', target: 85 };
const WF1: Json = { id: 'WF1', name: 'Agency social workers', area: 'Workforce', unit: 'count', polarity: 'down' };
const WORKSTREAMS = { workstreams: [{ id: 'practice', name: 'Practice', sro: 'Director' }] };

function check(indicators: Json[] = [CP5, WF1], snapshots: Json[] = [{ month: '2018-06', values: { CP5: 40, WF1: 12 } }]): Dataset {
  const files: [string, Json][] = [
    ['site.json', SITE],
    ['indicators.json', { indicators }],
    ['workstreams.json', WORKSTREAMS],
    // Commentary and a workstream report, so that the latest month raises no warning of its own.
    ...snapshots.map((snapshot): [string, Json] => [`snapshots/${String(snapshot.month)}.json`, { commentary: 'The month.', workstreams: { practice: { rag: 'green' } }, ...snapshot }]),
  ];
  const read = files.map(([file, json]) => readDataFile(file, `${JSON.stringify(json, null, 2)}\n`));
  return checkDataset(read, { today: new Date(2018, 6, 15) });
}

function only(dataset: Dataset, code: ProblemCode): Problem {
  const found = dataset.problems.filter((problem) => problem.code === code);
  expect(found, JSON.stringify(dataset.problems, null, 1)).toHaveLength(1);
  return found[0]!;
}

const practice = (report: Json) => ({ month: '2018-06', values: { CP5: 40, WF1: 12 }, workstreams: { practice: { rag: 'amber', ...report } } });

describe('the plan’s fields in indicators.json', () => {
  it('accepts every field of the section, and a folder with none of them', () => {
    const full = {
      ...CP5,
      target: undefined,
      owner: 'Head of Service, Assessment and Child Protection',
      targets: [{ from: '2018-04', target: 85, amber: 75, reason: 'Year two of the plan', approvedBy: 'Improvement Board', approved: '2018-03-20' }],
      trajectory: [{ month: '2018-06', value: 65 }, { month: '2018-12', value: 75 }],
      aggregate: 'ratio',
      spc: { recalculateFrom: ['2018-05', { month: '2018-04', reason: 'New front door model' }] },
    };
    expect(check([full, WF1]).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(check().problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('trajectory months must ascend: the out-of-order milestone is named', () => {
    const dataset = check([{ ...CP5, trajectory: [{ month: '2018-12', value: 75 }, { month: '2018-06', value: 65 }] }, WF1]);
    const problem = only(dataset, 'trajectory-order');
    expect(problem).toMatchObject({ severity: 'error', file: 'indicators.json', path: ['indicators', 0, 'trajectory', 1, 'month'], found: '"2018-06"' });
    expect(problem.expected).toMatch(/after 2018-12/);
    expect(problem.line).toBeGreaterThan(1);
    expect(dataset.indicators).toEqual([]); // an error in the catalogue: it is not used
  });

  it('a month twice in a trajectory is out of order too', () => {
    only(check([{ ...CP5, trajectory: [{ month: '2018-06', value: 65 }, { month: '2018-06', value: 70 }] }, WF1]), 'trajectory-order');
  });

  it('sum only for counts, ratio only for percents', () => {
    expect(only(check([{ ...CP5, aggregate: 'sum' }, WF1]), 'aggregate-unit')).toMatchObject({ severity: 'error', path: ['indicators', 0, 'aggregate'], found: '"sum" on a percent' });
    expect(only(check([CP5, { ...WF1, aggregate: 'ratio' }]), 'aggregate-unit')).toMatchObject({ path: ['indicators', 1, 'aggregate'] });
    expect(check([{ ...CP5, aggregate: 'mean' }, { ...WF1, aggregate: 'latest' }]).problems).toEqual([]);
  });

  it('an unknown aggregate word or quality word is an error of the schema', () => {
    expect(check([{ ...CP5, aggregate: 'average' }, WF1]).problems.map((problem) => problem.code)).toContain('invalid-value');
    const dataset = check(undefined, [{ month: '2018-06', values: { CP5: { value: 40, quality: 'dodgy' }, WF1: 12 } }]);
    expect(dataset.problems.map((problem) => problem.code)).toContain('invalid-value');
  });
});

describe('the plan’s fields in a snapshot', () => {
  const good = {
    id: 'PR-04', action: 'Recruit 20 permanent social workers', owner: 'Head of Workforce', due: '2018-06-30', revisedDue: '2018-09-30',
    status: 'on-track', completed: null, indicators: ['WF1'], note: 'Second campaign in July',
  };

  it('accepts an action plan, quality, narrative and questions', () => {
    const dataset = check(undefined, [
      {
        ...practice({ actionPlan: [good] }),
        values: { CP5: { value: 40, quality: 'caution', narrative: { whatItShows: 'Low', why: 'Police notice', whatWeAreDoing: 'Daily slots', owner: 'Head of CP' } }, WF1: 12 },
        questions: [{ indicator: 'CP5', text: 'What is stopping conferences being held within 15 days?' }, { text: 'A general question' }],
      },
    ]);
    expect(dataset.problems).toEqual([]);
    expect(dataset.snapshots).toHaveLength(1);
  });

  it('an action’s date must be a day of the calendar', () => {
    const problem = only(check(undefined, [practice({ actionPlan: [{ ...good, revisedDue: '2018-09-31' }] })]), 'impossible-date');
    expect(problem).toMatchObject({ severity: 'error', path: ['workstreams', 'practice', 'actionPlan', 0, 'revisedDue'] });
    only(check(undefined, [practice({ actionPlan: [{ ...good, completed: '2018-02-29' }] })]), 'impossible-date');
  });

  it('an action’s indicators must be known ids, with the nearest suggested', () => {
    const dataset = check(undefined, [practice({ actionPlan: [{ ...good, indicators: ['WF1', 'WFl'] }] })]);
    const problem = only(dataset, 'unknown-indicator');
    expect(problem).toMatchObject({ severity: 'error', path: ['workstreams', 'practice', 'actionPlan', 0, 'indicators', 1], found: '"WFl"', suggestion: '"WF1"' });
    expect(dataset.snapshots).toEqual([]);
  });

  it('a question’s indicator must be known', () => {
    only(check(undefined, [{ month: '2018-06', values: { CP5: 40, WF1: 12 }, questions: [{ indicator: 'CP6', text: 'Why?' }] }]), 'unknown-indicator');
  });

  it('hand-written actions counts that disagree with the plan are a warning, and the file is used', () => {
    const plan = [
      { ...good, due: '2018-05-31', revisedDue: undefined, status: 'complete' },
      { ...good, id: 'PR-05', due: '2018-06-01', revisedDue: undefined },
    ];
    const dataset = check(undefined, [practice({ actionPlan: plan, actions: { due: 2, completed: 1, overdue: 0 } })]);
    const problem = only(dataset, 'action-plan-counts');
    expect(problem).toMatchObject({ severity: 'warning', path: ['workstreams', 'practice', 'actions', 'overdue'], found: '0' });
    expect(problem.expected).toMatch(/^1 /);
    expect(dataset.snapshots).toHaveLength(1);
    expect(check(undefined, [practice({ actionPlan: plan, actions: { due: 2, completed: 1, overdue: 1 } })]).problems).toEqual([]);
  });
});
