// The latest staff survey reported by the month: returns, participation by team (fewer than 5
// suppressed: scrutiny papers are public) and what staff said.
import { formatNumber } from '../../domain/format';
import { formatIsoDate, formatMonth, formatMonthLong } from '../../domain/months';
import { describeCount, responseRate, surveyForMonth, type DatedSurvey } from '../../domain/surveys';
import { packReference } from './packReference';
import { RunningHead } from './RunningHead';
import { TableScroll } from './TableScroll';

const percent = (value: number | undefined) => (value === undefined ? '–' : `${formatNumber(value, 1)}%`);

export function SurveySection({ surveys, month, source, pageName }: { surveys: readonly DatedSurvey[]; month: string; source: string; pageName: string }) {
  const upToMonth = surveys.filter((survey) => survey.month <= month);
  const current = surveyForMonth(surveys, month);
  return (
    <section style={{ page: pageName }} className="pack-section" aria-labelledby="pack-survey-heading">
      <RunningHead source={source} reference={packReference('Survey', month)} />
      <h2 id="pack-survey-heading">Staff survey</h2>
      {!current ? (
        <p>No staff survey had been reported by {formatMonthLong(month)}.</p>
      ) : (
        <>
          <p>
            The latest survey reported by {formatMonth(month)}: <strong>{current.name}</strong>, reported in {formatMonth(current.month)}
            {current.closed && `, closed ${formatIsoDate(current.closed)}`}. {current.started ?? '–'} started and {current.completed ?? '–'} completed
            {current.invited !== undefined && ` of ${current.invited} invited`}
            {responseRate(current) !== undefined && ` (a response rate of ${percent(responseRate(current))}${current.target !== undefined ? ` against a target of ${current.target}%` : ''})`}.
          </p>
          <TableScroll label={`Survey returns to ${formatMonth(month)}`}>
            <table className="table pack-table">
              <caption>Survey returns to {formatMonth(month)}</caption>
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
                {upToMonth.map((survey) => (
                  <tr key={survey.id}>
                    <th scope="row">{survey.name}</th>
                    <td>{survey.closed ? formatIsoDate(survey.closed) : '–'}</td>
                    <td className="numeric">{survey.invited ?? '–'}</td>
                    <td className="numeric">{survey.started ?? '–'}</td>
                    <td className="numeric">{survey.completed ?? '–'}</td>
                    <td className="numeric">{percent(responseRate(survey))}</td>
                    <td className="numeric">{survey.target === undefined ? '–' : `${survey.target}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {current.byTeam && (
            <>
              <h3>Participation by team</h3>
              <p>To protect staff, teams with fewer than 5 responses are shown as “fewer than 5”.</p>
              <TableScroll label={`Responses by team, ${current.name}`}>
                <table className="table pack-table table-narrow">
                  <caption>Responses by team, {current.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Team</th>
                      <th scope="col" className="numeric">
                        Responses
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(current.byTeam).map(([team, count]) => (
                      <tr key={team}>
                        <th scope="row">{team}</th>
                        <td className="numeric">{describeCount(count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </>
          )}
          {(current.statements ?? []).length > 0 && <Statements statements={current.statements ?? []} surveyName={current.name} />}
        </>
      )}
    </section>
  );
}

function Statements({ statements, surveyName }: { statements: { text: string; responses: Record<string, number> }[]; surveyName: string }) {
  const answers = [...new Set(statements.flatMap((statement) => Object.keys(statement.responses)))];
  return (
    <>
      <h3>What staff said</h3>
      <TableScroll label={`Answers to each statement, ${surveyName}`}>
        <table className="table pack-table pack-statements-table">
          <caption>Answers to each statement, {surveyName} (percent of those who answered)</caption>
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
            {statements.map((statement, index) => (
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
    </>
  );
}
