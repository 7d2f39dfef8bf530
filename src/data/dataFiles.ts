// Fetching the data folder at run time: the manifest first, then every file on its own, so one
// bad or missing file never hides the others. Each fetch is defined once, with its queryOptions.
import { queryOptions } from '@tanstack/react-query';
import { readDataFile, type ReadFile } from '../domain/contract/readFile';

export interface Manifest {
  generated: string;
  files: string[];
}

/** How long one file may take before it counts as failed, and how often a failure is retried. */
export const fetchSettings = { timeoutMs: 15_000, retries: 1 };

export class FetchFailure extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.file = file;
    this.name = 'FetchFailure';
  }
}

export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).toString();
}

async function fetchBytes(file: string, signal?: AbortSignal): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(fetchSettings.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal: combined, cache: 'no-cache' });
  } catch (error) {
    const timedOut = timeout.aborted;
    throw new FetchFailure(file, timedOut ? `no answer within ${fetchSettings.timeoutMs / 1000} seconds` : `the request failed (${(error as Error).message})`);
  }
  if (!response.ok) {
    throw new FetchFailure(file, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchManifest(signal?: AbortSignal): Promise<Manifest> {
  const bytes = await fetchBytes('manifest.json', signal);
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new FetchFailure('manifest.json', 'it is not valid JSON');
  }
  const files = (manifest as Manifest | null)?.files;
  if (!Array.isArray(files) || files.some((file) => typeof file !== 'string')) {
    throw new FetchFailure('manifest.json', 'it has no list of files');
  }
  return manifest as Manifest;
}

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'manifest'],
    queryFn: ({ signal }) => fetchManifest(signal),
    retry: fetchSettings.retries,
  });

export async function fetchDataFile(file: string, signal?: AbortSignal): Promise<ReadFile> {
  return readDataFile(file, await fetchBytes(file, signal));
}

export const dataFileQueryOptions = (file: string, generated: string) =>
  queryOptions({
    queryKey: ['data', 'file', file, generated],
    queryFn: ({ signal }) => fetchDataFile(file, signal),
    retry: fetchSettings.retries,
    // The result holds a function (locate) and is not plain data: compare by reference.
    structuralSharing: false,
  });
