// Loading what is published: the pointer (data/current.json), then the one publication file it
// names. Two requests for every figure on every page; no checks run here, because nothing is
// published that did not pass them. Each fetch is defined once, beside its queryOptions.
import { queryOptions } from '@tanstack/react-query';
import { isSafeDataPath, parsePointer, parsePublication, POINTER_FILE, publicationFile, type Pointer, type Publication } from '../domain/contract/publication';

/**
 * How long one file may take before it counts as failed, and how often a failure is retried.
 * The Data page's check of the raw files allows each file `rawTimeoutMs`.
 */
export const fetchSettings = { timeoutMs: 15_000, retries: 1, rawTimeoutMs: 30_000 };

export class FetchFailure extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.file = file;
    this.name = 'FetchFailure';
  }
}

/** The URL of a file in the data folder, refusing any path that could leave it. */
export function dataUrl(file: string): string {
  if (!isSafeDataPath(file)) throw new FetchFailure(file, 'the path is not inside the data folder');
  return new URL(`data/${file}`, document.baseURI).toString();
}

/**
 * Fetch a file of the data folder. `fresh` asks the server every time (the pointer changes when
 * data is published); a publication never changes, so the browser's cache, and the preload in
 * index.html, serve it.
 */
export async function fetchDataBytes(file: string, options: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(fetchSettings.timeoutMs);
  const combined = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal: combined, ...(options.fresh ? { cache: 'no-cache' as const } : {}) });
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    throw new FetchFailure(file, timeout.aborted ? `no answer within ${fetchSettings.timeoutMs / 1000} seconds` : `the request failed (${(error as Error).message})`);
  }
  if (!response.ok) {
    throw new FetchFailure(file, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchJson(file: string, options: { signal?: AbortSignal; fresh?: boolean }): Promise<unknown> {
  const bytes = await fetchDataBytes(file, options);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new FetchFailure(file, 'it is not valid JSON');
  }
}

/**
 * A JSON file of the data folder read by `parse`, which gives the value or a sentence saying what
 * is wrong with it; the sentence becomes the failure, naming the file.
 */
export async function fetchParsed<T>(file: string, parse: (value: unknown) => T | string, options: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<T> {
  const parsed = parse(await fetchJson(file, options));
  if (typeof parsed === 'string') throw new FetchFailure(file, parsed);
  return parsed;
}

export function fetchPointer(signal?: AbortSignal): Promise<Pointer> {
  return fetchParsed(POINTER_FILE, parsePointer, { signal, fresh: true });
}

export const pointerQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'pointer'],
    queryFn: ({ signal }) => fetchPointer(signal),
    retry: fetchSettings.retries,
  });

export function fetchPublication(pointer: Pick<Pointer, 'publication' | 'file'>, signal?: AbortSignal): Promise<Publication> {
  return fetchParsed(pointer.file, (value) => parsePublication(value, pointer.publication), { signal });
}

/** One publication by id and file: immutable, so it never goes stale. */
export const publicationQueryOptions = (pointer: Pick<Pointer, 'publication' | 'file'>) =>
  queryOptions({
    queryKey: ['data', 'publication', pointer.publication],
    queryFn: ({ signal }) => fetchPublication(pointer, signal),
    retry: fetchSettings.retries,
    staleTime: Infinity,
  });

/** An earlier publication by its id alone (a permalink): its file is publications/<id>.json. */
export const publicationByIdQueryOptions = (id: string) => publicationQueryOptions({ publication: id, file: publicationFile(id) });
