// The "Build a month from Annex A" page's worker: reads and counts the extract off the main thread
// (see annexACount.ts). It makes no request: it has only the bytes it is sent.
import { countAnnexA, type AnnexARequest, type AnnexAWorkerResponse } from './annexACount';

const post = (message: AnnexAWorkerResponse) => (self as unknown as { postMessage: (message: AnnexAWorkerResponse) => void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<AnnexARequest>) => {
  try {
    let shown = -1;
    const result = countAnnexA(event.data, (fraction) => {
      // At most a hundred messages, however many rows.
      const percent = Math.floor(fraction * 100);
      if (percent > shown) {
        shown = percent;
        post({ type: 'progress', fraction });
      }
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
});
