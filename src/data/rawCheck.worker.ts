// The Data page's worker: checks the raw files off the main thread (see rawCheck.ts).
import { checkAgainstPublished, checkPreview, checkRawFiles } from './rawCheck';
import type { WorkerRequest, WorkerResponse } from './rawFiles';

const post = (message: WorkerResponse) => (self as unknown as { postMessage: (message: WorkerResponse) => void }).postMessage(message);
let queue: Promise<void> = Promise.resolve();

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // One request at a time, in order: a preview waits for the raw files it is checked against.
  queue = queue.then(async () => {
    try {
      if (request.type === 'check') {
        const result = await checkRawFiles(request.request, (checked, total) => post({ id: request.id, type: 'progress', checked, total }));
        post({ id: request.id, type: 'checked', result });
      } else if (request.type === 'published') {
        checkAgainstPublished(request.files);
        post({ id: request.id, type: 'ready' });
      } else {
        post({ id: request.id, type: 'previewed', result: checkPreview(request.request) });
      }
    } catch (error) {
      post({ id: request.id, type: 'failed', message: (error as Error).message });
    }
  });
});
