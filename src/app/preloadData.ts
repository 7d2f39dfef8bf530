// The figures a page needs, put in the query cache before the first render, so the browser's
// first render is the page the build drew (hydration) rather than "Loading the figures…".
// The build's server rendering fills the same cache entries from the publication on disk.
import type { QueryClient } from '@tanstack/react-query';
import { pointerQueryOptions, publicationQueryOptions } from '../data/published';
import type { Pointer, Publication } from '../domain/contract/publication';

export interface PublishedData {
  /** The pointer as published: the page's mark is its publication id. */
  pointer: Pointer;
  publication: Publication;
}

/**
 * Fetch the pointer and the publication it names, as the layout's dataset hook will ask for
 * them. Returns the publication's id; undefined when either did not load (the page is then
 * drawn afresh, and the layout says what failed).
 */
export async function preloadDataset(queryClient: QueryClient): Promise<string | undefined> {
  try {
    const pointer = await queryClient.fetchQuery(pointerQueryOptions());
    await queryClient.fetchQuery(publicationQueryOptions(pointer));
    return pointer.publication;
  } catch {
    return undefined;
  }
}

/** The build's side: the same cache entries, from the publication on disk. */
export function seedDataset(queryClient: QueryClient, data: PublishedData): void {
  queryClient.setQueryData(pointerQueryOptions().queryKey, data.pointer);
  queryClient.setQueryData(publicationQueryOptions(data.pointer).queryKey, data.publication);
}
