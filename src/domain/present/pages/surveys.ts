// The Surveys page's model: how many staff take part in the temperature-check surveys (the response
// rate over time, with its chart rows and the returns table), and the latest survey to the month:
// participation by team and what staff said.
import { targetRunLabels } from '../targetRunLabels';
import { collectSurveys, responseRate, surveyForMonth, type DatedSurvey } from '../../board/surveys';
import { formatNumber } from '../../format';
import { formatIsoDate, formatMonth, monthOfDate } from '../../months';
import type { TableModel } from '../table';
import { formatPercent, statementAnswers, statementsTable, surveyReturnsTable, teamTable } from './surveyTables';
import { monthFrame, type MonthFrame, type PageData } from './pageData';

export interface StatementsModel {
  heading: string;
  summary: string;
  chart: { statements: { text: string; responses: Record<string, number> }[]; answers: string[]; fileName: string };
  table: TableModel;
}

export interface SurveysModel extends MonthFrame {
  lead: string;
  /** Said when no survey had been reported by the month. */
  none?: string;
  rate?: { heading: string; summary: string; chart: { rows: { label: string; rate: number | null; target: number | null; targetLabel?: string }[]; fileName: string }; table: TableModel };
  current?: {
    heading: string;
    sentence: string;
    byTeam?: { heading: string; note: string; table: TableModel };
    statements?: StatementsModel;
  };
}

/** When a survey was reported ("Mar 2018, closed 16 March 2018") and how many took part ("109 started and 99 completed of 400 invited"). */
export function surveyFacts(survey: DatedSurvey): { reported: string; counts: string } {
  return {
    reported: `${formatMonth(survey.month)}${survey.closed ? `, closed ${formatIsoDate(survey.closed)}` : ''}`,
    counts: `${survey.started ?? '–'} started and ${survey.completed ?? '–'} completed${survey.invited !== undefined ? ` of ${survey.invited} invited` : ''}`,
  };
}

export const TEAM_NOTE = 'To protect staff, teams with fewer than 5 responses are shown as “fewer than 5”.';

/** The share agreeing to some extent: every answer with "agree" in it that is not a "disagree". */
const agreed = (statement: { responses: Record<string, number> }) =>
  Object.entries(statement.responses)
    .filter(([answer]) => /agree/i.test(answer) && !/disagree/i.test(answer))
    .reduce((sum, [, value]) => sum + value, 0);

function statements(survey: DatedSurvey): StatementsModel {
  const all = survey.statements ?? [];
  const ranked = [...all].sort((a, b) => agreed(b) - agreed(a));
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const summary =
    best && worst && best !== worst
      ? `Most agreement: “${best.text}” (${formatNumber(agreed(best), 1)}% agreed to some extent). Least: “${worst.text}” (${formatNumber(agreed(worst), 1)}%).`
      : best
        ? `${formatNumber(agreed(best), 1)}% agreed to some extent with “${best.text}”.`
        : '';
  return {
    heading: 'What staff said',
    summary,
    chart: { statements: all, answers: statementAnswers(survey), fileName: `${survey.id}-statements` },
    table: statementsTable(survey, { fileName: `${survey.id}-statements.csv`, label: 'Download answers (CSV)' }),
  };
}

export function surveysModel(data: PageData, month: string): SurveysModel {
  const surveys = collectSurveys(data.snapshots);
  const upToMonth = surveys.filter((survey) => survey.month <= month);
  const frame = { ...monthFrame(data, month), lead: 'How many staff take part in the temperature-check surveys, and what they say.' };
  if (upToMonth.length === 0) return { ...frame, none: `No survey had been reported by ${formatMonth(month)}.` };
  const rates = upToMonth.map((survey) => responseRate(survey));
  const first = rates[0];
  const latest = upToMonth[upToMonth.length - 1]!;
  const current = surveyForMonth(surveys, month);
  const targetLabels = targetRunLabels(upToMonth.map((survey) => survey.target ?? null));
  return {
    ...frame,
    rate: {
      heading: 'Response rate over time',
      summary:
        (rates.length === 1
          ? `One survey so far: ${formatPercent(rates[0])} of those invited completed it.`
          : `The response rate went from ${formatPercent(first)} in the first survey to ${formatPercent(rates[rates.length - 1])} in the latest (${rates.length} surveys).`) +
        (latest.target !== undefined ? ` The target is ${latest.target}%.` : ''),
      chart: {
        rows: upToMonth.map((survey, index) => ({
          label: survey.closed ? `${survey.name.length > 24 ? 'Survey' : survey.name}, ${formatMonth(monthOfDate(survey.closed))}` : survey.name,
          rate: responseRate(survey) ?? null,
          target: survey.target ?? null,
          ...(targetLabels[index] ? { targetLabel: targetLabels[index] } : {}),
        })),
        fileName: 'survey-response-rate',
      },
      table: surveyReturnsTable(upToMonth, 'Survey returns', { fileName: 'survey-returns.csv', label: 'Download survey returns (CSV)' }),
    },
    ...(current
      ? {
          current: {
            heading: current.name,
            sentence: `Reported in ${surveyFacts(current).reported}. ${surveyFacts(current).counts}.`,
            ...(current.byTeam ? { byTeam: { heading: 'Participation by team', note: TEAM_NOTE, table: teamTable(current, { fileName: `${current.id}-by-team.csv`, label: 'Download responses by team (CSV)' }) } } : {}),
            ...((current.statements ?? []).length > 0 ? { statements: statements(current) } : {}),
          },
        }
      : {}),
  };
}
