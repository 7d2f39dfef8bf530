// The publication log, for the pages that list or compare publications (Changes, Data). Apart
// from published.ts so that the other pages do not load it.
import { queryOptions } from '@tanstack/react-query';
import { LOG_FILE, type PublicationLog } from '../domain/contract/publication';
import { parseLog } from '../domain/contract/publicationLog';
import { fetchParsed, fetchSettings } from './published';

export function fetchLog(signal?: AbortSignal): Promise<PublicationLog> {
  return fetchParsed(LOG_FILE, parseLog, { signal, fresh: true });
}

/** The publication log: which publications there have been, and the months each added or changed. */
export const logQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'log'],
    queryFn: ({ signal }) => fetchLog(signal),
    retry: fetchSettings.retries,
  });
