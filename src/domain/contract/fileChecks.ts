// The checks that need only the file itself, by kind of file.
import { checkCatalogue } from './catalogueChecks';
import { checkCataloguePlan } from './planChecks';
import { problemAt, type Problem } from './problems';
import type { DashboardEvent, FileData, FileKind, Snapshot } from '../schema';
import { checkSnapshotOnItsOwn } from './snapshotChecks';
import { checkNotEmpty, checkUniqueIds } from './uniqueIds';
import type { Locate } from './unitRange';

export function checkFileOnItsOwn(file: string, kind: FileKind, data: FileData[FileKind], locate: Locate): Problem[] {
  switch (kind) {
    case 'snapshot':
      return checkSnapshotOnItsOwn(file, data as Snapshot, locate);
    case 'indicators':
      return [...checkCatalogue(file, data as FileData['indicators'], locate), ...checkCataloguePlan(file, data as FileData['indicators'], locate)];
    case 'workstreams': {
      const { workstreams } = data as FileData['workstreams'];
      const empty = checkNotEmpty(file, workstreams, ['workstreams'], 'workstreams', locate);
      return empty.length ? empty : checkUniqueIds(file, workstreams, ['workstreams'], locate);
    }
    case 'events':
      return checkEvents(file, (data as FileData['events']).events, locate);
    default:
      return [];
  }
}

/** An event does not end before it starts. */
export function checkEvents(file: string, events: readonly DashboardEvent[], locate: Locate): Problem[] {
  return events.flatMap((event, index) =>
    event.end !== undefined && event.end < event.date
      ? [problemAt(file, 'error', 'event-order', 'An event ends before it starts', {
          path: ['events', index, 'end'], position: locate(['events', index, 'end']),
          expected: `a date on or after ${event.date}`, found: event.end,
        })]
      : [],
  );
}
