// The figures a page needs, put in the query cache before the first render, so the browser's
// first render is the page the build drew (hydration) rather than "Loading the figures…".
// The build's server rendering fills the same cache entries from the publication on disk.
import type { QueryClient } from '@tanstack/react-query';
import { pointerQueryOptions, publicationQueryOptions } from '../data/published';
import { modelRules, publishedModelQueryOptions } from '../data/publishedModel';
import type { PageModelFile } from '../domain/contract/pageModelFile';
import type { Pointer, Publication } from '../domain/contract/publication';
import { modelPageAt } from '../routing/pages';

export interface PublishedData {
  /** The pointer as published: the page's mark is its publication id. */
  pointer: Pointer;
  publication: Publication;
  /** The model of the page drawn, as written at publication, when its page has one (the Overview). */
  model?: PageModelFile;
}

/**
 * Fetch what the route's page reads, as the layout's dataset hook will ask for it: the pointer,
 * then the page's model as written at publication (the Overview's, for the latest month: no
 * publication, no rules), or, for another page or with no model there, the publication the
 * pointer names (and the page's rules). Returns the publication's id; undefined when any did not
 * load (the page is then drawn afresh, and the layout says what failed).
 */
export async function preloadDataset(queryClient: QueryClient, route: string): Promise<string | undefined> {
  try {
    const pointer = await queryClient.fetchQuery(pointerQueryOptions());
    const page = modelPageAt(route);
    if (page) {
      const model = await queryClient.fetchQuery(publishedModelQueryOptions(pointer.publication, page, null)).catch(() => undefined);
      if (model) return pointer.publication;
      await modelRules[page].load();
    }
    await queryClient.fetchQuery(publicationQueryOptions(pointer));
    return pointer.publication;
  } catch {
    return undefined;
  }
}

/** The build's side: the same cache entries, from the publication on disk and the model written beside it. */
export function seedDataset(queryClient: QueryClient, data: PublishedData): void {
  queryClient.setQueryData(pointerQueryOptions().queryKey, data.pointer);
  queryClient.setQueryData(publicationQueryOptions(data.pointer).queryKey, data.publication);
  if (data.model) queryClient.setQueryData(publishedModelQueryOptions(data.pointer.publication, data.model.page, null).queryKey, data.model);
}
