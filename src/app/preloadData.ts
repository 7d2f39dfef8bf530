// The figures a page needs, put in the query cache before the first render, so the browser's
// first render is the page the build drew (hydration) rather than "Loading the figures…".
// The build's server rendering fills the same cache entries from the checked files.
import type { QueryClient } from '@tanstack/react-query';
import { kindOfFile, type ReadFile } from '../domain/contract/checks';
import { dataFileQueryOptions, manifestQueryOptions, type Manifest } from '../data/dataFiles';
import { pointerQueryOptions, publicationQueryOptions } from '../data/published';
import type { Pointer, Publication } from '../domain/contract/publication';

export interface PublishedData {
  /** Which publication these figures are: the page's mark to compare with the pointer's. */
  publication: string;
  pointer?: Pointer;
  published?: Publication;
  /** The files as the layout's dataset hook reads them today (manifest, then each file). */
  manifest: Manifest;
  read: ReadFile[];
}

/**
 * Fetch what the layout's dataset hook will ask for, and the pointer naming the publication
 * now on the site. Returns that publication's id; undefined when the pointer did not load
 * (the page is then drawn afresh, never hydrated on a guess).
 */
export async function preloadDataset(queryClient: QueryClient): Promise<string | undefined> {
  const pointer = queryClient.fetchQuery(pointerQueryOptions()).catch(() => undefined);
  let manifest: Manifest | undefined;
  try {
    manifest = await queryClient.fetchQuery(manifestQueryOptions());
  } catch {
    manifest = undefined;
  }
  if (manifest) {
    const { generated } = manifest;
    const files = manifest.files.filter((file) => kindOfFile(file) !== undefined);
    // A file that fails is shown as failed by the layout, with its retry button.
    await Promise.allSettled(files.map((file) => queryClient.fetchQuery(dataFileQueryOptions(file, generated))));
  }
  return (await pointer)?.publication;
}

/** The build's side: the same cache entries, filled from the checked files on disk. */
export function seedDataset(queryClient: QueryClient, data: PublishedData): void {
  if (data.pointer) queryClient.setQueryData(pointerQueryOptions().queryKey, data.pointer);
  if (data.pointer && data.published) queryClient.setQueryData(publicationQueryOptions(data.pointer).queryKey, data.published);
  queryClient.setQueryData(manifestQueryOptions().queryKey, data.manifest);
  for (const read of data.read) queryClient.setQueryData(dataFileQueryOptions(read.file, data.manifest.generated).queryKey, read);
}
