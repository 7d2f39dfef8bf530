// The build's server rendering: one page of the app, drawn to HTML from the checked figures,
// so a reader sees every figure, RAG word and chart before (or without) any script. Run by
// scripts/lib/vitePluginPrerender.ts at build time and by publish-data; never in the browser.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders, makeQueryClient } from './app/App';
import { seedDataset, type PublishedData } from './app/preloadData';
import { routes } from './app/routes';
import { DocumentTitleContext } from './components/Page';

export { PRERENDER_MARKS } from './app/prerendered';
export type { PublishedData } from './app/preloadData';

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
  const handler = createStaticHandler(routes, { basename: PRERENDER_BASENAME });
  const context = await handler.query(new Request(new URL(`${PRERENDER_BASENAME}${route.replace(/^\//, '')}`, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`The route ${route} answered ${context.status} instead of a page`);
  // A page that cannot be drawn must stop the build, not be published as an error page.
  const failure = Object.values(context.errors ?? {})[0];
  if (failure !== undefined) throw new Error(`The page ${route} could not be drawn: ${failure instanceof Error ? failure.message : String(failure)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const queryClient = makeQueryClient();
  seedDataset(queryClient, data);
  let title: string | undefined;
  // renderToString hoists any <title>; the page's own title comes through this context instead.
  const html = renderToString(
    <StrictMode>
      <DocumentTitleContext.Provider value={(pageTitle) => (title = pageTitle)}>
        <AppProviders queryClient={queryClient}>
          {/* No hydration script: the CSP allows no inline script, and no route has a loader. */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </AppProviders>
      </DocumentTitleContext.Provider>
    </StrictMode>,
  );
  return { html, title };
}
