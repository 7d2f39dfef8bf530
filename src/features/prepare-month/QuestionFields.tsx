// The form's questions for the committee: each with the indicator it is about, added and removed
// one at a time.
import type { Indicator } from '../../domain/schema';
import type { SectionProps } from './DraftSections';
import { SelectField, TextArea } from './Fields';

export function QuestionFields({ draft, errors, onChange, mark, onAdd, onRemove, indicators }: SectionProps & { onAdd: () => void; onRemove: (index: number) => void; indicators: readonly Indicator[] }) {
  return (
    <>
      {mark('questions')}
      {draft.questions.map((question, index) => {
        const key = (name: string) => `questions.${index}.${name}`;
        return (
          <fieldset className="draft-fieldset" key={index}>
            <legend>Question {index + 1}</legend>
            <TextArea field={key('text')} label="Question" rows={2} value={question.text} error={errors.get(key('text'))?.text} onChange={onChange} />
            <SelectField
              field={key('indicator')}
              label="About the indicator"
              value={question.indicator}
              error={errors.get(key('indicator'))?.text}
              onChange={onChange}
              options={[{ value: '', label: 'None' }, ...indicators.map((indicator) => ({ value: indicator.id, label: `${indicator.id}: ${indicator.shortName ?? indicator.name}` }))]}
            />
            <button type="button" className="button button-secondary" onClick={() => onRemove(index)}>
              Remove question {index + 1}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button type="button" className="button button-secondary" onClick={onAdd}>
          Add a question
        </button>
      </p>
    </>
  );
}
