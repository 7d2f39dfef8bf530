// The "Prepare a month" form's state, as plain strings the way the officer typed them, and the
// snapshot file made from it. The file is then read and checked by the same readDataFile and
// checkDataset as `npm run check-data` (draftCheck.ts), so the form shows the command line's own
// messages. A number that does not parse is written as the text typed, so that the schema says
// "expected a number" rather than the form inventing a message of its own.
import { markCarried, type CarriedState } from './carriedOver';
import { parseSpreadsheetNumber } from './csvImport';
import type { Indicator, Rag, Snapshot, ValueObject, Workstream, WorkstreamReport } from '../schema';
import { normaliseValue } from '../valueEntry';

export const QUALITIES = ['good', 'caution', 'poor'] as const;
export const RAGS = ['red', 'amber', 'green', 'blue'] as const;
export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'deferred', 'complete'] as const;

export interface ValueDraft {
  value: string;
  numerator: string;
  denominator: string;
  note: string;
  quality: '' | (typeof QUALITIES)[number];
  whatItShows: string;
  why: string;
  whatWeAreDoing: string;
  owner: string;
  /** Kept as it was when correcting a month: the form does not edit breakdowns. */
  breakdown?: ValueObject['breakdown'];
}

export interface ActionDraft {
  id: string;
  action: string;
  owner: string;
  due: string;
  revisedDue: string;
  status: '' | (typeof ACTION_STATUSES)[number];
  completed: string;
  /** Indicator ids, separated by commas or spaces. */
  indicators: string;
  note: string;
}

export interface WorkstreamDraft {
  rag: '' | Rag;
  status: string;
  /** One highlight a line. */
  highlights: string;
  /** One risk a line. */
  risks: string;
  actionsDue: string;
  actionsCompleted: string;
  actionsOverdue: string;
  actionPlan: ActionDraft[];
}

export interface QuestionDraft {
  indicator: string;
  text: string;
}

export interface MonthDraft {
  version: 1;
  month: string;
  /** The month the form was filled from, if any. */
  basedOn?: string;
  /** For a new month, the parts whose words were carried over from `basedOn` (carriedOver.ts). */
  carried?: Record<string, CarriedState>;
  status: 'final' | 'provisional';
  commentary: string;
  values: Record<string, ValueDraft>;
  workstreams: Record<string, WorkstreamDraft>;
  questions: QuestionDraft[];
  /** Kept as they were when correcting a month: the form does not edit surveys. */
  surveys?: Snapshot['surveys'];
  produced?: string;
}

const textOf = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function emptyValueDraft(): ValueDraft {
  return { value: '', numerator: '', denominator: '', note: '', quality: '', whatItShows: '', why: '', whatWeAreDoing: '', owner: '' };
}

export function emptyWorkstreamDraft(): WorkstreamDraft {
  return { rag: '', status: '', highlights: '', risks: '', actionsDue: '', actionsCompleted: '', actionsOverdue: '', actionPlan: [] };
}

export function emptyActionDraft(): ActionDraft {
  return { id: '', action: '', owner: '', due: '', revisedDue: '', status: '', completed: '', indicators: '', note: '' };
}

/**
 * An indicator's fields. `withFigure`: false for a new month, whose figure, note, quality and
 * breakdown are this month's to give (last month's are shown beside the field, never typed into
 * it); its narrative is carried over, marked (carriedOver.ts).
 */
function valueDraft(entry: ValueObject | undefined, withFigure: boolean): ValueDraft {
  if (!entry) return emptyValueDraft();
  const draft: ValueDraft = {
    ...emptyValueDraft(),
    whatItShows: entry.narrative?.whatItShows ?? '',
    why: entry.narrative?.why ?? '',
    whatWeAreDoing: entry.narrative?.whatWeAreDoing ?? '',
    owner: entry.narrative?.owner ?? '',
  };
  if (!withFigure) return draft;
  const figure: ValueDraft = { ...draft, value: textOf(entry.value), numerator: textOf(entry.numerator), denominator: textOf(entry.denominator), note: entry.note ?? '', quality: entry.quality ?? '' };
  if (entry.breakdown) figure.breakdown = { ...entry.breakdown };
  return figure;
}

function workstreamDraft(report: WorkstreamReport | undefined, keepCounts: boolean): WorkstreamDraft {
  if (!report) return emptyWorkstreamDraft();
  return {
    rag: report.rag,
    status: report.status ?? '',
    highlights: (report.highlights ?? []).join('\n'),
    risks: (report.risks ?? []).join('\n'),
    // Last month's counts would be wrong for a new month; an action plan gives them anyway.
    actionsDue: keepCounts ? textOf(report.actions?.due) : '',
    actionsCompleted: keepCounts ? textOf(report.actions?.completed) : '',
    actionsOverdue: keepCounts ? textOf(report.actions?.overdue) : '',
    actionPlan: (report.actionPlan ?? []).map((action) => ({
      id: action.id ?? '',
      action: action.action,
      owner: action.owner ?? '',
      due: action.due ?? '',
      revisedDue: action.revisedDue ?? '',
      status: action.status ?? '',
      completed: action.completed ?? '',
      indicators: (action.indicators ?? []).join(', '),
      note: action.note ?? '',
    })),
  };
}

