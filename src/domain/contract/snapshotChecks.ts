// A snapshot on its own, before the catalogue is consulted: its month against its name, names
// that are not empty, survey and action counts that can be true, responses that add up.
import type { JsonPath } from './jsonSource';
import { monthOfFileName } from './fileKinds';
import { problemAt, type Problem } from './problems';
import type { Snapshot, Survey, WorkstreamReport } from '../schema';
import { checkUniqueIds } from './uniqueIds';
import type { Locate } from './unitRange';

export function checkSnapshotOnItsOwn(file: string, snapshot: Snapshot, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const named = monthOfFileName(file);
  if (named && snapshot.month !== named) {
    problems.push(problemAt(file, 'error', 'month-mismatch', 'The month inside the file does not match its name', {
      path: ['month'], position: locate(['month']),
      expected: `"${named}" (from the file name)`, found: `"${snapshot.month}"`,
    }));
  }
  for (const [id, entry] of Object.entries(snapshot.values)) {
    if (entry === null || typeof entry !== 'object') continue;
    problems.push(...checkEmptyNames(file, Object.keys(entry.breakdown ?? {}), ['values', id, 'breakdown'], 'A team or service in a breakdown', locate));
    if (entry.numerator !== undefined && entry.denominator === undefined) {
      problems.push(problemAt(file, 'warning', 'numerator-without-denominator', `${id} has a numerator but no denominator`, {
        path: ['values', id, 'numerator'], position: locate(['values', id, 'numerator']),
        expected: 'a denominator beside the numerator (or neither)', found: `a numerator of ${entry.numerator} alone`,
      }));
    }
  }
  const surveys = snapshot.surveys ?? [];
  problems.push(...checkUniqueIds(file, surveys, ['surveys'], locate));
  surveys.forEach((survey, index) => problems.push(...checkSurvey(file, survey, ['surveys', index], locate)));
  for (const [id, report] of Object.entries(snapshot.workstreams ?? {})) {
    problems.push(...checkActionCounts(file, report, ['workstreams', id], locate));
  }
  return problems;
}

/** Keys of a record that are empty or only spaces: a figure no one can put a name to. */
export function checkEmptyNames(file: string, names: readonly string[], path: JsonPath, what: string, locate: Locate): Problem[] {
  return names
    .filter((name) => name.trim() === '')
    .map((name) => problemAt(file, 'error', 'empty-name', `${what} has an empty name`, {
      path: [...path, name], position: locate([...path, name]),
      expected: 'a name, such as "Assessment"', found: JSON.stringify(name),
    }));
}

/** completed <= started <= invited; the teams add up to no more than completed; responses about 100. */
export function checkSurvey(file: string, survey: Survey, path: JsonPath, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const { invited, started, completed } = survey;
  const at = (field: string) => ({ path: [...path, field], position: locate([...path, field]) });
  if (completed !== undefined && started !== undefined && completed > started) {
    problems.push(problemAt(file, 'error', 'survey-counts', 'More surveys completed than started', {
      ...at('completed'), expected: `completed <= started (${started})`, found: String(completed),
    }));
  }
  const startedOrCompleted = started ?? completed;
  if (invited !== undefined && startedOrCompleted !== undefined && startedOrCompleted > invited) {
    const field = started !== undefined ? 'started' : 'completed';
    problems.push(problemAt(file, 'error', 'survey-counts', `More surveys ${field} than people invited`, {
      ...at(field), expected: `${field} <= invited (${invited})`, found: String(startedOrCompleted),
    }));
  }
  // A response-rate target of 0.5 is in range but surely means 50%: every survey would meet it.
  if (survey.target !== undefined && survey.target > 0 && survey.target <= 1) {
    const written = Number((survey.target * 100).toPrecision(12));
    problems.push(problemAt(file, 'warning', 'target-as-fraction', `The survey's target response rate of ${survey.target}% looks like a fraction`, {
      ...at('target'), expected: `a percentage from 0 to 100 (write ${written} for ${written}%)`, found: String(survey.target), suggestion: String(written),
    }));
  }
  const teams = survey.byTeam ?? {};
  problems.push(...checkEmptyNames(file, Object.keys(teams), [...path, 'byTeam'], 'A team in a survey', locate));
  const teamTotal = Object.values(teams).reduce<number>((sum, count) => sum + (count ?? 0), 0);
  if (completed !== undefined && teamTotal > completed) {
    problems.push(problemAt(file, 'error', 'survey-counts', 'The teams add up to more than completed the survey', {
      ...at('byTeam'), expected: `teams adding up to at most completed (${completed})`, found: `${teamTotal}`,
    }));
  }
  (survey.statements ?? []).forEach((statement, index) => {
    const total = Object.values(statement.responses).reduce((sum, share) => sum + share, 0);
    if (Object.keys(statement.responses).length === 0 || Math.abs(total - 100) <= RESPONSES_TOLERANCE) return;
    const where: JsonPath = [...path, 'statements', index, 'responses'];
    problems.push(problemAt(file, 'warning', 'responses-total', 'The responses to a statement do not add up to about 100%', {
      path: where, position: locate(where),
      expected: `percentages adding up to ${100 - RESPONSES_TOLERANCE} to ${100 + RESPONSES_TOLERANCE} (rounding)`, found: `${Math.round(total * 10) / 10}`,
    }));
  });
  return problems;
}

/** Six answers each rounded to a whole percent can be out by 3 between them, no more. */
export const RESPONSES_TOLERANCE = 3;

/** completed <= due, and completed + overdue <= due. */
export function checkActionCounts(file: string, report: WorkstreamReport, path: JsonPath, locate: Locate): Problem[] {
  const actions = report.actions;
  if (!actions || actions.due === undefined) return [];
  const { due, completed = 0, overdue = 0 } = actions;
  const where = (field: string): Pick<Problem, 'path'> & { position: ReturnType<Locate> } => ({ path: [...path, 'actions', field], position: locate([...path, 'actions', field]) });
  if (completed > due) {
    return [problemAt(file, 'error', 'action-counts', 'More actions completed than due', {
      ...where('completed'), expected: `completed <= due (${due})`, found: String(completed),
    })];
  }
  if (completed + overdue > due) {
    return [problemAt(file, 'error', 'action-counts', 'Completed and overdue actions add up to more than due', {
      ...where('overdue'), expected: `completed + overdue <= due (${due})`, found: `${completed} + ${overdue} = ${completed + overdue}`,
    })];
  }
  return [];
}
