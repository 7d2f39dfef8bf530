import { describe, expect, it } from 'vitest';
import { EXCEPTION_RULES, exceptionsModel } from '../../../../src/domain/present/pages/exceptions';
import { data, planData } from './pageFixtures';

describe('exceptionsModel', () => {
  it('lists each exception with its figure, RAG and reasons in words, and its story', () => {
    const may = exceptionsModel(planData, '2018-05');
    expect(may.sentence).toBe('2 of 5 indicators are exceptions in May 2018.');
    expect(may.items.map((item) => [item.name, item.figure, item.tag.text, item.reasons])).toEqual([
      ['Vacancy rate', '30%', 'Amber', ['Behind trajectory']],
      ['Case supervision', '48%', 'Red', ['Red for 2 months', 'Poor quality']],
    ]);
    expect(may.items[0]).toMatchObject({ href: '/indicator/WF1/?month=2018-05', reasonsLabel: 'Why Vacancy rate is an exception', note: 'Note: Agency starters not yet on the HR system' });
    expect(may.items[0]!.story.parts.map((part) => part.text)).toEqual(['Vacancies rose again', 'Six leavers in the assessment service', 'A second recruitment campaign in June']);
    expect(may.items[0]!.story.owner).toBe('Owner: Head of Workforce');
  });

  it('says there is no narrative when there is none, and none is an exception when none is', () => {
    expect(exceptionsModel(data, '2018-05').items[0]!.story).toEqual({ parts: [], none: 'No narrative was given for May 2018.' });
    const allGreen = exceptionsModel({ ...data, snapshots: [{ month: '2018-03', values: { CP5: 90, WF1: 20, FD2: 60, SUP1: 95, CL1: 10 } }] }, '2018-03');
    expect(allGreen.items).toEqual([]);
    expect(allGreen.sentence).toBe('No indicator is an exception in Mar 2018.');
    expect(allGreen.questions.suggested).toEqual([]);
  });

  it('gives the officer’s questions with the indicator’s name, then those suggested from the exceptions', () => {
    const may = exceptionsModel(planData, '2018-05');
    expect(may.questions.officer).toEqual([{ indicator: 'Case supervision', text: 'When will supervision be recorded reliably?' }]);
    expect(may.questions.suggested.map((question) => question.key)).toEqual(['WF1', 'SUP1']);
    expect(may.questions.suggested[1]!.text).toMatch(/^Case supervision has been red for two months/);
    expect(may.rules).toBe(EXCEPTION_RULES);
  });

  it('states each rule once, as a sentence naming it', () => {
    expect(EXCEPTION_RULES.map((rule) => rule.split(':')[0])).toEqual([
      'No figure this month',
      'Newly red',
      'Red for a number of months',
      'Special cause concerning',
      'Will miss target',
      'Behind trajectory',
      'Poor quality',
    ]);
    for (const rule of EXCEPTION_RULES) expect(rule).toMatch(/^[A-Z].*\.$/);
  });
});
