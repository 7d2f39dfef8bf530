// The form's first section: the month, its status and its commentary.
import type { FormSection } from '../../domain/present/pages/prepareSections';
import type { SectionProps } from './DraftSections';
import { SelectField, TextArea, TextField } from './Fields';
import { SectionHeading } from './FormContents';

const STATUSES = [
  { value: 'provisional', label: 'Provisional (figures may still change)' },
  { value: 'final', label: 'Final' },
];

export function MonthFields({ section, draft, errors, onChange, mark }: SectionProps & { section: FormSection }) {
  return (
    <fieldset className="draft-fieldset draft-section">
      <legend>
        <SectionHeading level={2} section={section} />
      </legend>
      <TextField field="month" label="Month (YYYY-MM)" hint="The file is named after it, such as 2019-04.json." width="short" value={draft.month} error={errors.get('month')?.text} onChange={onChange} />
      <SelectField field="status" label="Status" value={draft.status} error={errors.get('status')?.text} onChange={onChange} options={STATUSES} />
      {mark('commentary')}
      <TextArea field="commentary" label="Commentary" hint="Plain text. Separate paragraphs with a blank line." rows={6} value={draft.commentary} error={errors.get('commentary')?.text} onChange={onChange} />
    </fieldset>
  );
}
