// Counting a month from the Annex A extract in the browser, for the "Build a month from Annex A"
// page: the files the officer chose are read and counted in a module Web Worker
// (annexACount.worker.ts running annexACountJob.ts), with the same code as npm run build-month
// (src/domain/records/), so the page stays usable and shows progress. The files are never sent
// anywhere: the worker only reads the bytes it is given, and only the counted month (aggregates, and
// the problems for the officer's screen) comes back. Where there is no Worker (jsdom in tests) the
// same job runs on the main thread, loaded only then.
import { queryOptions } from '@tanstack/react-query';
import type { AnnexAProgress, AnnexARequest, AnnexAResult } from './annexACountJob';
import type { CalendarFile } from '../domain/schema';
import { fetchDataBytes, fetchSettings } from './published';
import { fetchRawManifest } from './rawFiles';
import { SERVES_RAW_FILES } from './servesRawFiles';

export type AnnexAWorkerResponse =
  | { type: 'ready' }
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; result: AnnexAResult }
  | { id: number; type: 'failed'; message: string };

export interface AnnexACounter {
  /** Resolves when the counting's code is loaded: from then on, counting makes no request at all. */
  ready: Promise<void>;
  count: (request: AnnexARequest, progress: AnnexAProgress) => Promise<AnnexAResult>;
  close: () => void;
}

/**
 * One worker for the page's life, started (and its code loaded) when the page opens, so that no
 * request is made while the files are read; counts wait their turn in it.
 */
function workerCounter(): AnnexACounter {
  const worker = new Worker(new URL('./annexACount.worker.ts', import.meta.url), { type: 'module', name: 'annex-a-count' });
  let nextId = 0;
  const pending = new Map<number, { done: (result: AnnexAResult) => void; fail: (error: Error) => void; progress: AnnexAProgress }>();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  worker.addEventListener('message', (event: MessageEvent<AnnexAWorkerResponse>) => {
    const message = event.data;
    if (message.type === 'ready') return markReady();
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') return waiting.progress(message.fraction);
    pending.delete(message.id);
    if (message.type === 'done') waiting.done(message.result);
    else waiting.fail(new Error(message.message));
  });
  worker.addEventListener('error', (event) => {
    for (const waiting of pending.values()) waiting.fail(new Error(event.message || 'the counting stopped'));
    pending.clear();
  });
  return {
    ready,
    count: (request, progress) =>
      new Promise((done, fail) => {
        const id = ++nextId;
        pending.set(id, { done, fail, progress });
        // The files' bytes move to the worker (transferred, not copied): a big extract is not held twice.
        worker.postMessage({ id, request }, [...request.extract.map((file) => file.bytes.buffer), ...(request.staff ? [request.staff.bytes.buffer] : [])]);
      }),
    close: () => worker.terminate(),
  };
}

function mainThreadCounter(): AnnexACounter {
  const job = import('./annexACountJob');
  return { ready: job.then(() => undefined), count: async (request, progress) => (await job).countAnnexA(request, progress), close: () => {} };
}

/** A counter in a Web Worker where the browser has one. */
export function createAnnexACounter(): AnnexACounter {
  return typeof Worker === 'undefined' ? mainThreadCounter() : workerCounter();
}

/**
 * The data folder's calendar.json (closure days, visit standards), fetched when the page opens,
 * before any file is read. On the officers' site, the folder's own file as it is now, only when the
 * folder's list of files (manifest.json) names it, so a folder without one asks for nothing more; on
 * the public site, which serves no officer's file, the calendar of the publication shown
 * (`published`), written out as the file. Null: no calendar, bank holidays only.
 */
export async function fetchCalendarBytes(published: CalendarFile | undefined, signal?: AbortSignal): Promise<Uint8Array | null> {
  if (!SERVES_RAW_FILES) return published ? new TextEncoder().encode(JSON.stringify(published)) : null;
  const manifest = await fetchRawManifest(signal).catch(() => undefined);
  if (!manifest?.files.includes('calendar.json')) return null;
  return fetchDataBytes('calendar.json', { signal, fresh: true });
}

export const annexACalendarQueryOptions = (published: CalendarFile | undefined) =>
  queryOptions({
    queryKey: ['data', 'annex-a-calendar', SERVES_RAW_FILES ? 'raw' : (published ?? null)],
    queryFn: ({ signal }) => fetchCalendarBytes(published, signal),
    retry: fetchSettings.retries,
    staleTime: Infinity,
  });
