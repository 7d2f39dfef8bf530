// Counting a month from the Annex A extract in the browser, for the "Build a month from Annex A"
// page: the files the officer chose are read and counted in a module Web Worker
// (annexACount.worker.ts), with the same code as npm run build-month (src/domain/records/), so the
// page stays usable and shows progress. The files are never sent anywhere: the worker only reads the
// bytes it is given, and only the counted month (aggregates and the problems, for the officer's
// screen) comes back. Where there is no Worker (jsdom in tests) the same module runs on the main thread.
import { readDataFile } from '../domain/contract/readFile';
import { countMonth, type MonthCount } from '../domain/records/countMonth';
import { readExtractFiles, readStaffFile, type NamedBytes } from '../domain/records/extractFiles';
import type { CalendarFile } from '../domain/schema';

export interface AnnexARequest {
  month: string;
  /** One workbook, or CSV files, one per list. */
  extract: NamedBytes[];
  staff?: NamedBytes;
  /** The data folder's calendar.json as fetched before reading, when it has one. */
  calendar?: Uint8Array;
}

export type AnnexAResult = { kind: 'counted'; count: MonthCount } | { kind: 'unreadable'; file: string; detail: string };

/** 0 to 1 while the files are read (most of the work), then 1 while counting. */
export type AnnexAProgress = (fraction: number) => void;

export function countAnnexA(request: AnnexARequest, progress: AnnexAProgress): AnnexAResult {
  let calendar: Omit<CalendarFile, '$schema'> | undefined;
  if (request.calendar) {
    const read = readDataFile('calendar.json', request.calendar);
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    if (errors.length || !read.data) return { kind: 'unreadable', file: 'calendar.json', detail: `it has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}; the Data page shows where` };
    calendar = read.data as CalendarFile;
  }
  const extract = readExtractFiles(request.extract, (fraction) => progress(fraction * 0.95));
  if (!extract.ok) return { kind: 'unreadable', file: extract.file, detail: extract.detail };
  if (extract.value.length === 0) {
    return { kind: 'unreadable', file: request.extract.map((file) => file.name).join(', '), detail: 'no sheet or file named for a list the month is counted from (List 1, 3, 4, 5, 6, 7 or 8)' };
  }
  const staff = request.staff ? readStaffFile(request.staff) : undefined;
  if (staff && !staff.ok) return { kind: 'unreadable', file: staff.file, detail: staff.detail };
  progress(0.95);
  const count = countMonth({ month: request.month, sheets: extract.value, staff: staff?.value, calendar });
  progress(1);
  return { kind: 'counted', count };
}

export type AnnexAWorkerResponse = { type: 'progress'; fraction: number } | { type: 'done'; result: AnnexAResult } | { type: 'failed'; message: string };

export interface AnnexACounter {
  count: (request: AnnexARequest, progress: AnnexAProgress) => Promise<AnnexAResult>;
  close: () => void;
}

function workerCounter(): AnnexACounter {
  let worker: Worker | undefined;
  return {
    count: (request, progress) =>
      new Promise((done, fail) => {
        // One worker a count: a new choice of files stops the last count, whatever it was doing.
        worker?.terminate();
        const current = new Worker(new URL('./annexACount.worker.ts', import.meta.url), { type: 'module', name: 'annex-a-count' });
        worker = current;
        current.addEventListener('message', (event: MessageEvent<AnnexAWorkerResponse>) => {
          const message = event.data;
          if (message.type === 'progress') progress(message.fraction);
          else if (message.type === 'done') done(message.result);
          else fail(new Error(message.message));
        });
        current.addEventListener('error', (event) => fail(new Error(event.message || 'the counting stopped')));
        current.postMessage(request, [...request.extract.map((file) => file.bytes.buffer), ...(request.staff ? [request.staff.bytes.buffer] : [])]);
      }),
    close: () => worker?.terminate(),
  };
}

function mainThreadCounter(): AnnexACounter {
  return { count: async (request, progress) => countAnnexA(request, progress), close: () => {} };
}

/** A counter in a Web Worker where the browser has one. */
export function createAnnexACounter(): AnnexACounter {
  return typeof Worker === 'undefined' ? mainThreadCounter() : workerCounter();
}
