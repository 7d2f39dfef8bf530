// The staff survey's tables, on the Surveys page (with their CSVs) and in the meeting pack: the
// returns of every survey to the month, responses by team (counts under 5 shown as "fewer than 5":
// scrutiny papers are public), and the answers to each statement.
import { describeCount, isSuppressed, responseRate } from '../../board/surveys';
import { formatNumber } from '../../format';
import { formatIsoDate } from '../../months';
import type { Survey } from '../../schema';
import { orderAnswers } from '../surveyAnswers';
import { figureCell, tableOf, textCell, type ColumnSpec, type TableModel } from '../table';

/** "24.8%", or – when there is no rate. */
export const formatPercent = (value: number | undefined) => (value === undefined ? '–' : `${formatNumber(value, 1)}%`);

type Download = { fileName: string; label: string };

const people = (key: 'invited' | 'started' | 'completed', label: string): ColumnSpec<Survey> => ({
  key,
  label,
  numeric: true,
  csv: `${label} (people)`,
  cell: (survey) => figureCell(survey[key] === undefined ? '–' : String(survey[key]), survey[key]),
});

export function surveyReturnsTable(surveys: readonly Survey[], caption: string, csv?: Download): TableModel {
  return tableOf(
    {
      caption,
      columns: [
        { key: 'survey', label: 'Survey', rowHeader: true, csv: 'Survey', cell: (survey) => textCell(survey.name) },
        { key: 'closed', label: 'Closed', csv: 'Closed (date)', cell: (survey) => textCell(survey.closed ? formatIsoDate(survey.closed) : '–', { csv: survey.closed ?? '' }) },
        people('invited', 'Invited'),
        people('started', 'Started'),
        people('completed', 'Completed'),
        { key: 'rate', label: 'Response rate', numeric: true, csv: 'Response rate (%)', cell: (survey) => figureCell(formatPercent(responseRate(survey)), responseRate(survey)) },
        { key: 'target', label: 'Target', numeric: true, csv: 'Target (%)', cell: (survey) => figureCell(survey.target === undefined ? '–' : `${survey.target}%`, survey.target) },
      ],
      key: (survey) => survey.id,
      ...(csv ? { csv } : {}),
    },
    surveys,
  );
}

/** Responses by team, with counts under 5 shown (and written) as "fewer than 5". */
export function teamTable(survey: Survey, csv?: Download): TableModel {
  return tableOf(
    {
      caption: `Responses by team, ${survey.name}`,
      columns: [
        { key: 'team', label: 'Team', rowHeader: true, csv: 'Team', cell: ([team]) => textCell(team) },
        { key: 'responses', label: 'Responses', numeric: true, csv: 'Responses (people)', cell: ([, count]) => textCell(describeCount(count), { csv: isSuppressed(count) ? describeCount(count) : count }) },
      ],
      key: ([team]) => team,
      ...(csv ? { csv } : {}),
    },
    Object.entries(survey.byTeam ?? {}),
  );
}

/** Every answer given to any statement, in the scale's order (Strongly agree first). */
export function statementAnswers(survey: Survey): string[] {
  return orderAnswers([...new Set((survey.statements ?? []).flatMap((statement) => Object.keys(statement.responses)))]);
}

export function statementsTable(survey: Survey, csv?: Download): TableModel {
  const answers = statementAnswers(survey);
  type Statement = NonNullable<Survey['statements']>[number] & { index: number };
  return tableOf(
    {
      caption: `Answers to each statement, ${survey.name} (percent of those who answered)`,
      columns: [
        { key: 'statement', label: 'Statement', rowHeader: true, csv: 'Statement', cell: (statement) => textCell(statement.text) },
        ...answers.map(
          (answer): ColumnSpec<Statement> => ({
            key: answer,
            label: answer,
            numeric: true,
            csv: `${answer} (%)`,
            cell: (statement) => figureCell(statement.responses[answer] === undefined ? '–' : `${formatNumber(statement.responses[answer], 1)}%`, statement.responses[answer]),
          }),
        ),
      ],
      key: (statement) => String(statement.index),
      ...(csv ? { csv } : {}),
    },
    (survey.statements ?? []).map((statement, index) => ({ ...statement, index })),
  );
}
