// The dataset for the whole app: the pointer, then the one publication it names. Nothing is
// checked here: only data that passed every check is ever published. A preview snapshot (chosen
// on the Data page, checked there) takes its month's place in the browser only.
//
// A permalink (`?publication=<id>` on any page) opens an earlier publication instead, as a
// committee saw it; the pointer is still read, to say whether newer figures have been published.
//
// A page whose model was written at publication (the Overview: contract/pageModelFile.ts) reads
// that model instead of the publication, for the current publication with no preview; only when
// it is not there (the dev server, a site published before models were) is the publication read.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from '../routing/routing';
import type { ModelPage, PageModelFile } from '../domain/contract/pageModelFile';
import { isPublicationId, publicationFile, withPreviewSnapshot, type Pointer, type PublishedDataset } from '../domain/contract/publication';
import { FetchFailure, pointerQueryOptions, publicationByIdQueryOptions, publicationQueryOptions } from './published';
import { publishedModelQueryOptions } from './publishedModel';
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
  | { status: 'ready'; dataset: PublishedDataset; model?: undefined; publication: PublicationInfo; previewing: boolean }
  | { status: 'ready'; model: PageModelFile; dataset?: undefined; publication: PublicationInfo; previewing: false };

const reasonOf = (error: unknown) => (error instanceof FetchFailure ? error.message : String(error));

/** The publication the address asks for, when it names one well formed. */
export function usePinnedPublication(): string | undefined {
  const [params] = useSearchParams();
  const asked = params.get(PUBLICATION_PARAM);
  return isPublicationId(asked) ? asked : undefined;
}

/** `modelPage`: the page shown reads its model as written at publication, when it is there. */
export function useDataset(modelPage?: ModelPage): DatasetState {
  const pinned = usePinnedPublication();
  const [params] = useSearchParams();
  const pointer = useQuery(pointerQueryOptions());
  const { preview } = usePreview();
  const wanted = pinned && pointer.data && pinned !== pointer.data.publication ? pinned : undefined;
  const modelWanted = modelPage !== undefined && pointer.data !== undefined && wanted === undefined && preview === undefined;
  const model = useQuery({
    ...publishedModelQueryOptions(pointer.data?.publication ?? '', modelPage ?? 'overview', params.get('month')),
    enabled: modelWanted,
    // The month shown stays on screen while the next month's model loads: the month picker keeps its focus.
    placeholderData: (previous) => previous,
  });
  const modelShown = modelWanted && model.data !== undefined ? model.data : undefined;
  const datasetNeeded = pointer.data !== undefined && (!modelWanted || model.isError);
  const current = useQuery({ ...publicationQueryOptions(pointer.data ?? ({ publication: '', file: '' } as Pointer)), enabled: datasetNeeded && wanted === undefined });
  const earlier = useQuery({ ...publicationByIdQueryOptions(wanted ?? '0000000000000000'), enabled: wanted !== undefined });
  const publication = wanted ? earlier : current;

  const dataset = useMemo(() => {
    if (!publication.data) return undefined;
    return preview ? withPreviewSnapshot(publication.data.dataset, preview.snapshot) : publication.data.dataset;
  }, [publication.data, preview]);

  if (pointer.error) return { status: 'failed', file: 'data/current.json', reason: reasonOf(pointer.error), retry: () => void pointer.refetch() };
  if (modelShown && pointer.data) {
    return { status: 'ready', model: modelShown, publication: { id: pointer.data.publication, published: pointer.data.published, file: pointer.data.file, current: true }, previewing: false };
  }
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
