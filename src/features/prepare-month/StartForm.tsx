// Which month the form is for: a new month after the latest, filled in from it, or a correction
// of a published one (the options are the page model's: present/pages/prepareMonth.ts).
import type { FormEvent } from 'react';
import { SelectField } from './Fields';

export function StartForm({ options, hint, value, onChange, onStart }: { options: { value: string; label: string }[]; hint: string | undefined; value: string; onChange: (month: string) => void; onStart: (event: FormEvent) => void }) {
  return (
    <form className="draft-start" onSubmit={onStart} aria-labelledby="start-heading">
      <h2 id="start-heading">Which month</h2>
      <SelectField field="start" label="Start a form for" hint={hint} value={value} onChange={(_field, month) => onChange(month)} options={options} />
      <button type="submit" className="button button-secondary">
        Start
      </button>
    </form>
  );
}
