// Checking the "Prepare a month" form: the snapshot made from the draft is read and checked with
// the rest of the folder by the same readDataFile and checkDataset as `npm run check-data`, and
// each of its problems is given the form field it is about. Also the draft as kept in the
// browser's local storage between visits.
import { isMonth } from '../months';
import { checkDataset } from './dataset';
import { readDataFile, type ReadFile } from './readFile';
import { fieldForPath } from './draftFields';
import { snapshotFileText, snapshotFromDraft, type MonthDraft } from './monthDraft';
import { describeProblem, type Problem } from './problems';

export interface FieldProblem {
  /** The field key (draftFields.ts). */
  field: string;
  problem: Problem;
  /** check-data's message, without the file and position. */
  text: string;
}

export interface DraftCheck {
  /** snapshots/YYYY-MM.json, or undefined while the month is not a month. */
  file?: string;
  /** The file's text, ready to download. */
  text: string;
  errors: FieldProblem[];
  warnings: FieldProblem[];
}

/**
 * `others`: the folder's files as read (the month's own file, when correcting it, is replaced).
 * `today` is passed through to checkDataset ("a month in the future").
 */
export function checkDraft(draft: MonthDraft, others: readonly ReadFile[], today?: Date): DraftCheck {
  const text = snapshotFileText(snapshotFromDraft(draft));
  if (!isMonth(draft.month)) {
    const problem: Problem = {
      severity: 'error',
      code: 'invalid-value',
      file: 'month',
      path: ['month'],
      message: 'The month must be written YYYY-MM',
      expected: 'a month such as 2019-04',
      found: String(draft.month).trim() === '' ? 'nothing' : `"${String(draft.month)}"`,
    };
    return { text, errors: [{ field: 'month', problem, text: describeProblem(problem) }], warnings: [] };
  }
  const file = `snapshots/${draft.month}.json`;
  const dataset = checkDataset([...others.filter((other) => other.file !== file), readDataFile(file, text)], today ? { today } : {});
  const own = dataset.problems.filter((problem) => problem.file === file);
  const withField = (problem: Problem): FieldProblem => ({ field: fieldForPath(problem.path), problem, text: describeProblem(problem) });
  return {
    file,
    text,
    errors: own.filter((problem) => problem.severity === 'error').map(withField),
    warnings: own.filter((problem) => problem.severity === 'warning').map(withField),
  };
}

/** The first problem of each field, for the message above it. */
export function problemsByField(problems: readonly FieldProblem[]): Map<string, FieldProblem> {
  const byField = new Map<string, FieldProblem>();
  for (const problem of problems) if (!byField.has(problem.field)) byField.set(problem.field, problem);
  return byField;
}

export const DRAFT_STORAGE_KEY = 'childrens-dashboard:prepare-month-draft';

/** A draft read back from storage, or undefined when there is none or it is not one. */
export function parseStoredDraft(text: string | null): MonthDraft | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<MonthDraft> | null;
    if (!value || value.version !== 1 || typeof value.month !== 'string' || typeof value.values !== 'object' || typeof value.workstreams !== 'object' || !Array.isArray(value.questions)) {
      return undefined;
    }
    // A draft from before parts were carried over has none; anything else there is not ours.
    if (value.carried !== undefined && (typeof value.carried !== 'object' || value.carried === null)) return { ...value, carried: undefined } as MonthDraft;
    return value as MonthDraft;
  } catch {
    return undefined;
  }
}

/** What of a checked (or published) data set the folder's files are made again from. */
export interface DatasetContent {
  site?: unknown;
  indicators: readonly unknown[];
  workstreams: readonly unknown[];
  events: readonly unknown[];
  snapshots: readonly { month: string }[];
  comparators?: unknown;
}

/**
 * The data folder's files again, from the data set the dashboard shows, so that a draft is checked
 * against what was published (the browser has the data set, not necessarily the raw files).
 * Every file in it passed the checks, so only the draft's own problems matter.
 */
export function filesOfDataset(dataset: DatasetContent): ReadFile[] {
  const files: ReadFile[] = [];
  const add = (file: string, content: unknown) => files.push(readDataFile(file, JSON.stringify(content)));
  if (dataset.site) add('site.json', dataset.site);
  add('indicators.json', { indicators: dataset.indicators });
  add('workstreams.json', { workstreams: dataset.workstreams });
  if (dataset.events.length) add('events.json', { events: dataset.events });
  if (dataset.comparators) add('comparators.json', dataset.comparators);
  for (const snapshot of dataset.snapshots) add(`snapshots/${snapshot.month}.json`, snapshot);
  return files;
}
