import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/domain/contract/dataset';
import { readDataFile, type ReadFile } from '../../../src/domain/contract/readFile';
import { checkDraft, filesOfDataset, parseStoredDraft, problemsByField } from '../../../src/domain/contract/draftCheck';
import { addAction, addQuestion, draftFieldCensus, fieldForPath, fieldId, fieldValue, indicatorFields, removeAction, removeQuestion, setField } from '../../../src/domain/contract/draftFields';
import { draftFromSnapshot, snapshotFromDraft } from '../../../src/domain/contract/monthDraft';
import type { Indicator, Snapshot, Workstream } from '../../../src/domain/schema';
import { normaliseValue } from '../../../src/domain/valueEntry';

const data = resolve(fileURLToPath(new URL('../../../data', import.meta.url)));
const files: ReadFile[] = [
  'site.json',
  'indicators.json',
  'workstreams.json',
  'events.json',
  ...readdirSync(join(data, 'snapshots')).map((name) => `snapshots/${name}`),
].map((file) => readDataFile(file, new Uint8Array(readFileSync(join(data, file)))));
const dataset = checkDataset(files);
const indicators: Indicator[] = dataset.indicators;
const workstreams: Workstream[] = dataset.workstreams;
const latest: Snapshot = dataset.snapshots.at(-1)!;
const TODAY = new Date(Date.UTC(2026, 0, 1));
const NEXT = '2019-04';

