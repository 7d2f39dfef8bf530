// The month's exceptions with their reasons in words, as the Exceptions page gives them, and each
// one's story: what the figure shows, why, what is being done and who answers for it.
import { RagTag } from '../../components/RagTag';
import { Story } from '../../components/Story';
import type { MeetingPackModel } from '../../domain/present/pages/meetingPack';
import { PackSection, type PartProps } from './PackSection';
import { PackTerms } from './PackText';

export function ExceptionsSection({ exceptions, ...part }: PartProps & { exceptions: MeetingPackModel['exceptions'] }) {
  return (
    <PackSection id="exceptions" labelledBy="pack-exceptions-heading" {...part}>
      <h2 id="pack-exceptions-heading" tabIndex={-1}>
        Exceptions: the indicators to look at first
      </h2>
      <p>{exceptions.sentence}</p>
      {exceptions.items.length > 0 && (
        <ol className="pack-exception-list">
          {exceptions.items.map((item) => (
            <li key={item.id} className="pack-exception">
              <h3 className="pack-exception-name">
                {`${item.id} `}
                <PackTerms segments={item.name.terms} />
                {`: ${item.figure} `}
                <RagTag tag={item.tag} />
              </h3>
              <p className="pack-exception-reasons">
                <strong>Why it is here: </strong>
                <PackTerms segments={item.reasons.terms} />
              </p>
              {item.note && <p className="pack-note">{item.note}</p>}
              <Story story={item.story} className="story pack-story" terms={(segments) => <PackTerms segments={segments} />} />
            </li>
          ))}
        </ol>
      )}
    </PackSection>
  );
}
