import { describe, expect, it } from 'vitest';
import { monthView } from '../../../src/domain/board/monthView';
import { suggestQuestion, suggestQuestions } from '../../../src/domain/present/questions';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const icpc: Indicator = { id: 'CP5', name: 'ICPCs in 15 days', shortName: 'ICPC timeliness', area: 'CP', unit: 'percent', polarity: 'up', target: 85, amber: 75 };
const snapshots: Snapshot[] = ['2018-01', '2018-02', '2018-03', '2018-04'].map((month, index) => ({ month, values: { CP5: [80, 60, 62, 65][index]! } }));
const view = (month: string) => monthView({ indicators: [icpc], snapshots }, month);

describe('suggestQuestion', () => {
  it('asks what is stopping an indicator red for months, in words', () => {
    const [exception] = view('2018-04').exceptions;
    expect(exception!.reasons[0]).toBe('red for 3 months');
    expect(suggestQuestion(exception!)).toEqual({
      indicator: 'CP5',
      text: 'ICPC timeliness has been red for three months: what is stopping it reaching its target of 85%, and when will it?',
      suggested: true,
    });
  });
  it('asks what changed for a newly red indicator, with its figure and target', () => {
    const [exception] = view('2018-02').exceptions;
    expect(suggestQuestion(exception!)?.text).toBe('ICPC timeliness is red this month (60% against a target of 85%): what changed, and what is being done about it?');
  });
  it('asks nothing of a month with no exceptions', () => {
    expect(view('2018-01').exceptions).toEqual([]);
    expect(suggestQuestions(view('2018-01').exceptions)).toEqual([]);
  });
  it('has a question for every reason the exceptions can give', () => {
    const [base] = view('2018-02').exceptions;
    for (const reason of ['special cause concerning', 'will miss target', 'behind trajectory', 'poor quality', 'red for 12 months']) {
      const question = suggestQuestion({ ...base!, reasons: [reason] });
      expect(question?.text, reason).toMatch(/^.+\?$/);
      expect(question?.text).toContain('ICPC timeliness');
    }
    expect(suggestQuestion({ ...base!, reasons: ['something new'] })).toBeUndefined();
  });
});
