// The checked dataset for the whole app: every file fetched on its own, then the same
// checkDataset the command line and the build run. A preview file (chosen on the Data page)
// replaces or adds one snapshot in the browser only.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { checkDataset, type Dataset } from '../domain/contract/dataset';
import { kindOfFile } from '../domain/contract/fileKinds';
import type { ReadFile } from '../domain/contract/readFile';
import type { Problem } from '../domain/contract/problems';
import { dataFileQueryOptions, FetchFailure, manifestQueryOptions } from './dataFiles';
import { usePreview } from './preview';

export interface FailedFile {
  file: string;
  reason: string;
  retry: () => void;
}

export type DatasetState =
  | { status: 'loading' }
  | { status: 'manifest-failed'; reason: string; retry: () => void }
  | { status: 'ready'; dataset: Dataset; failed: FailedFile[]; previewing: boolean; published: ReadFile[] };

export function useDataset(): DatasetState {
  const manifest = useQuery(manifestQueryOptions());
  const files = (manifest.data?.files ?? []).filter((file) => kindOfFile(file) !== undefined);
  const generated = manifest.data?.generated ?? '';
  const results = useQueries({ queries: files.map((file) => dataFileQueryOptions(file, generated)) });
  const { preview } = usePreview();

  const settled = results.every((result) => !result.isPending);
  const stamp = results.map((result) => `${result.dataUpdatedAt}:${result.errorUpdatedAt}`).join('|');

  const computed = useMemo(() => {
    if (!manifest.data || !settled) return undefined;
    const read: ReadFile[] = [];
    const absent: Problem[] = [];
    const failed: FailedFile[] = [];
    results.forEach((result, index) => {
      const file = files[index]!;
      if (result.data) {
        if (preview?.read.file !== file) read.push(result.data);
      } else if (result.error) {
        const reason = result.error instanceof FetchFailure ? result.error.message : String(result.error);
        failed.push({ file, reason, retry: () => void result.refetch() });
        absent.push({
          severity: 'error',
          code: 'fetch-failed',
          file,
          line: 1,
          column: 1,
          message: `Could not load the file`,
          expected: 'the file from the server',
          found: reason,
        });
      }
    });
    const published = [...read];
    if (preview) read.push(preview.read);
    const dataset = checkDataset(read, {}, absent.filter((problem) => problem.file !== preview?.read.file));
    return { dataset, failed, published };
    // `stamp` stands for the query results, which are new arrays on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [manifest.data, settled, stamp, preview]);

  if (manifest.error) {
    return {
      status: 'manifest-failed',
      reason: manifest.error instanceof FetchFailure ? manifest.error.message : String(manifest.error),
      retry: () => void manifest.refetch(),
    };
  }
  if (!computed) return { status: 'loading' };
  return { status: 'ready', ...computed, previewing: preview !== undefined };
}
