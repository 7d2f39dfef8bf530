// Exceptions: the indicators to look at first this month, each with its reasons in words.
import { Link } from '../../routing/routing';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { RagTag } from '../../components/RagTag';
import { Story } from '../../components/Story';
import { useMonthView } from '../../data/useMonthStatuses';
import { displayName } from '../../domain/names';
import { formatValue } from '../../domain/format';
import { formatMonth } from '../../domain/months';
import { EXCEPTION_RULES, sentenceCase } from '../../domain/present/exceptionWords';
import { suggestQuestions } from '../../domain/present/questions';
import { ragLabel } from '../../domain/present/words';
import './exceptions.css';

export function ExceptionsPage() {
  const { months, month, view } = useMonthView();
  if (!month || !view) return <NoData title="Exceptions" />;
  const questions = suggestQuestions(view.exceptions);
  const officerQuestions = view.snapshot?.questions ?? [];
  const questionIndicatorName = (id: string) => {
    const status = view.indicators.find((candidate) => candidate.indicator.id === id);
    return status ? displayName(status.indicator) : id;
  };
  return (
    <Page title="Exceptions" month={month}>
      <p className="lead">The indicators to look at first in {formatMonth(month)}, why, the story behind each and who answers for it.</p>
      <MonthPicker months={months} month={month} />
      {view.exceptions.length === 0 ? (
        <p>No indicator is an exception in {formatMonth(month)}.</p>
      ) : (
        <>
          <p>
            {view.exceptions.length} of {view.indicators.length} indicators {view.exceptions.length === 1 ? 'is an exception' : 'are exceptions'} in {formatMonth(month)}.
          </p>
          <ol className="exception-list">
            {view.exceptions.map(({ indicator, reasons, status }) => (
              <li key={indicator} className="exception">
                <h2 className="exception-name">
                  <Link to={`/indicator/${encodeURIComponent(indicator)}/?month=${month}`}>{displayName(status.indicator)}</Link>
                </h2>
                <p className="card-figure">
                  <span className="figure">{formatValue(status.value, status.indicator)}</span>
                  <RagTag rag={status.rag} label={ragLabel(status.indicator.polarity, status.rag, status.value)} />
                </p>
                <ul className="exception-reasons" aria-label={`Why ${displayName(status.indicator)} is an exception`}>
                  {reasons.map((reason) => (
                    <li key={reason}>{sentenceCase(reason)}</li>
                  ))}
                </ul>
                {status.point?.note && <p className="card-note">Note: {status.point.note}</p>}
                <Story status={status} />
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>Questions for scrutiny</h2>
      {officerQuestions.length > 0 && (
        <>
          <p>Key lines of enquiry from the scrutiny officer for {formatMonth(month)}:</p>
          <ul className="question-list">
            {officerQuestions.map((question, index) => (
              <li key={index}>
                {question.indicator && <strong>{questionIndicatorName(question.indicator)}: </strong>}
                {question.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {questions.length === 0 ? (
        <p>No questions are suggested for {formatMonth(month)}.</p>
      ) : (
        <>
          <p>Suggested from the exceptions above, in neutral words, for members to adapt or set aside.</p>
          <ul className="question-list">
            {questions.map((question) => (
              <li key={question.indicator}>
                <strong className="tag tag-none">Suggested</strong> {question.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>What makes an exception</h2>
      <ul>
        {EXCEPTION_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </Page>
  );
}
