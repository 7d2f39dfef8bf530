// The publication log read back (data/publications/log.json, written by publishing): which
// publications there have been, the months each held, and the one a meeting on a month saw last.
// Apart from publication.ts so that only the pages that read the log (Changes, Data) load it.
import { isObject, isPublicationId, type PublicationLog } from './publication';

export interface LoggedPublication {
  id: string;
  published: string;
  /** The reporting months it held, oldest first (replayed from the log's added and removed). */
  months: string[];
}

/**
 * Every publication in the log, in the order published, with the months each held. A
 * publication switched back to appears again, as it was when it was switched to.
 */
export function publicationsInLog(log: PublicationLog): LoggedPublication[] {
  const months = new Set<string>();
  return log.publications.map((entry) => {
    for (const month of entry.added) months.add(month);
    for (const month of entry.removed) months.delete(month);
    return { id: entry.id, published: entry.published, months: [...months].sort() };
  });
}

/**
 * The publication a meeting that looked at `month` saw last: the latest one in the log whose
 * newest month was `month` or earlier (a later one had the next month in it, so the next
 * meeting's). Undefined when the log has none, e.g. when it starts later.
 */
export function publicationSeenAt(log: PublicationLog, month: string): LoggedPublication | undefined {
  const seen = publicationsInLog(log).filter((entry) => entry.months.length > 0 && entry.months[entry.months.length - 1]! <= month);
  return seen[seen.length - 1];
}

/** The log, or a sentence saying what is wrong with it. */
export function parseLog(value: unknown): PublicationLog | string {
  if (!isObject(value) || !Array.isArray(value.publications)) return 'it is not a publication log';
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  for (const entry of value.publications as unknown[]) {
    if (!isObject(entry) || !isPublicationId(entry.id) || typeof entry.published !== 'string' || !strings(entry.added) || !strings(entry.changed) || !strings(entry.removed)) {
      return 'an entry of the log is not a publication';
    }
  }
  return value as unknown as PublicationLog;
}
