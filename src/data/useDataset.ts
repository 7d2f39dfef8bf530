// The dataset for the whole app: the pointer, then the one publication it names. Nothing is
// checked here: only data that passed every check is ever published. A preview snapshot (chosen
// on the Data page, checked there) takes its month's place in the browser only.
//
// A permalink (`?publication=<id>` on any page) opens an earlier publication instead, as a
// committee saw it; the pointer is still read, to say whether newer figures have been published.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from '../routing/routing';
import { isPublicationId, publicationFile, withPreviewSnapshot, type Pointer, type PublishedDataset } from '../domain/contract/publication';
import { FetchFailure, pointerQueryOptions, publicationByIdQueryOptions, publicationQueryOptions } from './published';
import { usePreview } from './preview';

/** The address's name for the publication a page shows. */
export const PUBLICATION_PARAM = 'publication';

/** Navigation state that lets go of a permalink's publication (the layout keeps it otherwise). */
export const RELEASE_PUBLICATION = { releasePublication: true } as const;

export interface PublicationInfo {
  id: string;
  published: string;
  file: string;
  /** The publication the pointer names now (false when a permalink opened an earlier one). */
  current: boolean;
  /** The current publication's id, when this is not it. */
  currentId?: string;
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'failed'; file: string; reason: string; retry: () => void; pinned?: string; damaged?: boolean }
  | { status: 'ready'; dataset: PublishedDataset; publication: PublicationInfo; previewing: boolean };

const reasonOf = (error: unknown) => (error instanceof FetchFailure ? error.message : String(error));

/** The publication the address asks for, when it names one well formed. */
export function usePinnedPublication(): string | undefined {
  const [params] = useSearchParams();
  const asked = params.get(PUBLICATION_PARAM);
  return isPublicationId(asked) ? asked : undefined;
}

export function useDataset(): DatasetState {
  const pinned = usePinnedPublication();
  const pointer = useQuery(pointerQueryOptions());
  const wanted = pinned && pointer.data && pinned !== pointer.data.publication ? pinned : undefined;
  const current = useQuery({ ...publicationQueryOptions(pointer.data ?? ({ publication: '', file: '' } as Pointer)), enabled: pointer.data !== undefined && wanted === undefined });
  const earlier = useQuery({ ...publicationByIdQueryOptions(wanted ?? '0000000000000000'), enabled: wanted !== undefined });
  const publication = wanted ? earlier : current;
  const { preview } = usePreview();

  const dataset = useMemo(() => {
    if (!publication.data) return undefined;
    return preview ? withPreviewSnapshot(publication.data.dataset, preview.snapshot) : publication.data.dataset;
  }, [publication.data, preview]);

  if (pointer.error) return { status: 'failed', file: 'data/current.json', reason: reasonOf(pointer.error), retry: () => void pointer.refetch() };
  if (publication.error) {
    const damaged = publication.error instanceof FetchFailure && publication.error.damaged;
    return {
      status: 'failed',
      file: wanted ? `data/${publicationFile(wanted)}` : `data/${pointer.data!.file}`,
      reason: wanted && !damaged ? `${reasonOf(publication.error)}; this site may not keep that publication` : reasonOf(publication.error),
      retry: () => void publication.refetch(),
      ...(wanted ? { pinned: wanted } : {}),
      ...(damaged ? { damaged } : {}),
    };
  }
  if (!dataset || !publication.data || !pointer.data) return { status: 'loading' };
  return {
    status: 'ready',
    dataset,
    publication: wanted
      ? { id: publication.data.id, published: publication.data.published, file: publicationFile(publication.data.id), current: false, currentId: pointer.data.publication }
      : { id: publication.data.id, published: pointer.data.published, file: pointer.data.file, current: true },
    previewing: preview !== undefined,
  };
}
