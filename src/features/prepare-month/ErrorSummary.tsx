// The GOV.UK error summary: a box at the top of the form listing every problem, each a link
// that moves focus to its field (by script: a "#id" link would change a hash route).
import { forwardRef, type MouseEvent } from 'react';
import { fieldId } from '../../domain/contract/draftFields';
import type { FieldProblem } from '../../domain/contract/draftCheck';

export function focusField(field: string) {
  focusById(fieldId(field));
}

/** Focus an element (a field, or a heading with tabindex="-1") and bring it into view. */
export function focusById(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  // The label above the input in view too, as GOV.UK Frontend does.
  (element.closest('.form-group') ?? element).scrollIntoView({ block: 'start' });
}

export const ErrorSummary = forwardRef<HTMLDivElement, { problems: readonly FieldProblem[]; labelOf: (field: string) => string; announce: boolean }>(function ErrorSummary(
  { problems, labelOf, announce },
  ref,
) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    event.preventDefault();
    focusField(field);
  };
  return (
    // Announced only after "Download": while typing, the messages beside the fields say it.
    <div className="error-summary" ref={ref} tabIndex={-1} role={announce ? 'alert' : 'region'} aria-labelledby="error-summary-title">
      <h2 className="error-summary-title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary-list">
        {problems.map((problem, index) => (
          <li key={`${problem.field}-${index}`}>
            <a href={`#${fieldId(problem.field)}`} onClick={(event) => onClick(event, problem.field)}>
              {labelOf(problem.field)}: {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The draft's warnings under the form: it can be published with them, but each is worth a look, and links to its field. */
export function WarningList({ warnings, labelOf }: { warnings: readonly FieldProblem[]; labelOf: (field: string) => string }) {
  return (
    <section aria-labelledby="warnings-heading">
      <h3 id="warnings-heading">Warnings ({warnings.length})</h3>
      <p>The file can be published with these, but look at each.</p>
      <ul className="warning-list">
        {warnings.map((warning, index) => (
          <li key={index}>
            <a
              href={`#${fieldId(warning.field)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(warning.field);
              }}
            >
              {labelOf(warning.field)}
            </a>
            : {warning.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