/**
 * The form for `month`, filled from `from`: the month itself, to correct it (everything as it
 * is); or the latest month, for a new month (its words carried over and marked until confirmed,
 * its figures left for this month's). Every indicator of the catalogue and every workstream has
 * its fields.
 */
export function draftFromSnapshot(month: string, from: Snapshot | undefined, indicators: readonly Indicator[], workstreams: readonly Workstream[]): MonthDraft {
  const correcting = from?.month === month;
  const draft: MonthDraft = {
    version: 1,
    month,
    status: correcting ? (from.status ?? 'final') : 'provisional',
    commentary: from?.commentary ?? '',
    values: {},
    workstreams: {},
    questions: (from?.questions ?? []).map((question) => ({ indicator: question.indicator ?? '', text: question.text })),
  };
  if (from) draft.basedOn = from.month;
  for (const indicator of indicators) draft.values[indicator.id] = valueDraft(normaliseValue(from?.values[indicator.id]), correcting);
  // Values of the file for indicators the catalogue no longer has are dropped: they would be errors.
  for (const workstream of workstreams) draft.workstreams[workstream.id] = workstreamDraft(from?.workstreams?.[workstream.id], correcting);
  if (correcting && from.surveys) draft.surveys = from.surveys;
  if (correcting && from.produced) draft.produced = from.produced;
  return from && !correcting ? markCarried(draft) : draft;
}

/** A number as typed: "" is absent, "43%" or "1,204" a number, anything else the text itself. */
function numberOrText(text: string): number | string | undefined {
  const parsed = parseSpreadsheetNumber(text);
  if (parsed === null) return undefined;
  return parsed === undefined ? text.trim() : parsed;
}

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

function put(target: Record<string, unknown>, key: string, value: unknown) {
  if (value !== undefined && value !== '') target[key] = value;
}

/**
 * The snapshot file's content (as a plain object, not yet checked: it may hold the text an
 * officer typed where a number belongs). Empty fields are left out; an indicator with nothing
 * is null (not available); a workstream with nothing is not reported.
 */
export function snapshotFromDraft(draft: MonthDraft): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(draft.values)) {
    const object: Record<string, unknown> = { value: numberOrText(entry.value) ?? null };
    put(object, 'numerator', numberOrText(entry.numerator));
    put(object, 'denominator', numberOrText(entry.denominator));
    put(object, 'note', entry.note.trim());
    if (entry.breakdown) object.breakdown = entry.breakdown;
    put(object, 'quality', entry.quality);
    const narrative: Record<string, unknown> = {};
    put(narrative, 'whatItShows', entry.whatItShows.trim());
    put(narrative, 'why', entry.why.trim());
    put(narrative, 'whatWeAreDoing', entry.whatWeAreDoing.trim());
    put(narrative, 'owner', entry.owner.trim());
    if (Object.keys(narrative).length) object.narrative = narrative;
    values[id] = Object.keys(object).length === 1 ? object.value : object;
  }

  const workstreams: Record<string, unknown> = {};
  for (const [id, report] of Object.entries(draft.workstreams)) {
    const object: Record<string, unknown> = {};
    put(object, 'rag', report.rag);
    put(object, 'status', report.status.trim());
    if (lines(report.highlights).length) object.highlights = lines(report.highlights);
    if (lines(report.risks).length) object.risks = lines(report.risks);
    const counts: Record<string, unknown> = {};
    put(counts, 'due', numberOrText(report.actionsDue));
    put(counts, 'completed', numberOrText(report.actionsCompleted));
    put(counts, 'overdue', numberOrText(report.actionsOverdue));
    if (Object.keys(counts).length) object.actions = counts;
    const plan = report.actionPlan.flatMap((action) => {
      const item: Record<string, unknown> = {};
      put(item, 'id', action.id.trim());
      // An empty action text with other fields filled is kept, so the check says it is missing.
      put(item, 'action', action.action.trim());
      put(item, 'owner', action.owner.trim());
      put(item, 'due', action.due.trim());
      put(item, 'revisedDue', action.revisedDue.trim());
      put(item, 'status', action.status);
      put(item, 'completed', action.completed.trim());
      const linked = action.indicators.split(/[\s,;]+/).filter(Boolean);
      if (linked.length) item.indicators = linked;
      put(item, 'note', action.note.trim());
      return Object.keys(item).length ? [item] : [];
    });
    if (plan.length) object.actionPlan = plan;
    // rag is required: a workstream with any field but no RAG is written without it, so the check names it.
    if (Object.keys(object).length) workstreams[id] = object;
  }

  const file: Record<string, unknown> = { $schema: '../schema/snapshot.schema.json', month: draft.month, status: draft.status };
  put(file, 'produced', draft.produced);
  put(file, 'commentary', draft.commentary.trim());
  file.values = values;
  if (Object.keys(workstreams).length) file.workstreams = workstreams;
  if (draft.surveys?.length) file.surveys = draft.surveys;
  const questions = draft.questions
    .filter((question) => question.text.trim() !== '' || question.indicator.trim() !== '')
    .map((question) => {
      const object: Record<string, unknown> = {};
      put(object, 'indicator', question.indicator.trim());
      object.text = question.text.trim();
      return object;
    });
  if (questions.length) file.questions = questions;
  return file;
}

/** The file as written: two-space JSON with a final newline, ready for data/snapshots/. */
export function snapshotFileText(content: Record<string, unknown> | Snapshot): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}
