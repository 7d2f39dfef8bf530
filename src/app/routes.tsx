// The router: the pages of the manifest (src/routing/pages.ts) on path routes
// (/indicator/CP5/?month=2017-11), one prerendered file per page (indicator/CP5/index.html), so a
// page can be drawn at publication and read with no script.
// Hash routes could not be: a static host only ever sends index.html for them. The basename
// is read at run time from the page's <base href> (see sitePaths.ts), so no rewrite rules are
// needed at any path. Each page is its own chunk, loaded when first visited.
import { createElement, lazy, Suspense, useEffect, type ComponentType } from 'react';
import { parse } from 'regexparam';
import { matchRoute, Route, Router, Switch } from 'wouter';
import { Layout } from './Layout';
import { PageErrorBoundary } from './RouteError';
import { routerBase, useLocation } from '../routing/routing';
import { PAGES } from '../routing/pages';
import { routeOfPath } from '../routing/sitePaths';

interface LazyPage {
  /** The page: drawn at once if its chunk is loaded, else after it loads. */
  Page: ComponentType;
  /** Load the page's chunk (once); resolves when the page can be drawn with no wait. */
  preload: () => Promise<unknown>;
  /** Whether the chunk is loaded: the page draws with no wait. */
  isLoaded: () => boolean;
}

function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // A chunk that failed to load (offline) is tried again next time.
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    // Loaded: drawn at once, with no Suspense boundary, so the build's drawing and hydration see
    // the page itself (and a page that fails to draw stops the build instead of drawing a fallback).
    if (loaded) return createElement(loaded);
    return (
      <Suspense fallback={<p className="loading" role="status">Loading the page…</p>}>
        <Lazy />
      </Suspense>
    );
  }
  return { Page, preload, isLoaded: () => loaded !== undefined };
}

// Every page module of the features, loaded lazily: the manifest names each page's module.
const pageModules = import.meta.glob<Record<string, ComponentType>>('./*/*Page.tsx', { base: '../features' });

/** The manifest's page module, lazily: `targets/TargetsPage` is TargetsPage in src/features/targets/TargetsPage.tsx (a unit test holds every entry to a module). */
function pageOfModule(module: string): LazyPage {
  const load = pageModules[`./${module}.tsx`]!;
  return lazyPage(() => load().then((loaded) => loaded[module.slice(module.lastIndexOf('/') + 1)]!));
}

/** Each page's route path, from the site's root, and its lazily loaded page, in the manifest's order. `*` is any other path. */
export const pages: { path: string; page: LazyPage }[] = PAGES.map(({ path, module }) => ({ path, page: pageOfModule(module) }));

const patternOf = (path: string) => (path === '*' ? '*' : `/${path}`);

/** The page a path inside the site (`/indicator/CP5/`) shows: the first route that matches it. */
export function pageFor(pathname: string): LazyPage {
  const found = pages.find(({ path }) => matchRoute(parse, patternOf(path), pathname)[0]);
  return (found ?? pages[pages.length - 1]!).page;
}

/**
 * Load the chunk of the page a path inside the site shows, before hydrating or drawing it, so
 * the first render is the page the server drew, not the loading message.
 */
export function preloadPageFor(pathname: string): Promise<unknown> {
  return pageFor(pathname).preload();
}

/**
 * Load a page's chunk as soon as the reader shows they may go there (a pointer over its link, the
 * keyboard's focus on it, a touch), so that following the link draws the page at once instead of
 * "Loading the page…". One listener for the whole document, so every link in the site gets it.
 */
export function usePreloadOnIntent(basename: string): void {
  useEffect(() => {
    const intent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
      const route = routeOfPath(link.pathname, basename);
      // A chunk that cannot load now is tried again when the link is followed, and reported then.
      if (route) preloadPageFor(route).catch(() => undefined);
    };
    const events = ['pointerover', 'focusin', 'touchstart'] as const;
    for (const type of events) document.addEventListener(type, intent, { passive: true });
    return () => {
      for (const type of events) document.removeEventListener(type, intent);
    };
  }, [basename]);
}

function Pages() {
  // A new address is a new page: an error on one page does not stay on screen on the next.
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary key={pathname} within="page">
      <Switch>
        {pages.map(({ path, page }) => (
          <Route key={path} path={patternOf(path)} component={page.Page} />
        ))}
      </Switch>
    </PageErrorBoundary>
  );
}

/**
 * The whole app under the site's basename. In the browser it follows the address bar; the
 * build's drawing passes `ssrPath`, the address being drawn (with the basename).
 */
export function AppRoutes({ basename, ssrPath }: { basename: string; ssrPath?: string }) {
  usePreloadOnIntent(basename);
  return (
    <Router base={routerBase(basename)} ssrPath={ssrPath}>
      {/* An error in the layout itself (the header, the notices) shows in place of it all. */}
      <PageErrorBoundary within="site">
        <Layout>
          <Pages />
        </Layout>
      </PageErrorBoundary>
    </Router>
  );
}
