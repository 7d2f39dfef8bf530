import { describe, expect, it } from 'vitest';
import { carriedPartLabel, fieldLabel, prepareMonthModel, previousFigureWords } from '../../../../src/domain/present/pages/prepareMonth';
import { data } from './pageFixtures';

describe('prepareMonthModel', () => {
  it('starts a new month after the latest, filled in from it, or corrects a published one', () => {
    const model = prepareMonthModel(data, '2026-12', { month: '2018-06', basedOn: '2018-05', kept: false, restored: false });
    expect(model.next).toBe('2018-06');
    expect(model.startOptions.map((option) => option.label)).toEqual(['A new month: June 2018 (filled in from May 2018)', 'Correct May 2018', 'Correct March 2018', 'Correct February 2018', 'Correct January 2018']);
    expect(model.status).toBe('Filled in from May 2018: its figures are shown beside each field, for you to give this month’s; its words are carried over, marked until you change or keep them.');
    expect(model.download).toBe('Download 2018-06.json');
    expect(model.replaces).toBeUndefined();
  });

  it('starts at this month with no month published, and says what it keeps or has downloaded', () => {
    expect(prepareMonthModel({ snapshots: [], indicators: [], workstreams: [] }, '2026-12', { month: '2026-12', kept: false, restored: false }).startOptions).toEqual([{ value: '2026-12', label: 'A new month: December 2026' }]);
    const kept = prepareMonthModel(data, '2026-12', { month: '2018-06', kept: true, restored: false });
    expect(kept.status).toBe('Your draft for 2018-06 is kept in this browser until you download it or discard it.');
    expect(kept.startHint).toBe('Starting again replaces the draft kept in this browser.');
    expect(prepareMonthModel(data, '2026-12', { month: '2018-06', kept: false, restored: false, downloaded: '2018-06.json' }).status).toMatch(/^Downloaded 2018-06.json\./);
  });

  it('warns when the draft would replace a published month, and names a month not yet typed', () => {
    expect(prepareMonthModel(data, '2026-12', { month: '2018-03', basedOn: '2018-05', kept: false, restored: false }).replaces).toBe(
      'There is already a file for March 2018: the one you download replaces it when you put it in snapshots/.',
    );
    const typing = prepareMonthModel(data, '2026-12', { month: '2018-1', kept: false, restored: false });
    expect([typing.heading, typing.download]).toEqual(['The month', 'Download YYYY-MM.json']);
  });
});

