// Loading what is published: the pointer (data/current.json), then the one publication file it
// names. Two requests for every figure on every page; no checks of the data run here, because
// nothing is published that did not pass them. But a publication is checked against its name,
// the hash of its content, so that one cut short or edited on the server is refused and named,
// never shown. Each fetch is defined once, beside its queryOptions.
import { queryOptions } from '@tanstack/react-query';
import { isSafeDataPath, parsePointer, parsePublication, POINTER_FILE, publicationContent, publicationFile, type Pointer, type Publication } from '../domain/contract/publication';
import { matchesName, publicationContentBytes } from '../domain/contract/publicationIntegrity';

/**
 * How long one file may take before it counts as failed, and how often a failure is retried.
 * The Data page's check of the raw files allows each file `rawTimeoutMs`.
 */
export const fetchSettings = { timeoutMs: 15_000, retries: 1, rawTimeoutMs: 30_000 };

export class FetchFailure extends Error {
  readonly file: string;
  /** The file arrived, but is not the publication that was published: cut short, or changed since. */
  readonly damaged: boolean;
  constructor(file: string, message: string, damaged = false) {
    super(message);
    this.file = file;
    this.name = 'FetchFailure';
    this.damaged = damaged;
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

/** `damaged`: a file that arrives but cannot be read is damaged (a publication), not merely a failure. */
type ReadOptions = { signal?: AbortSignal; fresh?: boolean; damaged?: boolean };

/**
 * A JSON file of the data folder read by `parse`, which gives the value or a sentence saying what
 * is wrong with it (it is given the file's bytes too); the sentence becomes the failure, naming the file.
 */
export async function fetchParsed<T>(file: string, parse: (value: unknown, bytes: Uint8Array) => T | string, options: ReadOptions = {}): Promise<T> {
  const bytes = await fetchDataBytes(file, options);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new FetchFailure(file, options.damaged ? `it is cut short or is not JSON (${bytes.length} bytes)` : 'it is not valid JSON', options.damaged);
  }
  const parsed = parse(value, bytes);
  if (typeof parsed === 'string') throw new FetchFailure(file, parsed, options.damaged);
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

/**
 * The first 16 hex digits of the SHA-256 of `bytes`, as a publication's id is made: with the
 * browser's own digest (crypto.subtle, which browsers give only to https and localhost pages),
 * else with the same hash in TypeScript (contract/sha256.ts, loaded only then: on a plain-http
 * intranet host the check is the same, a little slower).
 */
async function idOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  try {
    const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
    return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    const { sha256Hex } = await import('../domain/contract/sha256');
    return sha256Hex(bytes).slice(0, 16);
  }
}

/**
 * A publication, checked against its name: hashed as its file holds it, or, for a file laid out
 * otherwise, written out again (publicationIntegrity.ts). One cut short or changed since it was
 * published fails as damaged.
 */
export async function fetchPublication(pointer: Pick<Pointer, 'publication' | 'file'>, signal?: AbortSignal): Promise<Publication> {
  let file: Uint8Array = new Uint8Array();
  const read = (value: unknown, bytes: Uint8Array) => {
    file = bytes;
    return parsePublication(value, pointer.publication);
  };
  const publication = await fetchParsed(pointer.file, read, { signal, damaged: true });
  const content = publicationContentBytes(file);
  if (content && (await idOf(content)) === publication.id) return publication;
  const checked = matchesName(publication, await idOf(new TextEncoder().encode(publicationContent(publication.dataset))));
  if (typeof checked === 'string') throw new FetchFailure(pointer.file, checked, true);
  return checked;
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
