// msw handlers serving a data folder (by default the fixture folder) as a deployed site would:
// the pointer data/current.json, the one publication it names (made from the files by the same
// checks and pure functions as the build, small counts withheld), the page models written beside
// it (scripts/lib/pageModelFiles.ts, as the build writes them), the log, and the raw files
// with their list (manifest.json) for the Data page. `published` is the folder as it was when last published
// (by default the same files); `faults` makes one path answer 404, 500, hang or garbage.
import { delay, http, HttpResponse } from 'msw';
import { withoutSmallCounts } from '../src/domain/board/smallCounts';
import { checkDataset } from '../src/domain/contract/dataset';
import { readDataFile } from '../src/domain/contract/readFile';
import { logEntryFor, makePublication, pointerTo, publicationFile, publishedDatasetOf, type Publication } from '../src/domain/contract/publication';
import { sha256Hex } from '../src/domain/contract/sha256';
import { pageModelFiles } from '../scripts/lib/pageModelFiles';
import { fixtureFiles } from './fixtures';

/** How a path answers wrongly: an error status, no answer, an HTML page, or its file cut short or edited by hand (a figure changed). */
export type Fault = 404 | 500 | 'timeout' | 'garbage' | 'cut-short' | 'edited';

const PUBLISHED_AT = new Date('2018-06-01T09:00:00.000Z');

/**
 * The publication of a folder. A folder with errors is published as the dev server shows it
 * (files with errors left out), so that tests of pages can still use one.
 */
export function publicationOf(files: Map<string, string | Uint8Array>): Publication {
  const read = [...files].map(([file, content]) => readDataFile(file, content));
  const hashes = new Map([...files].map(([file, content]) => [file, sha256Hex(content)]));
  return makePublication(publishedDatasetOf(checkDataset(read), hashes, { withhold: withoutSmallCounts, leaveOutErrors: true })!, PUBLISHED_AT);
}

/**
 * `earlier`: folders as they were published before, oldest first (each a day apart, before the
 * current one): their publications are kept and logged, as publish-data keeps them.
 */
export function dataHandlers(
  files: Map<string, string | Uint8Array> = fixtureFiles(),
  faults: Record<string, Fault> = {},
  published: Map<string, string | Uint8Array> = files,
  earlier: Map<string, string | Uint8Array>[] = [],
) {
  const publication = publicationOf(published);
  const history = earlier.map((folder, index) => ({ ...publicationOf(folder), published: new Date(PUBLISHED_AT.getTime() - (earlier.length - index) * 86_400_000).toISOString() }));
  const all = [...history, publication];
  const log = all.map((each, index) => logEntryFor(each, all[index - 1]));
  const generated = new Map<string, string>([
    ['current.json', JSON.stringify(pointerTo(publication))],
    ...all.map((each): [string, string] => [publicationFile(each.id), JSON.stringify(each)]),
    ...pageModelFiles(publication),
    ['publications/log.json', JSON.stringify({ publications: log })],
    ['manifest.json', JSON.stringify({ generated: PUBLISHED_AT.toISOString(), files: [...files.keys()].sort() })],
  ]);
  return [
    http.get('*/data/*', async ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname).replace(/^.*?\/data\//, '');
      const fault = faults[path];
      if (fault === 404 || fault === 500) return new HttpResponse('Error', { status: fault });
      if (fault === 'timeout') {
        await delay('infinite');
      }
      if (fault === 'garbage') return new HttpResponse('<html>Oops</html>', { headers: { 'Content-Type': 'text/html' } });
      const content = generated.get(path) ?? files.get(path);
      if (content === undefined) return new HttpResponse('Not found', { status: 404 });
      const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
      if (fault === 'cut-short') return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), { headers: { 'Content-Type': 'application/json' } });
      if (fault === 'edited') return new HttpResponse(text.replace(/("value":)\d+(\.\d+)?/, '$199.9'), { headers: { 'Content-Type': 'application/json' } });
      return new HttpResponse(content, { headers: { 'Content-Type': 'application/json' } });
    }),
  ];
}
