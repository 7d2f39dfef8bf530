// A publication's dataset written out again as the data folder's files (site.json,
// indicators.json, snapshots/YYYY-MM.json, …), for checking a new file against what is published
// where the officers' own files are not served (the public site's Data page preview). A count the
// publication withheld (null, or a withheld team figure) is no value an officer's file may hold:
// it is left out, so that the published months check as cleanly as they did when published.
import type { Snapshot } from '../schema';
import type { PublishedDataset } from './publication';

const isWithheld = (value: unknown) => value === null || (typeof value === 'object' && value !== null && 'withheld' in value);

function asWritten(snapshot: Snapshot): Snapshot {
  const surveys = snapshot.surveys?.map((survey) =>
    survey.byTeam ? { ...survey, byTeam: Object.fromEntries(Object.entries(survey.byTeam).filter(([, count]) => count !== null)) } : survey,
  );
  const values = Object.fromEntries(
    Object.entries(snapshot.values).map(([id, entry]) =>
      entry !== null && typeof entry === 'object' && entry.breakdown
        ? [id, { ...entry, breakdown: Object.fromEntries(Object.entries(entry.breakdown).map(([team, figure]) => [team, isWithheld(figure) ? null : figure])) }]
        : [id, entry],
    ),
  );
  return { ...snapshot, values, ...(surveys ? { surveys } : {}) };
}

export function filesOfDataset(dataset: PublishedDataset): { file: string; text: string }[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    ...(dataset.site ? [{ file: 'site.json', text: json(dataset.site) }] : []),
    { file: 'indicators.json', text: json({ indicators: dataset.indicators }) },
    { file: 'workstreams.json', text: json({ workstreams: dataset.workstreams }) },
    { file: 'events.json', text: json({ events: dataset.events }) },
    ...(dataset.comparators ? [{ file: 'comparators.json', text: json(dataset.comparators) }] : []),
    ...dataset.snapshots.map((snapshot) => ({ file: `snapshots/${snapshot.month}.json`, text: json(asWritten(snapshot)) })),
  ];
}
