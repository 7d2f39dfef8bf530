// The latest staff survey reported by the month: returns, participation by team (fewer than 5
// suppressed: scrutiny papers are public) and what staff said.
import { DataTable } from '../../components/DataTable';
import type { MeetingPackModel } from '../../domain/present/pages/meetingPack';
import { PackSection, type PartProps } from './PackSection';

export function SurveySection({ survey, ...part }: PartProps & { survey: MeetingPackModel['survey'] }) {
  const { current } = survey;
  return (
    <PackSection id="survey" labelledBy="pack-survey-heading" {...part}>
      <h2 id="pack-survey-heading" tabIndex={-1}>
        Staff survey
      </h2>
      {survey.none && <p>{survey.none}</p>}
      {current && (
        <>
          <p>
            {current.before}
            <strong>{current.name}</strong>
            {current.after}
          </p>
          <DataTable table={current.returns} className="pack-table" scrollClassName="pack-table-scroll" />
          {current.byTeam && (
            <>
              <h3>{current.byTeam.heading}</h3>
              <p>{current.byTeam.note}</p>
              <DataTable table={current.byTeam.table} className="table-narrow pack-table" scrollClassName="pack-table-scroll" />
            </>
          )}
          {current.statements && (
            <>
              <h3>{current.statements.heading}</h3>
              <DataTable table={current.statements.table} className="pack-table pack-statements-table" scrollClassName="pack-table-scroll" />
            </>
          )}
        </>
      )}
    </PackSection>
  );
}
