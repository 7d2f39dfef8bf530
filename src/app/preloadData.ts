// The figures a page needs, put in the query cache before the first render, so the browser's
// first render is the page the build drew (hydration) rather than "Loading the figures…".
// The build's server rendering fills the same cache entries from the checked files.
import type { QueryClient } from '@tanstack/react-query';
import { kindOfFile, type ReadFile } from '../domain/contract/checks';
import { dataFileQueryOptions, manifestQueryOptions, type Manifest } from '../data/dataFiles';

export interface PublishedData {
  /** Which publication these figures are: the page's mark to compare with the site's. */
  publication: string;
  manifest: Manifest;
  read: ReadFile[];
}

/** The publication a manifest names (until a publication pointer replaces the manifest). */
export function publicationOf(manifest: Manifest): string {
  return manifest.generated;
}

/** Fetch what the layout's dataset hook will ask for; undefined when the list did not load. */
export async function preloadDataset(queryClient: QueryClient): Promise<string | undefined> {
  let manifest: Manifest;
  try {
    manifest = await queryClient.fetchQuery(manifestQueryOptions());
  } catch {
    return undefined;
  }
  const files = manifest.files.filter((file) => kindOfFile(file) !== undefined);
  // A file that fails is shown as failed by the layout, with its retry button.
  await Promise.allSettled(files.map((file) => queryClient.fetchQuery(dataFileQueryOptions(file, manifest.generated))));
  return publicationOf(manifest);
}

export function seedDataset(queryClient: QueryClient, data: PublishedData): void {
  queryClient.setQueryData(manifestQueryOptions().queryKey, data.manifest);
  for (const read of data.read) queryClient.setQueryData(dataFileQueryOptions(read.file, data.manifest.generated).queryKey, read);
}
