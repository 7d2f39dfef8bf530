import { useMemo } from 'react';
import { ChartFigure } from '../../components/ChartFigure';
import { formatPercent, statementAnswers, StatementsTable, SurveyReturnsTable, TeamTable } from '../../components/SurveyTables';
import { CsvDownload } from '../../components/CsvDownload';
import { MonthPicker } from '../../components/MonthPicker';
import { useSelectedMonth } from '../../data/useSelectedMonth';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import { formatNumber } from '../../domain/format';
import { formatIsoDate, formatMonth } from '../../domain/months';
import { collectSurveys, isSuppressed, responseRate, surveyForMonth, type DatedSurvey } from '../../domain/board/surveys';
import { snapshotMonths } from '../../domain/board/monthView';
import { ResponseRateChart, StatementChart } from './SurveyCharts';


export function SurveysPage() {
  const { dataset } = useReadyDataset();
  const months = useMemo(() => snapshotMonths(dataset.snapshots), [dataset]);
  const { month } = useSelectedMonth(months);
  const surveys = useMemo(() => collectSurveys(dataset.snapshots), [dataset]);
  if (!month) return <NoData title="Surveys" />;
  const upToMonth = surveys.filter((survey) => survey.month <= month);
  const current = surveyForMonth(surveys, month);
  const rates = upToMonth.map((survey) => ({ name: survey.name, id: survey.id, closed: survey.closed, rate: responseRate(survey), target: survey.target, started: survey.started, completed: survey.completed, invited: survey.invited }));
  const latestRate = rates[rates.length - 1];

  return (
    <Page title="Staff surveys" month={month}>
      <p className="lead">How many staff take part in the temperature-check surveys, and what they say.</p>
      <MonthPicker months={months} month={month} />
      {upToMonth.length === 0 ? (
        <p>No survey had been reported by {formatMonth(month)}.</p>
      ) : (
        <>
          <section aria-labelledby="rate-heading">
            <h2 id="rate-heading">Response rate over time</h2>
            <p className="chart-summary" id="rate-summary">
              {rates.length === 1
                ? `One survey so far: ${formatPercent(latestRate?.rate)} of those invited completed it.`
                : `The response rate went from ${formatPercent(rates[0]?.rate)} in the first survey to ${formatPercent(latestRate?.rate)} in the latest (${rates.length} surveys).`}
              {latestRate?.target !== undefined && ` The target is ${latestRate.target}%.`}
            </p>
            <ChartFigure labelledBy="rate-heading" describedBy="rate-summary" fileName="survey-response-rate">
              <ResponseRateChart rows={rates.map((rate) => ({ label: rate.closed ? `${rate.name.length > 24 ? 'Survey' : rate.name}, ${formatMonth(rate.closed.slice(0, 7))}` : rate.name, rate: rate.rate ?? null, target: rate.target ?? null }))} />
            </ChartFigure>
            <SurveyReturnsTable surveys={upToMonth} caption="Survey returns" />
            <CsvDownload
              fileName="survey-returns.csv"
              header={['Survey', 'Closed (date)', 'Invited (people)', 'Started (people)', 'Completed (people)', 'Response rate (%)', 'Target (%)']}
              rows={rates.map((rate) => [rate.name, rate.closed ?? '', rate.invited ?? '', rate.started ?? '', rate.completed ?? '', rate.rate ?? '', rate.target ?? ''])}
              label="Download survey returns (CSV)"
            />
          </section>

          {current && (
            <section aria-labelledby="current-heading">
              <h2 id="current-heading">{current.name}</h2>
              <p>
                Reported in {formatMonth(current.month)}
                {current.closed && `, closed ${formatIsoDate(current.closed)}`}. {current.started ?? '–'} started and {current.completed ?? '–'} completed
                {current.invited !== undefined && ` of ${current.invited} invited`}.
              </p>
              {current.byTeam && (
                <>
                  <h3>Participation by team</h3>
                  <p>To protect staff, teams with fewer than 5 responses are shown as “fewer than 5”.</p>
                  <TeamTable survey={current} />
                  <CsvDownload
                    fileName={`${current.id}-by-team.csv`}
                    header={['Team', 'Responses (people)']}
                    rows={Object.entries(current.byTeam).map(([team, count]) => [team, isSuppressed(count) ? 'fewer than 5' : count])}
                    label="Download responses by team (CSV)"
                  />
                </>
              )}
              {(current.statements ?? []).length > 0 && <Statements survey={current} />}
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function Statements({ survey }: { survey: DatedSurvey }) {
  const statements = survey.statements ?? [];
  const surveyId = survey.id;
  const answers = statementAnswers(survey);
  const agreed = (statement: { responses: Record<string, number> }) =>
    Object.entries(statement.responses)
      .filter(([answer]) => /agree/i.test(answer) && !/disagree/i.test(answer))
      .reduce((sum, [, value]) => sum + value, 0);
  const ranked = [...statements].sort((a, b) => agreed(b) - agreed(a));
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  return (
    <>
      <h3 id="statements-heading">What staff said</h3>
      <p id="statements-summary">
        {best && worst && best !== worst
          ? `Most agreement: “${best.text}” (${formatNumber(agreed(best), 1)}% agreed to some extent). Least: “${worst.text}” (${formatNumber(agreed(worst), 1)}%).`
          : best
            ? `${formatNumber(agreed(best), 1)}% agreed to some extent with “${best.text}”.`
            : ''}
      </p>
      <ChartFigure labelledBy="statements-heading" describedBy="statements-summary" fileName={`${surveyId}-statements`}>
        <StatementChart statements={statements} answers={answers} />
      </ChartFigure>
      <StatementsTable survey={survey} />
      <CsvDownload
        fileName={`${surveyId}-statements.csv`}
        header={['Statement', ...answers.map((answer) => `${answer} (%)`)]}
        rows={statements.map((statement) => [statement.text, ...answers.map((answer) => statement.responses[answer] ?? '')])}
        label="Download answers (CSV)"
      />
    </>
  );
}
