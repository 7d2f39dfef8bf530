// The latest staff survey reported by the month: returns, participation by team (fewer than 5
// suppressed: scrutiny papers are public) and what staff said.
import { formatIsoDate, formatMonth, formatMonthLong } from '../../domain/months';
import { responseRate, surveyForMonth, type DatedSurvey } from '../../domain/board/surveys';
import { PackSection, type SectionPlacing } from './PackSection';
import { formatPercent, StatementsTable, SurveyReturnsTable, TeamTable } from '../../components/SurveyTables';


export function SurveySection({ surveys, month, source, reference, placing }: { surveys: readonly DatedSurvey[]; month: string; source: string; reference: string; placing: SectionPlacing }) {
  const upToMonth = surveys.filter((survey) => survey.month <= month);
  const current = surveyForMonth(surveys, month);
  return (
    <PackSection id="survey" labelledBy="pack-survey-heading" source={source} reference={reference} placing={placing} flows>
      <h2 id="pack-survey-heading" tabIndex={-1}>
        Staff survey
      </h2>
      {!current ? (
        <p>No staff survey had been reported by {formatMonthLong(month)}.</p>
      ) : (
        <>
          <p>
            The latest survey reported by {formatMonth(month)}: <strong>{current.name}</strong>, reported in {formatMonth(current.month)}
            {current.closed && `, closed ${formatIsoDate(current.closed)}`}. {current.started ?? '–'} started and {current.completed ?? '–'} completed
            {current.invited !== undefined && ` of ${current.invited} invited`}
            {responseRate(current) !== undefined && ` (a response rate of ${formatPercent(responseRate(current))}${current.target !== undefined ? ` against a target of ${current.target}%` : ''})`}.
          </p>
          <SurveyReturnsTable surveys={upToMonth} caption={`Survey returns to ${formatMonth(month)}`} tableClassName="pack-table" scrollClassName="pack-table-scroll" />
          {current.byTeam && (
            <>
              <h3>Participation by team</h3>
              <p>To protect staff, teams with fewer than 5 responses are shown as “fewer than 5”.</p>
              <TeamTable survey={current} tableClassName="pack-table" scrollClassName="pack-table-scroll" />
            </>
          )}
          {(current.statements ?? []).length > 0 && (
            <>
              <h3>What staff said</h3>
              <StatementsTable survey={current} tableClassName="pack-table pack-statements-table" scrollClassName="pack-table-scroll" />
            </>
          )}
        </>
      )}
    </PackSection>
  );
}
