// The dataset for the whole app: the pointer, then the one publication it names. Nothing is
// checked here: only data that passed every check is ever published. A preview snapshot (chosen
// on the Data page, checked there) takes its month's place in the browser only.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { withPreviewSnapshot, type Pointer, type PublishedDataset } from '../domain/contract/publication';
import { FetchFailure, pointerQueryOptions, publicationQueryOptions } from './published';
import { usePreview } from './preview';

export interface PublicationInfo {
  id: string;
  published: string;
  file: string;
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'failed'; file: string; reason: string; retry: () => void }
  | { status: 'ready'; dataset: PublishedDataset; publication: PublicationInfo; previewing: boolean };

const reasonOf = (error: unknown) => (error instanceof FetchFailure ? error.message : String(error));

export function useDataset(): DatasetState {
  const pointer = useQuery(pointerQueryOptions());
  const publication = useQuery({ ...publicationQueryOptions(pointer.data ?? ({ publication: '', file: '' } as Pointer)), enabled: pointer.data !== undefined });
  const { preview } = usePreview();

  const dataset = useMemo(() => {
    if (!publication.data) return undefined;
    return preview ? withPreviewSnapshot(publication.data.dataset, preview.snapshot) : publication.data.dataset;
  }, [publication.data, preview]);

  if (pointer.error) return { status: 'failed', file: 'data/current.json', reason: reasonOf(pointer.error), retry: () => void pointer.refetch() };
  if (publication.error) return { status: 'failed', file: `data/${pointer.data!.file}`, reason: reasonOf(publication.error), retry: () => void publication.refetch() };
  if (!dataset || !publication.data || !pointer.data) return { status: 'loading' };
  return {
    status: 'ready',
    dataset,
    publication: { id: publication.data.id, published: pointer.data.published, file: pointer.data.file },
    previewing: preview !== undefined,
  };
}
