// Reading a workbook for the Data page's preview: in a module Web Worker where the browser has one
// (a fresh worker for each workbook, ended when it answers or when the time is up), on the main
// thread where there is none (tests in jsdom). Progress is each sheet's percentage read. A
// workbook the reader cannot take is refused at once with why (its unpacked size is capped); the
// time limit is a backstop, so the page can never wait for ever.
import type { WorkbookPreview, WorkbookPreviewRequest } from './workbookPreview';

export type WorkbookWorkerMessage =
  | { type: 'progress'; sheet: string; percent: number }
  | { type: 'read'; result: WorkbookPreview }
  | { type: 'failed'; message: string };

export type WorkbookReadProgress = (sheet: string, percent: number) => void;

/** Longer than any workbook the reader accepts takes on a slow machine (a 200,000-row extract reads in seconds). */
export const WORKBOOK_TIMEOUT_MS = 60_000;

const unreadable = (name: string, why: string): WorkbookPreview => ({ ok: false, problems: [], message: `${name} cannot be read: ${why}.` });

function inWorker(request: WorkbookPreviewRequest, onProgress: WorkbookReadProgress, timeoutMs: number): Promise<WorkbookPreview> {
  const worker = new Worker(new URL('./workbookPreview.worker.ts', import.meta.url), { type: 'module', name: 'workbook-preview' });
  return new Promise<WorkbookPreview>((done) => {
    const finish = (result: WorkbookPreview) => {
      clearTimeout(timer);
      worker.terminate();
      done(result);
    };
    const timer = setTimeout(() => finish(unreadable(request.name, `it took longer than ${timeoutMs / 1000} seconds to read, so reading it was stopped; keep the month's Figures and Workstreams sheets in a workbook of their own`)), timeoutMs);
    worker.addEventListener('message', (event: MessageEvent<WorkbookWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.sheet, message.percent);
      else finish(message.type === 'read' ? message.result : unreadable(request.name, `the reader stopped (${message.message})`));
    });
    worker.addEventListener('error', (event) => finish(unreadable(request.name, `the reader could not start (${event.message || 'the browser gave no reason'})`)));
    // A copy of the bytes goes to the worker; the page keeps the file it was given.
    worker.postMessage(request);
  });
}

async function onMainThread(request: WorkbookPreviewRequest, onProgress: WorkbookReadProgress): Promise<WorkbookPreview> {
  const { previewWorkbook } = await import('./workbookPreview');
  return previewWorkbook(request, (sheet, fraction) => onProgress(sheet, Math.floor(fraction * 100)));
}

/** The month's snapshot from a workbook, read off the page's thread where the browser can. */
export function readWorkbookPreview(request: WorkbookPreviewRequest, onProgress: WorkbookReadProgress = () => {}, timeoutMs = WORKBOOK_TIMEOUT_MS): Promise<WorkbookPreview> {
  return typeof Worker === 'undefined' ? onMainThread(request, onProgress) : inWorker(request, onProgress, timeoutMs);
}
