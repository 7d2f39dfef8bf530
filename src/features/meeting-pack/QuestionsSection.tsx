// Questions for the committee: the scrutiny officer's key lines of enquiry from the snapshot, then
// the ones suggested from the exceptions, each marked "Suggested" in words.
import type { MeetingPackModel } from '../../domain/present/pages/meetingPack';
import { PackSection, type PartProps } from './PackSection';
import { PackTerms } from './PackText';

export function QuestionsSection({ questions, ...part }: PartProps & { questions: MeetingPackModel['questions'] }) {
  return (
    <PackSection id="questions" labelledBy="pack-questions-heading" {...part}>
      <h2 id="pack-questions-heading" tabIndex={-1}>
        Questions for the committee
      </h2>
      {questions.officer.length > 0 && (
        <>
          <h3>From the scrutiny officer</h3>
          <ol className="pack-question-list">
            {questions.officer.map((question, index) => (
              <li key={index}>
                {question.indicator && <strong>{question.indicator}: </strong>}
                <PackTerms segments={question.text.terms} />
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>Suggested from the exceptions</h3>
      {questions.none ? (
        <p>{questions.none}</p>
      ) : (
        <>
          <p>Suggested by the dashboard from the exceptions, in neutral words, for members to adapt or set aside: not the officer’s.</p>
          <ol className="pack-question-list">
            {questions.suggested.map((question) => (
              <li key={question.key}>
                <strong className="tag tag-none">Suggested</strong> <PackTerms segments={question.text.terms} />
              </li>
            ))}
          </ol>
        </>
      )}
    </PackSection>
  );
}
