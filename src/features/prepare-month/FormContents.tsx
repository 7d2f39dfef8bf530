// The form's contents list at its top (each section with its fields filled, problems and parts to
// confirm, in the model's words: present/pages/prepareSections.ts), each section's heading, which
// the list takes focus to, and the action bar's link back to the list. Links move focus by script,
// as the error summary's do: a "#id" link would change a hash route.
import type { MouseEvent, ReactNode } from 'react';
import { CONTENTS_ID, type FormSection, type FormSections } from '../../domain/present/pages/prepareSections';
import { focusById } from './ErrorSummary';

function JumpLink({ to, children }: { to: string; children: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusById(to);
  };
  return (
    <a href={`#${to}`} onClick={onClick}>
      {children}
    </a>
  );
}

function Entry({ section }: { section: Pick<FormSection, 'id' | 'heading'> & { counts?: string } }) {
  return (
    <>
      <JumpLink to={section.id}>{section.heading}</JumpLink>
      {section.counts && <span className="draft-contents-counts"> {section.counts}</span>}
    </>
  );
}

/** An entry with its sections under it: the indicators' areas, the workstreams. */
function Group({ section, parts }: { section: Pick<FormSection, 'id' | 'heading'>; parts: readonly FormSection[] }) {
  return (
    <li>
      <Entry section={section} />
      <ol>
        {parts.map((part) => (
          <li key={part.id}>
            <Entry section={part} />
          </li>
        ))}
      </ol>
    </li>
  );
}

export function FormContents({ sections }: { sections: FormSections }) {
  return (
    <nav className="draft-contents" aria-labelledby={CONTENTS_ID}>
      <h2 id={CONTENTS_ID} tabIndex={-1}>
        {sections.contentsTitle}
      </h2>
      <ol>
        <li>
          <Entry section={sections.month} />
        </li>
        <Group section={sections.indicators} parts={sections.indicators.areas} />
        <Group section={sections.workstreams} parts={sections.workstreams.sections} />
        <li>
          <Entry section={sections.questions} />
        </li>
        <li>
          <Entry section={sections.check} />
        </li>
      </ol>
    </nav>
  );
}

/** A section's heading, focused by the contents list's link to it; `after`: smaller words after it. */
export function SectionHeading({ level, section, after }: { level: 2 | 3; section: Pick<FormSection, 'id' | 'heading'>; after?: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading id={section.id} tabIndex={-1} className="draft-section-heading">
      {section.heading}
      {after}
    </Heading>
  );
}

export function ToContents({ words }: { words: string }) {
  return <JumpLink to={CONTENTS_ID}>{words}</JumpLink>;
}
