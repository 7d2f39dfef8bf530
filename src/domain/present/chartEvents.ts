// The events a chart marks (events.json: an Ofsted visit, a restructure): those in the months it
// shows, numbered in date order, one marker a month with the numbers written on it, and the list
// under the chart that says what each number is. The trend chart and the SPC chart mark the same.
import { formatIsoDate, formatMonth, monthOfDate } from '../months';
import type { DashboardEvent } from '../schema';

export interface ChartEvent {
  /** Numbered in date order, 1 first: the number drawn on the chart and shown in the list. */
  number: number;
  month: string;
  monthLabel: string;
  date: string;
  label: string;
}

/** One marker per month with events: its x (the month's label) and the numbers written on it ("1" or "2, 3"). */
export interface EventMarker {
  monthLabel: string;
  numbers: string;
}

export function chartEvents(months: ReadonlySet<string>, events: readonly DashboardEvent[]): { events: ChartEvent[]; eventMarkers: EventMarker[] } {
  const shown = events
    .filter((event) => months.has(monthOfDate(event.date)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((event, index) => ({ number: index + 1, month: monthOfDate(event.date), monthLabel: formatMonth(monthOfDate(event.date)), date: event.date, label: event.label }));
  const markers = new Map<string, number[]>();
  for (const event of shown) markers.set(event.monthLabel, [...(markers.get(event.monthLabel) ?? []), event.number]);
  return { events: shown, eventMarkers: [...markers.entries()].map(([monthLabel, numbers]) => ({ monthLabel, numbers: numbers.join(', ') })) };
}

export interface EventList {
  heading: string;
  items: { number: number; text: string }[];
}

/** The list under a chart: "12 December 2017: Ofsted monitoring visit"; none when no event is marked. */
export function eventList(events: readonly ChartEvent[]): EventList | undefined {
  return events.length > 0 ? { heading: 'Events marked on the chart', items: events.map((event) => ({ number: event.number, text: `${formatIsoDate(event.date)}: ${event.label}` })) } : undefined;
}
