// The story behind an indicator's figure: the month's narrative under its three headings, and
// who answers for it. Used by the off-track stories, the Exceptions page and the pack.
import type { IndicatorStatus } from '../domain/board/status';
import { formatMonth } from '../domain/months';
import { narrativeParts } from '../domain/present/planWords';

export function Story({ status }: { status: IndicatorStatus }) {
  const { plan } = status;
  const parts = narrativeParts(plan.narrative);
  const owner = plan.narrative?.owner ?? plan.owner;
  return (
    <>
      {parts.length === 0 ? (
        <p>No narrative was given for {formatMonth(status.month)}.</p>
      ) : (
        <dl className="story">
          {parts.map((part) => (
            <div key={part.key}>
              <dt>{part.heading}</dt>
              <dd>{part.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {owner && <p className="narrative-owner">Owner: {owner}</p>}
    </>
  );
}
