// A page's model as written at publication (src/data/pageModelFiles.ts), read for the publication
// the pointer names: the month the address asks for, or the latest. A month with no model (one
// the dashboard has no figures for, or not a month) is the latest's, whose month picker then says
// so, as a page worked out in the browser does.
import { queryOptions } from '@tanstack/react-query';
import { isMonth } from '../domain/months';
import { pageModelFile, parsePageModelFile, type ModelPage, type PageModelFile } from '../domain/contract/pageModelFile';
import { lazyModule } from './lazyModule';
import { fetchParsed } from './published';

/** Each model page's rules, loaded only when its model was not written at publication (src/data/overviewRules.ts). */
export const modelRules = {
  overview: lazyModule(() => import('./overviewRules')),
} satisfies Record<ModelPage, unknown>;

function fetchModel(publication: string, page: ModelPage, month: string | undefined, signal: AbortSignal): Promise<PageModelFile> {
  return fetchParsed(pageModelFile(publication, page, month), (value) => parsePageModelFile(value, { publication, page, month }), { signal });
}

/** `asked`: the address's `month`, as written. Fails when there is no model (the page is then worked out from the publication). */
export const publishedModelQueryOptions = (publication: string, page: ModelPage, asked: string | null) => {
  const month = isMonth(asked) ? asked : undefined;
  return queryOptions({
    queryKey: ['data', 'model', publication, page, month ?? 'latest'],
    queryFn: async ({ signal }) => {
      if (month === undefined) return fetchModel(publication, page, undefined, signal);
      try {
        return await fetchModel(publication, page, month, signal);
      } catch {
        return fetchModel(publication, page, undefined, signal);
      }
    },
    // A model that is not there is worked out from the publication at once, not asked for again.
    retry: false,
    retryOnMount: false,
    staleTime: Infinity,
  });
};
