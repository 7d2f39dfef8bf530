// Questions for the committee: the scrutiny officer's key lines of enquiry from the snapshot, then
// the ones suggested from the exceptions (present/questions.ts), each marked "Suggested" in words.
import type { Snapshot } from '../../domain/schema';

type Question = NonNullable<Snapshot['questions']>[number];
import type { SuggestedQuestion } from '../../domain/present/questions';
import { formatMonth } from '../../domain/months';
import { PackSection, type SectionPlacing } from './PackSection';
import { PackText } from './PackText';

export const QUESTIONS_HEADING = 'pack-questions-heading';

export function QuestionsSection({ month, officer, suggested, indicatorName, source, reference, placing }: { month: string; officer: readonly Question[]; suggested: readonly SuggestedQuestion[]; indicatorName: (id: string) => string; source: string; reference: string; placing: SectionPlacing }) {
  return (
    <PackSection id="questions" labelledBy={QUESTIONS_HEADING} source={source} reference={reference} placing={placing} flows>
      <h2 id={QUESTIONS_HEADING} tabIndex={-1}>
        Questions for the committee
      </h2>
      {officer.length > 0 && (
        <>
          <h3>From the scrutiny officer</h3>
          <ol className="pack-question-list">
            {officer.map((question, index) => (
              <li key={index}>
                {question.indicator && <strong>{indicatorName(question.indicator)}: </strong>}
                <PackText id={`question:${index}`} text={question.text} />
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>Suggested from the exceptions</h3>
      {suggested.length === 0 ? (
        <p>No questions are suggested for {formatMonth(month)}.</p>
      ) : (
        <>
          <p>Suggested by the dashboard from the exceptions, in neutral words, for members to adapt or set aside: not the officer’s.</p>
          <ol className="pack-question-list">
            {suggested.map((question) => (
              <li key={question.indicator}>
                <strong className="tag tag-none">Suggested</strong> <PackText id={`suggested:${question.indicator}`} text={question.text} />
              </li>
            ))}
          </ol>
        </>
      )}
    </PackSection>
  );
}
