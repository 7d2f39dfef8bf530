// The parts of a new month's draft carried over from the latest, marked until changed or kept.
import { describe, expect, it } from 'vitest';
import { carriedPartOf, changedPart, keepCarried, markCarried, unconfirmedParts } from '../../../src/domain/contract/carriedOver';
import { addAction, addQuestion, removeQuestion, setField } from '../../../src/domain/contract/draftFields';
import { emptyValueDraft, emptyWorkstreamDraft, type MonthDraft } from '../../../src/domain/contract/monthDraft';

function draft(overrides: Partial<MonthDraft> = {}): MonthDraft {
  return {
    version: 1,
    month: '2019-04',
    basedOn: '2019-03',
    status: 'provisional',
    commentary: '',
    values: { CP5: emptyValueDraft(), WF1: emptyValueDraft() },
    workstreams: { practice: emptyWorkstreamDraft(), platforms: emptyWorkstreamDraft() },
    questions: [],
    ...overrides,
  };
}

const withWords = draft({
  commentary: 'March was busy.',
  values: { CP5: { ...emptyValueDraft(), why: 'Police notice' }, WF1: { ...emptyValueDraft(), owner: '  ' } },
  workstreams: { practice: { ...emptyWorkstreamDraft(), rag: 'amber' }, platforms: emptyWorkstreamDraft() },
  questions: [{ indicator: '', text: 'Why?' }],
});

describe('carriedPartOf', () => {
  it.each([
    ['commentary', 'commentary'],
    ['values.CP5.whatItShows', 'values.CP5'],
    ['values.CP5.owner', 'values.CP5'],
    ['workstreams.practice.rag', 'workstreams.practice'],
    ['workstreams.practice.actionPlan.2.due', 'workstreams.practice'],
    ['questions.1.text', 'questions'],
  ])('%s belongs to %s', (field, part) => expect(carriedPartOf(field)).toBe(part));

  it.each(['month', 'status', 'values.CP5.value', 'values.CP5.numerator', 'values.CP5.note', 'values.CP5.quality', 'values', 'nonsense'])('%s is never carried over', (field) => {
    expect(carriedPartOf(field)).toBeUndefined();
  });
});

describe('markCarried', () => {
  it('marks each part that holds words, unconfirmed, in the form’s order; a blank narrative or an unreported workstream is not a part', () => {
    const marked = markCarried(withWords);
    expect(marked.carried).toEqual({ commentary: 'unconfirmed', 'values.CP5': 'unconfirmed', 'workstreams.practice': 'unconfirmed', questions: 'unconfirmed' });
    expect(unconfirmedParts(marked)).toEqual(['commentary', 'values.CP5', 'workstreams.practice', 'questions']);
  });

  it('marks a workstream with an action plan and nothing else', () => {
    const plan = draft({ workstreams: { practice: { ...emptyWorkstreamDraft(), actionPlan: [{ id: '', action: 'Recruit', owner: '', due: '', revisedDue: '', status: '', completed: '', indicators: '', note: '' }] } } });
    expect(unconfirmedParts(markCarried(plan))).toEqual(['workstreams.practice']);
  });

  it('leaves a draft with nothing to carry as it was', () => {
    const empty = draft();
    expect(markCarried(empty)).toBe(empty);
    expect(unconfirmedParts(empty)).toEqual([]);
  });
});

describe('confirming a part', () => {
  const marked = markCarried(withWords);

  it('a change to any field of a part makes it this month’s own', () => {
    expect(unconfirmedParts(setField(marked, 'values.CP5.whatItShows', 'Better'))).toEqual(['commentary', 'workstreams.practice', 'questions']);
    expect(unconfirmedParts(setField(marked, 'workstreams.practice.highlights', 'New lead'))).toEqual(['commentary', 'values.CP5', 'questions']);
    expect(unconfirmedParts(setField(marked, 'questions.0.text', 'Why not?'))).toEqual(['commentary', 'values.CP5', 'workstreams.practice']);
    expect(unconfirmedParts(addAction(marked, 'practice'))).not.toContain('workstreams.practice');
    expect(unconfirmedParts(addQuestion(marked))).not.toContain('questions');
    expect(unconfirmedParts(removeQuestion(marked, 0))).not.toContain('questions');
  });

  it('a new figure confirms nothing: the narrative beside it is still last month’s', () => {
    expect(unconfirmedParts(setField(marked, 'values.CP5.value', '90'))).toEqual(unconfirmedParts(marked));
    expect(unconfirmedParts(setField(marked, 'month', '2019-05'))).toEqual(unconfirmedParts(marked));
  });

  it('an unknown field, or one never carried, confirms nothing', () => {
    expect(setField(marked, 'values.NOPE.why', 'x')).toBe(marked);
    expect(changedPart(marked, 'status')).toBe(marked);
  });

  it('ticking keeps a part as it is; unticking marks it unconfirmed again; a part not carried cannot be kept', () => {
    const kept = keepCarried(marked, 'commentary', true);
    expect(kept.carried?.commentary).toBe('kept');
    expect(unconfirmedParts(kept)).toEqual(['values.CP5', 'workstreams.practice', 'questions']);
    expect(unconfirmedParts(keepCarried(kept, 'commentary', false))).toEqual(unconfirmedParts(marked));
    expect(keepCarried(marked, 'workstreams.platforms', true)).toBe(marked);
  });
});