describe('a new month: last month’s figures beside the fields, its words carried over', () => {
  const state = { month: '2018-06', basedOn: '2018-05', kept: false, restored: false };

  it('gives each indicator last month’s figure in words, for a new month only', () => {
    const model = prepareMonthModel(data, '2026-12', state);
    expect(model.previousFigures.CP5).toBe('Last month, May 2018: 86%.');
    expect(Object.keys(model.previousFigures)).toEqual(data.indicators.map((indicator) => indicator.id));
    expect(prepareMonthModel(data, '2026-12', { ...state, month: '2018-05' }).previousFigures).toEqual({});
    expect(prepareMonthModel(data, '2026-12', { month: '2018-06', kept: false, restored: false }).previousFigures).toEqual({});
  });

  it('writes a figure as the file has it, with its counts, quality, note and a breakdown not carried over', () => {
    const percent = { unit: 'percent' as const };
    expect(previousFigureWords({ value: 86.25, numerator: 69, denominator: 80, quality: 'caution' }, percent, '2019-03')).toBe('Last month, March 2019: 86.25% (69 of 80), quality caution.');
    expect(previousFigureWords({ value: 12, breakdown: { North: 5, South: 7 } }, { unit: 'days' }, '2019-03')).toBe('Last month, March 2019: 12 days. Its breakdown is not carried over.');
    expect(previousFigureWords({ value: 1, note: 'One case' }, { unit: 'days' }, '2019-03')).toBe('Last month, March 2019: 1 day, note “One case”.');
    expect(previousFigureWords({ value: null, note: 'System down' }, percent, '2019-03')).toBe('Last month, March 2019: not available (System down).');
    expect(previousFigureWords(undefined, percent, '2019-03')).toBe('Last month, March 2019: not available.');
  });

  it('marks the parts carried over and lists those not yet confirmed, each by name', () => {
    const model = prepareMonthModel(data, '2026-12', { ...state, unconfirmed: ['commentary', 'values.CP5', 'workstreams.practice', 'questions'] });
    expect(model.carried).toMatchObject({
      mark: 'Carried over from May 2018.',
      keep: 'Keep it as it is for June 2018',
      summaryTitle: 'Carried over from May 2018 and not yet confirmed (4)',
    });
    expect(model.carried?.summaryHint).toMatch(/^What is left as it is would be published as June 2018’s\./);
    expect(model.carried?.parts.map((part) => part.label)).toEqual([
      'The month’s commentary',
      'CP5 ICPC timeliness: what it shows, why, what we are doing, owner',
      'Practice: RAG, status, highlights, risks and action plan',
      'Questions for the committee',
    ]);
    // In the form's order, whatever order they were carried in: the form groups the indicators by
    // area, so CL1 (Workforce, after FD2 in the catalogue) comes before FD2 (Front door).
    expect(data.indicators.map((indicator) => indicator.id)).toEqual(['CP5', 'WF1', 'FD2', 'SUP1', 'CL1']);
    const scrambled = prepareMonthModel(data, '2026-12', { ...state, unconfirmed: ['questions', 'values.FD2', 'values.CL1', 'workstreams.practice', 'commentary'] });
    expect(scrambled.carried?.parts.map((part) => part.part)).toEqual(['commentary', 'values.CL1', 'values.FD2', 'workstreams.practice', 'questions']);
    expect(prepareMonthModel(data, '2026-12', { ...state, month: '2018-05' }).carried).toBeUndefined();
    // The month typed back to the one it was filled from: what is still unconfirmed is still named.
    expect(prepareMonthModel(data, '2026-12', { ...state, month: '2018-05', unconfirmed: ['commentary'] }).carried?.parts).toEqual([{ part: 'commentary', label: 'The month’s commentary' }]);
    expect(carriedPartLabel('workstreams.gone', [], [])).toBe('gone: RAG, status, highlights, risks and action plan');
  });
});

describe('keeping the draft', () => {
  const state = { month: '2018-06', basedOn: '2018-05', kept: true, restored: false };

  it('says at once when this browser will not keep the draft, and not otherwise', () => {
    const model = prepareMonthModel(data, '2026-12', { ...state, kept: false, notKept: true });
    expect(model.storageAlert).toMatch(/^This browser cannot keep your draft: its storage is blocked .* or full\. Nothing you type here is saved/);
    expect(model.status).toBe('This browser is not keeping your draft: download the file before you close or reload this page.');
    expect(prepareMonthModel(data, '2026-12', state).storageAlert).toBeUndefined();
  });

  it('says when another tab changed or removed the draft, with the two choices', () => {
    const changed = prepareMonthModel(data, '2026-12', { ...state, otherTab: 'changed' });
    expect(changed.otherTab).toEqual({
      text: 'Your draft was changed in another tab or window of this browser. So that neither overwrites the other, what you type here is not kept until you choose.',
      useOther: 'Use the other tab’s draft',
      keepThis: 'Keep this tab’s draft instead',
    });
    expect(changed.status).toBe('What you type here is not kept until you choose which draft to keep.');
    expect(prepareMonthModel(data, '2026-12', { ...state, otherTab: 'removed' }).otherTab?.useOther).toBe('Start afresh');
    expect(prepareMonthModel(data, '2026-12', state).otherTab).toBeUndefined();
  });
});

describe('fieldLabel', () => {
  it('names each field of the draft as the error summary says it', () => {
    const { indicators, workstreams } = data;
    expect(fieldLabel('values.CP5.numerator', indicators, workstreams)).toBe('CP5 ICPC timeliness: numerator');
    expect(fieldLabel('workstreams.practice.rag', indicators, workstreams)).toBe('Practice: RAG');
    expect(fieldLabel('workstreams.practice.actionPlan.0.due', indicators, workstreams)).toBe('Practice: action 1, due (yyyy-mm-dd)');
    expect(fieldLabel('questions.1.indicator', indicators, workstreams)).toBe('Question 2, indicator');
    expect(fieldLabel('month', indicators, workstreams)).toBe('Month');
  });
});
