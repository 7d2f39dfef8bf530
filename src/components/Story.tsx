// The story behind an indicator's figure: the month's narrative under its three headings, and
// who answers for it. Used by the off-track stories, the Exceptions page and the pack.
import type { ReactNode } from 'react';
import type { TermSegment } from '../domain/present/glossary';
import type { Story as StoryModel } from '../domain/present/storyWords';

/** `terms` draws a part whose glossary terms are marked (the pack links them to its own glossary). */
export function Story({ story, className = 'story', terms }: { story: StoryModel; className?: string; terms?: (segments: readonly TermSegment[]) => ReactNode }) {
  return (
    <>
      {story.none && <p>{story.none}</p>}
      {story.parts.length > 0 && (
        <dl className={className}>
          {story.parts.map((part) => (
            <div key={part.key}>
              <dt>{part.heading}</dt>
              <dd>{part.terms && terms ? terms(part.terms) : part.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {story.owner && <p className="narrative-owner">{story.owner}</p>}
    </>
  );
}
