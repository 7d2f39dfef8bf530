// Compact sections for the Overview and the meeting pack: the story behind every red or
// behind-trajectory indicator (the board's three questions and who answers), and the month's
// overdue actions with their owners. Status is in words: "Red", "Behind trajectory", "Overdue".
import { Link } from '../routing/routing';
import type { OverdueAction } from '../domain/board/actions';
import type { IndicatorStatus } from '../domain/board/status';
import { displayName } from '../domain/names';
import { formatValue } from '../domain/format';
import { formatIsoDate, formatMonth } from '../domain/months';
import type { Workstream } from '../domain/schema';
import { TRAJECTORY_WORDS } from '../domain/present/planWords';
import { Story } from './Story';
import { ragLabel } from '../domain/present/words';

/** Heading levels: 2 on a page, 3 inside a pack section that has its own h2. */
type Level = 2 | 3;
const headingTags = (level: Level) => (level === 2 ? (['h2', 'h3'] as const) : (['h3', 'h4'] as const));

export function OffTrackStories({ statuses, month, idPrefix, links = true, level = 2 }: { statuses: readonly IndicatorStatus[]; month: string; idPrefix: string; links?: boolean; level?: Level }) {
  const [Heading, ItemHeading] = headingTags(level);
  return (
    <section className="plan-summary" aria-labelledby={`${idPrefix}-off-track-heading`}>
      <Heading id={`${idPrefix}-off-track-heading`}>Off track: the story behind the figures</Heading>
      {statuses.length === 0 ? (
        <p>No indicator is red or behind its trajectory in {formatMonth(month)}.</p>
      ) : (
        <ul className="story-list">
          {statuses.map((status) => {
            const { indicator, plan } = status;
            const why = [status.rag === 'red' ? ragLabel(indicator.polarity, status.rag, status.value) : undefined, plan.trajectory?.status === 'behind' ? TRAJECTORY_WORDS.behind : undefined].filter(Boolean).join(', ');
            return (
              <li key={indicator.id}>
                <ItemHeading>
                  {links ? <Link to={`/indicator/${encodeURIComponent(indicator.id)}/?month=${month}`}>{displayName(indicator)}</Link> : displayName(indicator)}: {formatValue(status.value, indicator)} ({why})
                </ItemHeading>
                <Story status={status} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function OverdueActionsList({ overdue, workstreams, month, idPrefix, level = 2 }: { overdue: readonly OverdueAction[]; workstreams: readonly Workstream[]; month: string; idPrefix: string; level?: Level }) {
  const names = new Map(workstreams.map((workstream) => [workstream.id, workstream.name]));
  const [Heading] = headingTags(level);
  return (
    <section className="plan-summary" aria-labelledby={`${idPrefix}-overdue-heading`}>
      <Heading id={`${idPrefix}-overdue-heading`}>Overdue actions</Heading>
      {overdue.length === 0 ? (
        <p>No action of the plan is overdue at the end of {formatMonth(month)}.</p>
      ) : (
        <ul className="overdue-list">
          {overdue.map(({ workstream, action, due }, index) => (
            <li key={`${workstream}-${action.id ?? index}`}>
              <strong>Overdue:</strong> {action.id && `${action.id} `}
              {action.action} ({names.get(workstream) ?? workstream}). Owner: {action.owner ?? 'not named'}. Due {formatIsoDate(due)}
              {action.revisedDue && action.due && action.revisedDue !== action.due ? ` (revised from ${formatIsoDate(action.due)})` : ''}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
