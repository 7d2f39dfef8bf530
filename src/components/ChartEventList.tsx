// The list under a chart of the events numbered on it (present/chartEvents.ts): the trend and the
// SPC chart mark the same events and list them the same way.
import type { EventList } from '../domain/present/chartEvents';

export function ChartEventList({ events }: { events: EventList }) {
  return (
    <>
      <h3>{events.heading}</h3>
      <ol className="event-list">
        {events.items.map((event) => (
          <li key={event.number} value={event.number}>
            {event.text}
          </li>
        ))}
      </ol>
    </>
  );
}
