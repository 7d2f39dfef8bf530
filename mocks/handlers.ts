// msw handlers serving a data folder (by default the fixture folder) as the static host would:
// data/manifest.json plus each file. `faults` makes one file answer 404, 500, hang or garbage.
import { delay, http, HttpResponse } from 'msw';
import { fixtureFiles } from './fixtures';

export type Fault = 404 | 500 | 'timeout' | 'garbage';

export function dataHandlers(files: Map<string, string | Uint8Array> = fixtureFiles(), faults: Record<string, Fault> = {}) {
  return [
    http.get('*/data/manifest.json', () => {
      const fault = faults['manifest.json'];
      if (fault === 500 || fault === 404) return new HttpResponse('Server error', { status: fault });
      return HttpResponse.json({ generated: '2018-06-01T00:00:00.000Z', files: [...files.keys()].sort() });
    }),
    http.get('*/data/*', async ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname).replace(/^.*?\/data\//, '');
      const fault = faults[path];
      if (fault === 404 || fault === 500) return new HttpResponse('Error', { status: fault });
      if (fault === 'timeout') {
        await delay('infinite');
      }
      if (fault === 'garbage') return new HttpResponse('<html>Oops</html>', { headers: { 'Content-Type': 'text/html' } });
      const content = files.get(path);
      if (content === undefined) return new HttpResponse('Not found', { status: 404 });
      return new HttpResponse(content, { headers: { 'Content-Type': 'application/json' } });
    }),
  ];
}
