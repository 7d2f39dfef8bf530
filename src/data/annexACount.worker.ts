// The "Build a month from Annex A" page's worker: reads and counts the extract off the main thread
// (see annexACount.ts; the job is annexACountJob.ts). It makes no request: it has only the bytes it is sent.
import type { AnnexAWorkerResponse } from './annexACount';
import { countAnnexA, type AnnexARequest } from './annexACountJob';

const post = (message: AnnexAWorkerResponse) => (self as unknown as { postMessage: (message: AnnexAWorkerResponse) => void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<{ id: number; request: AnnexARequest }>) => {
  const { id, request } = event.data;
  try {
    let shown = -1;
    const result = countAnnexA(request, (fraction) => {
      // At most a hundred messages, however many rows.
      const percent = Math.floor(fraction * 100);
      if (percent > shown) {
        shown = percent;
        post({ id, type: 'progress', fraction });
      }
    });
    post({ id, type: 'done', result });
  } catch (error) {
    post({ id, type: 'failed', message: (error as Error).message });
  }
});

post({ type: 'ready' });
