// The build's server rendering: one page of the app, drawn to HTML from the checked figures,
// so a reader sees every figure, RAG word and chart before (or without) any script. Run by
// scripts/lib/vitePluginPrerender.ts at build time and by publish-data; never in the browser.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { AppProviders, makeQueryClient } from './app/App';
import { seedDataset, type PublishedData } from './app/preloadData';
import { AppRoutes, preloadPageFor } from './app/routes';
import { DocumentTitleContext } from './components/Page';
import { moduleFileOf, PAGES } from './routing/pages';

export { PRERENDER_MARKS } from './app/prerendered';
export type { PublishedData } from './app/preloadData';
/** The routes to draw at publication, from the page manifest. */
export { routesDrawn } from './routing/pages';

/** Each page's route path (as the manifest writes it) and module file, for the build to find the page's chunks. */
export const PAGE_MODULES: { path: string; module: string }[] = PAGES.map((page) => ({ path: page.path, module: moduleFileOf(page) }));

/**
 * The basename pages are drawn under. The build does not know where the site will be served,
 * so links come out under this stand-in and the caller makes them relative to <base href>.
 */
export const PRERENDER_BASENAME = '/__site_root__/';

export interface RenderedPage {
  /** The HTML inside the root element. */
  html: string;
  /** The document title the page sets. */
  title: string | undefined;
}

/** Draw one route (`/`, `/indicator/CP5/`) as the browser would on first load with no query. */
export async function renderPage(route: string, data: PublishedData): Promise<RenderedPage> {
  const path = `/${route.replace(/^\//, '')}`;
  // The page's chunk first: drawn with it loaded, the page is drawn itself, not a loading message.
  await preloadPageFor(path);
  const queryClient = makeQueryClient();
  seedDataset(queryClient, data);
  let title: string | undefined;
  // renderToString hoists any <title>; the page's own title comes through this context instead.
  const html = renderToString(
    <StrictMode>
      <DocumentTitleContext.Provider value={(pageTitle) => (title = pageTitle)}>
        <AppProviders queryClient={queryClient}>
          <AppRoutes basename={PRERENDER_BASENAME} ssrPath={`${PRERENDER_BASENAME}${path.slice(1)}`} />
        </AppProviders>
      </DocumentTitleContext.Provider>
    </StrictMode>,
  );
  return { html, title };
}
