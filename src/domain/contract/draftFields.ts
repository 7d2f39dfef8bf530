// The "Prepare a month" form's fields by key ("values.CP5.numerator",
// "workstreams.practice.actionPlan.0.due", "questions.1.text"): editing the draft one field at a
// time, and finding the field a problem belongs to from its JSON path, so that check-data's
// message is shown beside the field it is about.
import { changedPart, NARRATIVE_FIELDS } from './carriedOver';
import type { JsonPath } from './jsonSource';
import type { Indicator } from '../schema';
import { emptyActionDraft, type ActionDraft, type MonthDraft, type QuestionDraft, type ValueDraft, type WorkstreamDraft } from './monthDraft';

export const VALUE_FIELDS = ['value', 'numerator', 'denominator', 'note', 'quality', 'whatItShows', 'why', 'whatWeAreDoing', 'owner'] as const;
export const WORKSTREAM_FIELDS = ['rag', 'status', 'highlights', 'risks', 'actionsDue', 'actionsCompleted', 'actionsOverdue'] as const;
export const ACTION_FIELDS = ['id', 'action', 'owner', 'due', 'revisedDue', 'status', 'completed', 'indicators', 'note'] as const;
export const QUESTION_FIELDS = ['indicator', 'text'] as const;
const COUNTS: Record<string, string> = { due: 'actionsDue', completed: 'actionsCompleted', overdue: 'actionsOverdue' };

/** An HTML id for a field: keys hold dots, ids here use "__" (indicator ids never hold "_"). */
export function fieldId(key: string): string {
  return `field__${key.replace(/\./g, '__')}`;
}

const has = <T extends string>(list: readonly T[], name: unknown): name is T => typeof name === 'string' && (list as readonly string[]).includes(name);

/** The form field of a problem at `path` in the snapshot made from the draft. */
export function fieldForPath(path: JsonPath | undefined): string {
  const [top, key, field, index, sub] = path ?? [];
  if (top === 'status' || top === 'commentary' || top === 'month' || top === 'produced') return top === 'produced' ? 'month' : top;
  if (top === 'values' && typeof key === 'string') {
    if (field === 'narrative') return `values.${key}.${has(NARRATIVE_FIELDS, index) ? index : 'whatItShows'}`;
    return `values.${key}.${has(VALUE_FIELDS, field) ? field : 'value'}`;
  }
  if (top === 'workstreams' && typeof key === 'string') {
    if (field === 'actions') return `workstreams.${key}.${COUNTS[String(index)] ?? 'actionsDue'}`;
    if (field === 'actionPlan') {
      if (typeof index !== 'number') return `workstreams.${key}.rag`;
      return `workstreams.${key}.actionPlan.${index}.${has(ACTION_FIELDS, sub) ? sub : 'action'}`;
    }
    return `workstreams.${key}.${has(WORKSTREAM_FIELDS, field) ? field : 'rag'}`;
  }
  if (top === 'questions' && typeof key === 'number') return `questions.${key}.${has(QUESTION_FIELDS, field) ? field : 'text'}`;
  return 'month';
}

/**
 * The draft with one field changed; a part carried over from last month that the field belongs to
 * becomes this month's own (carriedOver.ts). Unknown keys leave it as it was.
 */
export function setField(draft: MonthDraft, key: string, value: string): MonthDraft {
  const changed = changeField(draft, key, value);
  return changed === draft ? draft : changedPart(changed, key);
}

function changeField(draft: MonthDraft, key: string, value: string): MonthDraft {
  const parts = key.split('.');
  const [top, id, field, index, sub] = parts;
  if (parts.length === 1) {
    if (top === 'month' || top === 'commentary') return { ...draft, [top]: value };
    if (top === 'status') return value === 'final' || value === 'provisional' ? { ...draft, status: value } : draft;
    return draft;
  }
  if (top === 'values' && id && draft.values[id] && has(VALUE_FIELDS, field)) {
    return { ...draft, values: { ...draft.values, [id]: { ...draft.values[id], [field]: value } as ValueDraft } };
  }
  if (top === 'workstreams' && id && draft.workstreams[id]) {
    const report = draft.workstreams[id];
    if (has(WORKSTREAM_FIELDS, field) && parts.length === 3) {
      return { ...draft, workstreams: { ...draft.workstreams, [id]: { ...report, [field]: value } as WorkstreamDraft } };
    }
    const position = Number(index);
    if (field === 'actionPlan' && report.actionPlan[position] && has(ACTION_FIELDS, sub)) {
      const actionPlan = report.actionPlan.map((action, at) => (at === position ? ({ ...action, [sub]: value } as ActionDraft) : action));
      return { ...draft, workstreams: { ...draft.workstreams, [id]: { ...report, actionPlan } } };
    }
  }
  if (top === 'questions' && draft.questions[Number(id)] && has(QUESTION_FIELDS, field)) {
    return { ...draft, questions: draft.questions.map((question, at) => (at === Number(id) ? ({ ...question, [field]: value } as QuestionDraft) : question)) };
  }
  return draft;
}

