// Compact sections for the Overview and the meeting pack: the story behind every red or
// behind-trajectory indicator (the board's three questions and who answers), and the month's
// overdue actions with their owners. Status is in words: "Red", "Behind trajectory", "Overdue".
import { Link } from '../routing/routing';
import { OVERDUE_LEAD, type ActionList } from '../domain/present/actionWords';
import type { OffTrackList } from '../domain/present/storyWords';
import { Story } from './Story';

/** Heading levels: 2 on a page, 3 inside a pack section that has its own h2. */
type Level = 2 | 3;
const headingTags = (level: Level) => (level === 2 ? (['h2', 'h3'] as const) : (['h3', 'h4'] as const));

export function OffTrackStories({ list, idPrefix, links = true, level = 2 }: { list: OffTrackList; idPrefix: string; links?: boolean; level?: Level }) {
  const [Heading, ItemHeading] = headingTags(level);
  return (
    <section className="plan-summary" aria-labelledby={`${idPrefix}-off-track-heading`}>
      <Heading id={`${idPrefix}-off-track-heading`}>{list.heading}</Heading>
      {list.empty ? (
        <p>{list.empty}</p>
      ) : (
        <ul className="story-list">
          {list.items.map((item) => (
            <li key={item.id}>
              <ItemHeading>
                {links ? <Link to={item.href}>{item.name}</Link> : item.name}: {item.figure}
              </ItemHeading>
              <Story story={item.story} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OverdueActionsList({ list, idPrefix, level = 2 }: { list: ActionList; idPrefix: string; level?: Level }) {
  const [Heading] = headingTags(level);
  return (
    <section className="plan-summary" aria-labelledby={`${idPrefix}-overdue-heading`}>
      <Heading id={`${idPrefix}-overdue-heading`}>{list.heading}</Heading>
      {list.empty ? (
        <p>{list.empty}</p>
      ) : (
        <ul className="overdue-list">
          {list.items.map((item) => (
            <li key={item.key}>
              <strong>{OVERDUE_LEAD}</strong> {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
