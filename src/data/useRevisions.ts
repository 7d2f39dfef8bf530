// The figures revised since a meeting: the publication a meeting on `month` saw last (from the
// publication log), or the one the address names, against the publication shown now.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isPublicationId } from '../domain/contract/publication';
import { publicationSeenAt, publicationsInLog, type LoggedPublication } from '../domain/contract/publicationLog';
import { useReadyDataset } from './datasetContext';
import { publicationByIdQueryOptions } from './published';
import { logQueryOptions } from './publicationLog';
import { type RevisedFigure, revisedFigures } from '../domain/board/revisedFigures';

export type RevisionsState =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  /** No publication in the log is older than the month's meeting, or it is the one shown. */
  | { status: 'none'; logged: LoggedPublication[]; same: boolean }
  | { status: 'ready'; logged: LoggedPublication[]; earlier: LoggedPublication; revised: RevisedFigure[] };

const NO_ID = '0000000000000000';

export function useRevisions(month: string, chosen: string | null): RevisionsState {
  const { dataset, publication } = useReadyDataset();
  const log = useQuery(logQueryOptions());
  const logged = useMemo(() => (log.data ? publicationsInLog(log.data) : []), [log.data]);
  const entry = log.data ? (isPublicationId(chosen) ? logged.findLast((item) => item.id === chosen) : publicationSeenAt(log.data, month)) : undefined;
  const wanted = entry && entry.id !== publication.id ? entry.id : undefined;
  const earlier = useQuery({ ...publicationByIdQueryOptions(wanted ?? NO_ID), enabled: wanted !== undefined });
  const revised = useMemo(() => (earlier.data ? revisedFigures(earlier.data.dataset, dataset) : undefined), [earlier.data, dataset]);
  if (log.error) return { status: 'failed', reason: `the publication log did not load (${String((log.error as Error).message)})` };
  if (!log.data) return { status: 'loading' };
  if (!entry || !wanted) return { status: 'none', logged, same: entry !== undefined };
  if (earlier.error) return { status: 'failed', reason: `publication ${wanted} did not load (${String((earlier.error as Error).message)}); the site may no longer keep it` };
  if (!revised) return { status: 'loading' };
  return { status: 'ready', logged, earlier: entry, revised };
}
