// Labelled form fields in the GOV.UK pattern: label, hint, then the error message above the
// input, all tied to it with aria-describedby; aria-invalid while the field has an error.
import type { ChangeEvent } from 'react';
import { fieldId } from '../../domain/contract/draftFields';

interface FieldProps {
  field: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (field: string, value: string) => void;
}

function described(field: string, hint: string | undefined, error: string | undefined, more?: string) {
  const id = fieldId(field);
  const ids = [more ?? '', hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, describedBy: ids || undefined };
}

function Top({ field, label, hint, error }: Pick<FieldProps, 'field' | 'label' | 'hint' | 'error'>) {
  const id = fieldId(field);
  return (
    <>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

/** `describedBy`: the id of more words the field is read with (last month's figure, beside it). */
export function TextField({ field, label, hint, value, error, onChange, width = 'full', inputMode, describedBy: more }: FieldProps & { width?: 'full' | 'short'; inputMode?: 'decimal' | 'numeric'; describedBy?: string }) {
  const { id, describedBy } = described(field, hint, error, more);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}${width === 'short' ? ' form-group-short' : ''}`}>
      <Top field={field} label={label} hint={hint} error={error} />
      <input
        id={id}
        type="text"
        className={`input${width === 'short' ? ' input-short' : ''}`}
        value={value}
        inputMode={inputMode}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(field, event.target.value)}
      />
    </div>
  );
}

export function TextArea({ field, label, hint, value, error, onChange, rows = 3 }: FieldProps & { rows?: number }) {
  const { id, describedBy } = described(field, hint, error);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <Top field={field} label={label} hint={hint} error={error} />
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(field, event.target.value)}
      />
    </div>
  );
}

export function SelectField({ field, label, hint, value, error, onChange, options }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const { id, describedBy } = described(field, hint, error);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <Top field={field} label={label} hint={hint} error={error} />
      <select id={id} value={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(event) => onChange(field, event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
