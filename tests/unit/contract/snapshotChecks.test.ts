// A snapshot on its own, through readDataFile: names, survey and action counts, responses.
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../src/domain/contract/readFile';
import type { ProblemCode } from '../../../src/domain/contract/problems';

type Json = Record<string, unknown>;
const problemsOf = (extra: Json) => readDataFile('snapshots/2017-12.json', JSON.stringify({ month: '2017-12', values: {}, ...extra }, null, 2)).problems;
const codes = (extra: Json): ProblemCode[] => problemsOf(extra).map((p) => p.code);
const survey = (extra: Json = {}): Json => ({ id: 't-1', name: 'Temperature check', invited: 400, started: 109, completed: 99, ...extra });

describe('numerators and denominators are whole numbers', () => {
  it('a fractional numerator is an error', () => {
    expect(problemsOf({ values: { CP5: { value: 32, numerator: 12.5, denominator: 37 } } })).toMatchObject([{ severity: 'error', code: 'fractional-count', path: ['values', 'CP5', 'numerator'] }]);
  });

  it('a numerator without a denominator is a warning', () => {
    expect(problemsOf({ values: { CP5: { value: 32, numerator: 12 } } })).toMatchObject([{ severity: 'warning', code: 'numerator-without-denominator', path: ['values', 'CP5', 'numerator'] }]);
  });
});

describe('names', () => {
  it('a breakdown team with an empty name', () => {
    expect(problemsOf({ values: { CL1: { value: 21, breakdown: { '': 20, Assessment: 22 } } } })).toMatchObject([{ severity: 'error', code: 'empty-name', path: ['values', 'CL1', 'breakdown', ''] }]);
  });

  it('a survey team of spaces', () => {
    expect(codes({ surveys: [survey({ byTeam: { '  ': 5 } })] })).toEqual(['empty-name']);
  });
});

describe('surveys', () => {
  it('teams adding up to more than completed', () => {
    expect(problemsOf({ surveys: [survey({ byTeam: { A: 60, B: 50 } })] })).toMatchObject([{ code: 'survey-counts', path: ['surveys', 0, 'byTeam'], found: '110' }]);
  });

  it('teams adding up to exactly completed are fine', () => {
    expect(codes({ surveys: [survey({ byTeam: { A: 49, B: 50 } })] })).toEqual([]);
  });

  it('two surveys with one id', () => {
    expect(problemsOf({ surveys: [survey(), survey({ name: 'Again' })] })).toMatchObject([{ code: 'duplicate-id', path: ['surveys', 1, 'id'] }]);
  });

  it('responses that do not add up to about 100 are a warning; rounding is fine', () => {
    const statement = (responses: Json) => survey({ statements: [{ text: 'I understand', responses }] });
    expect(problemsOf({ surveys: [statement({ Agree: 60, Disagree: 60 })] })).toMatchObject([{ severity: 'warning', code: 'responses-total', found: '120' }]);
    expect(codes({ surveys: [statement({ Agree: 33, Neither: 33, Disagree: 33 })] })).toEqual([]);
    expect(codes({ surveys: [statement({ Agree: 51, Disagree: 51 })] })).toEqual([]);
  });
});

describe('workstream actions', () => {
  const report = (actions: Json) => ({ workstreams: { practice: { rag: 'green', actions } } });

  it('completed above due', () => {
    expect(problemsOf(report({ due: 10, completed: 11 }))).toMatchObject([{ severity: 'error', code: 'action-counts', path: ['workstreams', 'practice', 'actions', 'completed'] }]);
  });

  it('completed + overdue above due', () => {
    expect(problemsOf(report({ due: 10, completed: 8, overdue: 3 }))).toMatchObject([{ code: 'action-counts', found: '8 + 3 = 11' }]);
  });

  it('counts that fit are fine, and so are counts without due', () => {
    expect(codes(report({ due: 12, completed: 11, overdue: 1 }))).toEqual([]);
    expect(codes(report({ completed: 3, overdue: 9 }))).toEqual([]);
  });
});

describe('a survey’s target response rate', () => {
  it('of 0.5 looks like a fraction: a warning suggesting 50', () => {
    expect(problemsOf({ surveys: [survey({ target: 0.5 })] })).toMatchObject([{ severity: 'warning', code: 'target-as-fraction', path: ['surveys', 0, 'target'], suggestion: '50' }]);
  });
  it('of 1 (100%) is still a fraction; of 0 and of 25 are percentages', () => {
    expect(codes({ surveys: [survey({ target: 1 })] })).toEqual(['target-as-fraction']);
    expect(codes({ surveys: [survey({ target: 0 }), survey({ id: 't-2', target: 25 })] })).toEqual([]);
  });
});