describe('draftFromSnapshot', () => {
  it('fills a new month from the latest: every indicator and workstream, provisional, without last month’s action counts', () => {
    const draft = draftFromSnapshot(NEXT, latest, indicators, workstreams);
    expect(draft.month).toBe(NEXT);
    expect(draft.basedOn).toBe(latest.month);
    expect(draft.status).toBe('provisional');
    expect(Object.keys(draft.values)).toEqual(indicators.map((indicator) => indicator.id));
    expect(Object.keys(draft.workstreams)).toEqual(workstreams.map((workstream) => workstream.id));
    expect(Object.values(draft.workstreams).every((report) => report.actionsDue === '')).toBe(true);
    expect(draft.surveys).toBeUndefined();
  });

  it('leaves a new month’s figures, notes, qualities and breakdowns for this month’s, and carries its words over, marked', () => {
    const draft = draftFromSnapshot(NEXT, latest, indicators, workstreams);
    for (const [id, entry] of Object.entries(draft.values)) {
      expect([entry.value, entry.numerator, entry.denominator, entry.note, entry.quality], id).toEqual(['', '', '', '', '']);
      expect(entry.breakdown, id).toBeUndefined();
    }
    // The sample's latest month has figures, a narrative on CP5, a commentary, workstreams and questions.
    const cp5 = normaliseValue(latest.values.CP5)!;
    expect(cp5.value).not.toBeNull();
    expect(draft.values.CP5!.whatItShows).toBe(cp5.narrative?.whatItShows ?? '');
    expect(draft.commentary).toBe(latest.commentary);
    expect(draft.carried).toMatchObject({ commentary: 'unconfirmed', 'values.CP5': 'unconfirmed', questions: 'unconfirmed' });
    expect(Object.keys(draft.carried ?? {}).filter((part) => part.startsWith('workstreams.'))).toEqual(Object.keys(latest.workstreams ?? {}).map((id) => `workstreams.${id}`));
    // Written as it is, every figure is "not available": last month's are never published again unseen.
    const file = snapshotFromDraft(draft);
    expect(Object.values(file.values as Record<string, unknown>).every((value) => value === null || (typeof value === 'object' && (value as { value: unknown }).value === null))).toBe(true);
  });

  it('carries nothing over, and marks nothing, when correcting a month', () => {
    const draft = draftFromSnapshot(latest.month, latest, indicators, workstreams);
    expect(draft.carried).toBeUndefined();
    expect(draft.values.CP5!.value).toBe(String(normaliseValue(latest.values.CP5)!.value));
  });

  it('gives back the same snapshot when correcting a month and changing nothing', () => {
    const month = dataset.snapshots.find((snapshot) => snapshot.workstreams && snapshot.commentary)!;
    const again = snapshotFromDraft(draftFromSnapshot(month.month, month, indicators, workstreams));
    const read = readDataFile(`snapshots/${month.month}.json`, JSON.stringify(again));
    expect(read.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect((read.data as Snapshot).commentary).toBe(month.commentary);
    // An action's "completed": null (not done) is written by leaving it out, which means the same.
    const withoutNullCompleted = JSON.parse(JSON.stringify(month.workstreams, (key, value) => (key === 'completed' && value === null ? undefined : value)));
    expect((read.data as Snapshot).workstreams).toEqual(withoutNullCompleted);
    for (const [id, entry] of Object.entries(month.values)) {
      const written = (read.data as Snapshot).values[id];
      expect(typeof written === 'object' && written !== null ? written.value : written, id).toEqual(typeof entry === 'object' && entry !== null ? entry.value : entry);
    }
  });
});

describe('snapshotFromDraft', () => {
  const empty = draftFromSnapshot(NEXT, undefined, indicators, workstreams);

  it('writes an empty indicator as null, leaves empty workstreams and questions out', () => {
    const file = snapshotFromDraft(empty);
    expect(file.month).toBe(NEXT);
    expect((file.values as Record<string, unknown>).CP5).toBeNull();
    expect(file.workstreams).toBeUndefined();
    expect(file.questions).toBeUndefined();
    expect(file.commentary).toBeUndefined();
  });

  it('reads "43%" and "1,204" as numbers, keeps narrative and quality, splits highlights by line', () => {
    let draft = setField(empty, 'values.CP5.value', '43%');
    draft = setField(draft, 'values.CP5.denominator', '1,204');
    draft = setField(draft, 'values.CP5.quality', 'caution');
    draft = setField(draft, 'values.CP5.why', '  Police notice  ');
    draft = setField(draft, 'workstreams.practice.rag', 'green');
    draft = setField(draft, 'workstreams.practice.highlights', 'One\n\n Two ');
    const file = snapshotFromDraft(draft);
    expect((file.values as Record<string, unknown>).CP5).toEqual({ value: 43, denominator: 1204, quality: 'caution', narrative: { why: 'Police notice' } });
    expect((file.workstreams as Record<string, unknown>).practice).toEqual({ rag: 'green', highlights: ['One', 'Two'] });
  });

  it('keeps a number that does not parse as the text typed, so that the check names it', () => {
    const file = snapshotFromDraft(setField(empty, 'values.CP5.value', '4o'));
    expect((file.values as Record<string, unknown>).CP5).toBe('4o');
  });
});

describe('editing the draft', () => {
  const empty = draftFromSnapshot(NEXT, undefined, indicators, workstreams);

  it('sets one field without touching the draft it came from', () => {
    const changed = setField(empty, 'values.CP5.note', 'x');
    expect(fieldValue(changed, 'values.CP5.note')).toBe('x');
    expect(fieldValue(empty, 'values.CP5.note')).toBe('');
    expect(setField(empty, 'values.NOPE.note', 'x')).toBe(empty);
    expect(setField(empty, 'status', 'draft')).toBe(empty);
  });

  it('adds, edits and removes actions and questions', () => {
    let draft = addAction(addAction(empty, 'practice'), 'practice');
    draft = setField(draft, 'workstreams.practice.actionPlan.1.action', 'Recruit');
    expect(fieldValue(draft, 'workstreams.practice.actionPlan.1.action')).toBe('Recruit');
    draft = removeAction(draft, 'practice', 0);
    expect(draft.workstreams.practice!.actionPlan.map((action) => action.action)).toEqual(['Recruit']);
    draft = setField(addQuestion(addQuestion(draft)), 'questions.1.text', 'Why?');
    expect(removeQuestion(draft, 0).questions).toEqual([{ indicator: '', text: 'Why?' }]);
  });

  it('counts every field of the form, a percentage with its numerator and denominator, and which hold anything', () => {
    expect(indicatorFields('percent')).toContain('denominator');
    expect(indicatorFields('count')).toEqual(['value', 'note', 'quality', 'whatItShows', 'why', 'whatWeAreDoing', 'owner']);
    const draft = setField(addQuestion(addAction(empty, 'practice')), 'values.CP5.value', ' 90 ');
    const census = draftFieldCensus(draft, [
      { id: 'CP5', unit: 'percent' },
      { id: 'FD2', unit: 'number' },
    ]);
    const keys = census.map((field) => field.key);
    expect(keys.slice(0, 4)).toEqual(['month', 'status', 'commentary', 'values.CP5.value']);
    expect(keys.filter((key) => key.startsWith('values.'))).toHaveLength(9 + 7);
    expect(keys.filter((key) => key.startsWith('workstreams.practice.'))).toHaveLength(7 + 9);
    expect(keys.filter((key) => key.startsWith('questions.'))).toEqual(['questions.0.indicator', 'questions.0.text']);
    // An indicator the catalogue no longer has is not on the form.
    expect(draftFieldCensus(draft, [{ id: 'GONE', unit: 'count' }]).some((field) => field.key.startsWith('values.'))).toBe(false);
    const filled = census.filter((field) => field.filled).map((field) => field.key);
    expect(filled).toEqual(expect.arrayContaining(['month', 'status', 'values.CP5.value']));
    expect(filled).not.toContain('values.CP5.note');
    expect(draftFieldCensus(setField(draft, 'values.CP5.note', '   '), [{ id: 'CP5', unit: 'percent' }]).find((field) => field.key === 'values.CP5.note')?.filled).toBe(false);
  });

  it('names fields with HTML ids', () => {
    expect(fieldId('workstreams.people-performance.actionPlan.0.due')).toBe('field__workstreams__people-performance__actionPlan__0__due');
  });
});

describe('fieldForPath', () => {
  it.each([
    [['values', 'CP5'], 'values.CP5.value'],
    [['values', 'CP5', 'numerator'], 'values.CP5.numerator'],
    [['values', 'CP5', 'narrative', 'owner'], 'values.CP5.owner'],
    [['values', 'CP5', 'breakdown', 'Team A'], 'values.CP5.value'],
    [['workstreams', 'practice'], 'workstreams.practice.rag'],
    [['workstreams', 'practice', 'highlights', 2], 'workstreams.practice.highlights'],
    [['workstreams', 'practice', 'actions', 'overdue'], 'workstreams.practice.actionsOverdue'],
    [['workstreams', 'practice', 'actionPlan', 1, 'due'], 'workstreams.practice.actionPlan.1.due'],
    [['workstreams', 'practice', 'actionPlan', 1], 'workstreams.practice.actionPlan.1.action'],
    [['questions', 0, 'indicator'], 'questions.0.indicator'],
    [['commentary'], 'commentary'],
    [['surveys', 0, 'completed'], 'month'],
    [[], 'month'],
  ] as const)('%j is the field %s', (path, field) => {
    expect(fieldForPath(path)).toBe(field);
  });
});

describe('checkDraft: the same checks as check-data', () => {
  const filled = () => {
    let draft = draftFromSnapshot(NEXT, latest, indicators, workstreams);
    draft = setField(draft, 'status', 'final');
    return draft;
  };

  it('passes a month filled from the latest, and its text is a snapshot file', () => {
    const check = checkDraft(filled(), files, TODAY);
    expect(check.file).toBe(`snapshots/${NEXT}.json`);
    expect(check.errors).toEqual([]);
    expect(JSON.parse(check.text).month).toBe(NEXT);
  });

  it('puts a missing RAG at its field, with check-data’s words', () => {
    const check = checkDraft(setField(filled(), 'workstreams.practice.rag', ''), files, TODAY);
    expect(problemsByField(check.errors).get('workstreams.practice.rag')?.text).toMatch(/rag/);
  });

  it('puts a percent above 100 and a numerator that disagrees at their fields, as checkDataset finds them', () => {
    let draft = setField(filled(), 'values.CP5.value', '150');
    draft = setField(draft, 'values.CP5.numerator', '');
    draft = setField(draft, 'values.CP5.denominator', '');
    draft = setField(draft, 'values.CP2.value', '50');
    draft = setField(draft, 'values.CP2.numerator', '10');
    draft = setField(draft, 'values.CP2.denominator', '100');
    const check = checkDraft(draft, files, TODAY);
    const byField = problemsByField(check.errors);
    expect(byField.get('values.CP5.value')?.text).toMatch(/100/);
    expect(byField.has('values.CP2.value') || byField.has('values.CP2.numerator')).toBe(true);
    const direct = checkDataset([...files, readDataFile(`snapshots/${NEXT}.json`, check.text)], { today: TODAY }).problems.filter(
      (problem) => problem.file === `snapshots/${NEXT}.json` && problem.severity === 'error',
    );
    expect(check.errors.map((problem) => problem.problem)).toEqual(direct);
  });

  it('a percentage typed as a fraction (0.236 for 23.6%) is an error at its field, suggesting the percentage', () => {
    const check = checkDraft(setField(filled(), 'values.WF2.value', '0.236'), files, TODAY);
    const problem = problemsByField(check.errors).get('values.WF2.value');
    expect(problem?.problem).toMatchObject({ code: 'percent-as-fraction', suggestion: '23.6' });
    expect(problem?.text).toMatch(/Did you mean 23\.6\?$/);
  });

  it('a month left as it was filled from the latest repeats no figure (none is typed in), and its commentary kept word for word is said to repeat', () => {
    const check = checkDraft(filled(), files, TODAY);
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((warning) => [warning.field, warning.problem.code])).not.toContainEqual(['month', 'repeated-month']);
    expect(check.warnings.map((warning) => [warning.field, warning.problem.code])).toContainEqual(['commentary', 'repeated-month']);
  });

  it('last month’s figures typed in again from beside the fields are said to repeat it, though it has no error', () => {
    let draft = filled();
    for (const [id, raw] of Object.entries(latest.values)) {
      const entry = normaliseValue(raw);
      if (!entry || entry.value === null) continue;
      draft = setField(draft, `values.${id}.value`, String(entry.value));
      if (typeof entry.numerator === 'number') draft = setField(draft, `values.${id}.numerator`, String(entry.numerator));
      if (typeof entry.denominator === 'number') draft = setField(draft, `values.${id}.denominator`, String(entry.denominator));
    }
    const check = checkDraft(draft, files, TODAY);
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((warning) => [warning.field, warning.problem.code])).toContainEqual(['month', 'repeated-month']);
  });

  it('says a month that is not YYYY-MM at the month field', () => {
    const check = checkDraft(setField(filled(), 'month', '2019-4'), files, TODAY);
    expect(check.errors).toHaveLength(1);
    expect(check.errors[0]!.field).toBe('month');
  });

  it('replaces the month’s own file when correcting it (no "two files for one month")', () => {
    const check = checkDraft(draftFromSnapshot(latest.month, latest, indicators, workstreams), files, TODAY);
    expect(check.errors).toEqual([]);
  });
});

