// The Data page's view of the raw files: the list of them (manifest.json, written by the build
// and publish-data), then a check of them all in a Web Worker, with progress. Where there is no
// Worker (tests in jsdom) the same module runs on the main thread, loaded only then.
import { queryOptions } from '@tanstack/react-query';
import { fetchDataBytes, FetchFailure, fetchSettings } from './published';
import type { Problem } from '../domain/contract/problems';
import type { PreviewRequest, PreviewResult, Progress, RawCheckRequest, RawCheckResult } from './rawCheck';

export const MANIFEST_FILE = 'manifest.json';

export interface RawManifest {
  generated: string;
  files: string[];
  /** Problems of the folder the browser cannot see for itself (unreadable files, entries not read). */
  problems?: Problem[];
}

export async function fetchRawManifest(signal?: AbortSignal): Promise<RawManifest> {
  const bytes = await fetchDataBytes(MANIFEST_FILE, { signal, fresh: true });
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new FetchFailure(MANIFEST_FILE, 'it is not valid JSON');
  }
  const files = (manifest as RawManifest | null)?.files;
  if (!Array.isArray(files) || files.some((file) => typeof file !== 'string')) throw new FetchFailure(MANIFEST_FILE, 'it has no list of files');
  return manifest as RawManifest;
}

export const rawManifestQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'raw-manifest'],
    queryFn: ({ signal }) => fetchRawManifest(signal),
    retry: fetchSettings.retries,
  });

export type WorkerRequest =
  | { id: number; type: 'check'; request: RawCheckRequest }
  | { id: number; type: 'published'; files: { file: string; text: string }[] }
  | { id: number; type: 'preview'; request: PreviewRequest };

/** A request before it is numbered (each kind of request without its id). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

export type WorkerResponse =
  | { id: number; type: 'ready' }
  | { id: number; type: 'progress'; checked: number; total: number }
  | { id: number; type: 'checked'; result: RawCheckResult }
  | { id: number; type: 'previewed'; result: PreviewResult }
  | { id: number; type: 'failed'; message: string };

export interface RawChecker {
  check: (request: RawCheckRequest, progress: Progress) => Promise<RawCheckResult>;
  /** Check previews against these files (a publication's, written out) where the raw files are not served. */
  checkAgainstPublished: (files: { file: string; text: string }[]) => Promise<void>;
  preview: (request: PreviewRequest) => Promise<PreviewResult>;
  close: () => void;
}

function workerChecker(): RawChecker {
  const worker = new Worker(new URL('./rawCheck.worker.ts', import.meta.url), { type: 'module', name: 'raw-file-checks' });
  let nextId = 0;
  const pending = new Map<number, { done: (response: WorkerResponse) => void; progress?: Progress }>();
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') waiting.progress?.(message.checked, message.total);
    else {
      pending.delete(message.id);
      waiting.done(message);
    }
  });
  const ask = (request: Unnumbered<WorkerRequest>, progress?: Progress) =>
    new Promise<WorkerResponse>((done) => {
      const id = ++nextId;
      pending.set(id, { done, progress });
      worker.postMessage({ ...request, id });
    });
  return {
    check: async (request, progress) => {
      const response = await ask({ type: 'check', request }, progress);
      if (response.type === 'checked') return response.result;
      throw new Error(response.type === 'failed' ? response.message : 'unexpected answer from the checks');
    },
    checkAgainstPublished: async (files) => {
      const response = await ask({ type: 'published', files });
      if (response.type !== 'ready') throw new Error(response.type === 'failed' ? response.message : 'unexpected answer from the checks');
    },
    preview: async (request) => {
      const response = await ask({ type: 'preview', request });
      if (response.type === 'previewed') return response.result;
      throw new Error(response.type === 'failed' ? response.message : 'unexpected answer from the checks');
    },
    close: () => worker.terminate(),
  };
}

function mainThreadChecker(): RawChecker {
  const module = import('./rawCheck');
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T,>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    check: (request, progress) => inOrder(async () => (await module).checkRawFiles(request, progress)),
    checkAgainstPublished: (files) => inOrder(async () => (await module).checkAgainstPublished(files)),
    preview: (request) => inOrder(async () => (await module).checkPreview(request)),
    close: () => {},
  };
}

/** A checker in a Web Worker where the browser has one. */
export function createRawChecker(): RawChecker {
  return typeof Worker === 'undefined' ? mainThreadChecker() : workerChecker();
}

/** The data folder's absolute URL, for the worker (which has no document to resolve against). */
export function dataFolderUrl(): string {
  return new URL('data/', document.baseURI).toString();
}
