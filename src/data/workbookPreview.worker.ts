// The Data page's workbook reader, off the main thread (see workbookPreview.ts). A module worker
// from the site's own origin, which the content security policy allows (no blob: worker).
import { previewWorkbook, type WorkbookPreviewRequest } from './workbookPreview';
import type { WorkbookWorkerMessage } from './workbookReader';

const post = (message: WorkbookWorkerMessage) => (self as unknown as { postMessage: (message: WorkbookWorkerMessage) => void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkbookPreviewRequest>) => {
  let shown = -1;
  try {
    const result = previewWorkbook(event.data, (sheet, fraction) => {
      // A message for each whole percent, not for each chunk the reader unpacks.
      const percent = Math.floor(fraction * 100);
      if (percent === shown) return;
      shown = percent;
      post({ type: 'progress', sheet, percent });
    });
    post({ type: 'read', result });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
});
