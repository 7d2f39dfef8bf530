// The survey tables shown on the Surveys page and in the meeting pack.
import { formatNumber } from '../domain/format';
import { formatIsoDate } from '../domain/months';
import type { Survey } from '../domain/schema';
import { describeCount, responseRate } from '../domain/board/surveys';
import { orderAnswers } from '../domain/present/surveyAnswers';
import { TableScroll } from './TableScroll';

export const formatPercent = (value: number | undefined) => (value === undefined ? '–' : `${formatNumber(value, 1)}%`);

export function SurveyReturnsTable({ surveys, caption, tableClassName = '', scrollClassName }: { surveys: readonly Survey[]; caption: string; tableClassName?: string; scrollClassName?: string }) {
  return (
    <TableScroll label={caption} className={scrollClassName}>
      <table className={`table ${tableClassName}`.trim()}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Survey</th>
            <th scope="col">Closed</th>
            <th scope="col" className="numeric">
              Invited
            </th>
            <th scope="col" className="numeric">
              Started
            </th>
            <th scope="col" className="numeric">
              Completed
            </th>
            <th scope="col" className="numeric">
              Response rate
            </th>
            <th scope="col" className="numeric">
              Target
            </th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((survey) => (
            <tr key={survey.id}>
              <th scope="row">{survey.name}</th>
              <td>{survey.closed ? formatIsoDate(survey.closed) : '–'}</td>
              <td className="numeric">{survey.invited ?? '–'}</td>
              <td className="numeric">{survey.started ?? '–'}</td>
              <td className="numeric">{survey.completed ?? '–'}</td>
              <td className="numeric">{formatPercent(responseRate(survey))}</td>
              <td className="numeric">{survey.target === undefined ? '–' : `${survey.target}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Responses by team, with counts under 5 shown as "fewer than 5" (scrutiny papers are public). */
export function TeamTable({ survey, tableClassName = '', scrollClassName }: { survey: Survey; tableClassName?: string; scrollClassName?: string }) {
  const caption = `Responses by team, ${survey.name}`;
  return (
    <TableScroll label={caption} className={scrollClassName}>
      <table className={`table table-narrow ${tableClassName}`.trim()}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col" className="numeric">
              Responses
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(survey.byTeam ?? {}).map(([team, count]) => (
            <tr key={team}>
              <th scope="row">{team}</th>
              <td className="numeric">{describeCount(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Every answer given to any statement, in the scale's order (Strongly agree first). */
export function statementAnswers(survey: Survey): string[] {
  return orderAnswers([...new Set((survey.statements ?? []).flatMap((statement) => Object.keys(statement.responses)))]);
}

export function StatementsTable({ survey, tableClassName = '', scrollClassName }: { survey: Survey; tableClassName?: string; scrollClassName?: string }) {
  const answers = statementAnswers(survey);
  const caption = `Answers to each statement, ${survey.name} (percent of those who answered)`;
  return (
    <TableScroll label={caption} className={scrollClassName}>
      <table className={`table ${tableClassName}`.trim()}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {answers.map((answer) => (
              <th scope="col" key={answer} className="numeric">
                {answer}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(survey.statements ?? []).map((statement, index) => (
            <tr key={index}>
              <th scope="row">{statement.text}</th>
              {answers.map((answer) => (
                <td key={answer} className="numeric">
                  {statement.responses[answer] === undefined ? '–' : `${formatNumber(statement.responses[answer], 1)}%`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