describe('parseStoredDraft', () => {
  it('reads back a stored draft and refuses anything else', () => {
    const draft = draftFromSnapshot(NEXT, latest, indicators, workstreams);
    expect(parseStoredDraft(JSON.stringify(draft))).toEqual(draft);
    expect(parseStoredDraft(null)).toBeUndefined();
    expect(parseStoredDraft('{')).toBeUndefined();
    expect(parseStoredDraft('{"version":2}')).toBeUndefined();
  });

  it('keeps what is carried over, and drops a carried that is not a list of parts', () => {
    const draft = draftFromSnapshot(NEXT, latest, indicators, workstreams);
    expect(parseStoredDraft(JSON.stringify(draft))?.carried).toEqual(draft.carried);
    expect(parseStoredDraft(JSON.stringify({ ...draft, carried: 'commentary' }))?.carried).toBeUndefined();
  });
});

describe('filesOfDataset', () => {
  it('makes the folder again from the checked data set, with no errors, so a draft checks the same against it', () => {
    const again = filesOfDataset(dataset);
    expect(again.map((file) => file.file)).toEqual(expect.arrayContaining(['site.json', 'indicators.json', 'workstreams.json', `snapshots/${latest.month}.json`]));
    expect(checkDataset(again, { today: TODAY }).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const draft = setField(draftFromSnapshot(NEXT, latest, indicators, workstreams), 'values.CP5.value', '150');
    expect(checkDraft(draft, again, TODAY).errors.map((problem) => problem.text)).toEqual(checkDraft(draft, files, TODAY).errors.map((problem) => problem.text));
  });
});
