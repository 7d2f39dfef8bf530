// The checks of the plan's own fields (shared/data-contract.md, "The plan's own fields"), as pure
// functions beside the others: the catalogue's trajectories and aggregates, and each snapshot's
// action plans and questions against the catalogue. checks.ts calls them where it checks the
// catalogue and each snapshot, so the command line, the build and the browser agree.
import type { JsonPath } from './jsonSource';
import { actionCounts, aggregateFitsUnit } from '../plan';
import { problemAt, quoteOrUndefined, type Problem, type ProblemCode, type Severity } from './problems';
import type { Indicator, IndicatorsFile, Snapshot } from '../schema';
import { nearest } from './suggest';

import type { Locate } from './unitRange';

function problem(file: string, severity: Severity, code: ProblemCode, message: string, path: JsonPath, locate: Locate, details: Pick<Problem, 'expected' | 'found' | 'suggestion'>): Problem {
  return problemAt(file, severity, code, message, { path, position: locate(path), ...details });
}

/** In indicators.json: trajectory months ascending, and an `aggregate` that fits the unit. */
export function checkCataloguePlan(file: string, catalogue: IndicatorsFile, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  catalogue.indicators.forEach((indicator, index) => {
    const path: JsonPath = ['indicators', index];
    (indicator.trajectory ?? []).forEach((milestone, milestoneIndex, milestones) => {
      const before = milestones[milestoneIndex - 1];
      if (before === undefined || milestone.month > before.month) return;
      problems.push(
        problem(file, 'error', 'trajectory-order', `Indicator ${indicator.id}: the trajectory's months are not in order`, [...path, 'trajectory', milestoneIndex, 'month'], locate, {
          expected: `a month after ${before.month} (milestones in ascending months, each once)`,
          found: `"${milestone.month}"`,
        }),
      );
    });
    if (indicator.aggregate !== undefined && !aggregateFitsUnit(indicator.aggregate, indicator.unit)) {
      problems.push(
        problem(file, 'error', 'aggregate-unit', `Indicator ${indicator.id}: "${indicator.aggregate}" does not fit a ${indicator.unit}`, [...path, 'aggregate'], locate, {
          expected: indicator.aggregate === 'sum' ? '"sum" only for a count (a percent is made with "ratio"; a number or days with "mean")' : '"ratio" only for a percent (it needs numerators and denominators)',
          found: `"${indicator.aggregate}" on a ${indicator.unit}`,
        }),
      );
    }
  });
  return problems;
}

/**
 * In a snapshot: each action's `indicators` known ids, and its workstream's `actions` counts
 * agreeing with the plan (a warning: the plan is the record). A question's `indicator` must be
 * known too. (An action's dates are real days of the calendar by the schema's date check.)
 */
export function checkSnapshotPlan(file: string, snapshot: Snapshot, indicators: readonly Indicator[] | undefined, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const ids = indicators?.map((indicator) => indicator.id);
  const unknownId = (id: string, path: JsonPath) => {
    if (!ids || ids.includes(id)) return;
    problems.push(
      problem(file, 'error', 'unknown-indicator', `No indicator "${id}" in indicators.json`, path, locate, {
        expected: 'an id from indicators.json',
        found: `"${id}"`,
        suggestion: quoteOrUndefined(nearest(id, ids)),
      }),
    );
  };
  for (const [workstream, report] of Object.entries(snapshot.workstreams ?? {})) {
    const plan = report.actionPlan;
    if (!plan) continue;
    plan.forEach((action, index) => {
      const path: JsonPath = ['workstreams', workstream, 'actionPlan', index];
      (action.indicators ?? []).forEach((id, idIndex) => unknownId(id, [...path, 'indicators', idIndex]));
    });
    if (report.actions) {
      const fromPlan = actionCounts(plan, snapshot.month);
      for (const key of ['due', 'completed', 'overdue'] as const) {
        const given = report.actions[key];
        if (given === undefined || given === fromPlan[key]) continue;
        problems.push(
          problem(file, 'warning', 'action-plan-counts', `Workstream ${workstream}: "actions.${key}" disagrees with its action plan`, ['workstreams', workstream, 'actions', key], locate, {
            expected: `${fromPlan[key]} (from the ${plan.length} actions of "actionPlan"; the plan's count is shown)`,
            found: String(given),
          }),
        );
      }
    }
  }
  (snapshot.questions ?? []).forEach((question, index) => {
    if (question.indicator !== undefined) unknownId(question.indicator, ['questions', index, 'indicator']);
  });
  return problems;
}