/** An indicator's fields on the form: a percentage asks for its numerator and denominator too (the contract's counts behind a rate). */
export function indicatorFields(unit: Indicator['unit']): readonly (typeof VALUE_FIELDS)[number][] {
  return unit === 'percent' ? VALUE_FIELDS : VALUE_FIELDS.filter((name) => name !== 'numerator' && name !== 'denominator');
}

/** Every field of the draft's form by key, in the form's order part by part, and whether it holds anything (the form's contents list counts them). */
export function draftFieldCensus(draft: MonthDraft, indicators: readonly Pick<Indicator, 'id' | 'unit'>[]): { key: string; filled: boolean }[] {
  const keys = [
    'month',
    'status',
    'commentary',
    ...indicators.filter((indicator) => draft.values[indicator.id]).flatMap((indicator) => indicatorFields(indicator.unit).map((name) => `values.${indicator.id}.${name}`)),
    ...Object.entries(draft.workstreams).flatMap(([id, report]) => [
      ...WORKSTREAM_FIELDS.map((name) => `workstreams.${id}.${name}`),
      ...report.actionPlan.flatMap((_, index) => ACTION_FIELDS.map((name) => `workstreams.${id}.actionPlan.${index}.${name}`)),
    ]),
    ...draft.questions.flatMap((_, index) => QUESTION_FIELDS.map((name) => `questions.${index}.${name}`)),
  ];
  return keys.map((key) => ({ key, filled: fieldValue(draft, key).trim() !== '' }));
}

/** The value of a field, for the input showing it. */
export function fieldValue(draft: MonthDraft, key: string): string {
  const [top, id, field, index, sub] = key.split('.');
  if (top === 'month' || top === 'commentary' || top === 'status') return draft[top];
  if (top === 'values' && id && has(VALUE_FIELDS, field)) return String(draft.values[id]?.[field] ?? '');
  if (top === 'workstreams' && id) {
    const report = draft.workstreams[id];
    if (field === 'actionPlan' && has(ACTION_FIELDS, sub)) return report?.actionPlan[Number(index)]?.[sub] ?? '';
    if (has(WORKSTREAM_FIELDS, field)) return report?.[field] ?? '';
  }
  if (top === 'questions' && has(QUESTION_FIELDS, field)) return draft.questions[Number(id)]?.[field] ?? '';
  return '';
}

export function addAction(draft: MonthDraft, workstream: string): MonthDraft {
  const report = draft.workstreams[workstream];
  if (!report) return draft;
  return changedPart({ ...draft, workstreams: { ...draft.workstreams, [workstream]: { ...report, actionPlan: [...report.actionPlan, emptyActionDraft()] } } }, `workstreams.${workstream}`);
}

export function removeAction(draft: MonthDraft, workstream: string, index: number): MonthDraft {
  const report = draft.workstreams[workstream];
  if (!report) return draft;
  return changedPart({ ...draft, workstreams: { ...draft.workstreams, [workstream]: { ...report, actionPlan: report.actionPlan.filter((_, at) => at !== index) } } }, `workstreams.${workstream}`);
}

export function addQuestion(draft: MonthDraft): MonthDraft {
  return changedPart({ ...draft, questions: [...draft.questions, { indicator: '', text: '' }] }, 'questions');
}

export function removeQuestion(draft: MonthDraft, index: number): MonthDraft {
  return changedPart({ ...draft, questions: draft.questions.filter((_, at) => at !== index) }, 'questions');
}
