// Exceptions: the indicators to look at first this month, each with its reasons in words and its
// story, then the questions for scrutiny; laid out from its model (present/pages/exceptions.ts).
import { Link } from '../../routing/routing';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { RagTag } from '../../components/RagTag';
import { Story } from '../../components/Story';
import { useMonthModel } from '../../data/usePageModel';
import { exceptionsModel, type ExceptionsModel } from '../../domain/present/pages/exceptions';
import './exceptions.css';

export function ExceptionsPage() {
  const model = useMonthModel(exceptionsModel, undefined);
  if (!model) return <NoData title="Exceptions" />;
  const { questions } = model;
  return (
    <Page title="Exceptions" month={model.month}>
      <p className="lead">{model.lead}</p>
      <MonthPicker months={model.months} month={model.month} />
      <p>{model.sentence}</p>
      {model.items.length > 0 && <ExceptionList items={model.items} />}
      <h2>Questions for scrutiny</h2>
      {questions.officerIntro && (
        <>
          <p>{questions.officerIntro}</p>
          <ul className="question-list">
            {questions.officer.map((question, index) => (
              <li key={index}>
                {question.indicator && <strong>{question.indicator}: </strong>}
                {question.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {questions.noneSuggested && <p>{questions.noneSuggested}</p>}
      {questions.suggestedIntro && (
        <>
          <p>{questions.suggestedIntro}</p>
          <ul className="question-list">
            {questions.suggested.map((question) => (
              <li key={question.key}>
                <strong className="tag tag-none">Suggested</strong> {question.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>What makes an exception</h2>
      <ul>
        {model.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </Page>
  );
}

/** Each exception: its name linked to its page, its figure and RAG, its reasons, its note and its story. */
function ExceptionList({ items }: { items: ExceptionsModel['items'] }) {
  return (
    <ol className="exception-list">
      {items.map((item) => (
        <li key={item.id} className="exception">
          <h2 className="exception-name">
            <Link to={item.href}>{item.name}</Link>
          </h2>
          <p className="card-figure">
            <span className="figure">{item.figure}</span>
            <RagTag tag={item.tag} />
          </p>
          <ul className="exception-reasons" aria-label={item.reasonsLabel}>
            {item.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {item.note && <p className="card-note">{item.note}</p>}
          <Story story={item.story} />
        </li>
      ))}
    </ol>
  );
}
