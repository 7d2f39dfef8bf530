// The parts of a new month carried over from the latest (contract/carriedOver.ts): the mark beside
// each, with the box to tick to keep it as it is, and the list at Download of those not yet
// confirmed, first, each a link to its box. The words are the page model's (present/pages/prepareMonth.ts).
import { forwardRef } from 'react';
import type { CarriedState } from '../../domain/contract/carriedOver';
import { fieldId } from '../../domain/contract/draftFields';
import type { CarriedWords } from '../../domain/present/pages/prepareMonth';
import { focusField } from './ErrorSummary';

/** The key of a part's box, as a field's: `carried.values.CP5`. */
export const keepField = (part: string) => `carried.${part}`;

export function CarriedMark({ part, state, words, onKeep }: { part: string; state: CarriedState | undefined; words: CarriedWords | undefined; onKeep: (part: string, keep: boolean) => void }) {
  if (!state || !words) return null;
  const id = fieldId(keepField(part));
  return (
    <div className={`carried-mark form-group${state === 'unconfirmed' ? ' carried-unconfirmed' : ''}`}>
      <p className="carried-words" id={`${id}-hint`}>
        <strong>{words.mark}</strong>
        {state === 'unconfirmed' && <> {words.unconfirmed}</>}
      </p>
      <div className="checkbox">
        <input id={id} type="checkbox" checked={state === 'kept'} aria-describedby={`${id}-hint`} onChange={(event) => onKeep(part, event.target.checked)} />
        <label htmlFor={id}>{words.keep}</label>
      </div>
    </div>
  );
}

export const CarriedSummary = forwardRef<HTMLDivElement, { words: CarriedWords }>(function CarriedSummary({ words }, ref) {
  return (
    <div className="carried-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="carried-summary-title">
      <h2 className="carried-summary-title" id="carried-summary-title">
        {words.summaryTitle}
      </h2>
      <p>{words.summaryHint}</p>
      <ul className="carried-summary-list">
        {words.parts.map(({ part, label }) => (
          <li key={part}>
            <a
              href={`#${fieldId(keepField(part))}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(keepField(part));
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
