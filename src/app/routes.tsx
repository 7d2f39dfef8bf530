// Path routes (/indicator/CP5/?month=2017-11), one prerendered file per page
// (indicator/CP5/index.html), so a page can be drawn at publication and read with no script.
// Hash routes could not be: a static host only ever sends index.html for them. The basename
// is read at run time from the page's <base href> (see sitePaths.ts), so no rewrite rules are
// needed at any path. Each page is its own chunk, loaded when first visited.
import { createBrowserRouter, createMemoryRouter, matchRoutes, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <p className="page-width loading">Loading the dashboard…</p>,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/overview/OverviewPage')).OverviewPage }) },
      { path: 'indicator/:id', lazy: async () => ({ Component: (await import('../features/indicator/IndicatorPage')).IndicatorPage }) },
      { path: 'exceptions', lazy: async () => ({ Component: (await import('../features/exceptions/ExceptionsPage')).ExceptionsPage }) },
      { path: 'changes', lazy: async () => ({ Component: (await import('../features/changes/ChangesPage')).ChangesPage }) },
      { path: 'targets', lazy: async () => ({ Component: (await import('../features/targets/TargetsPage')).TargetsPage }) },
      { path: 'workstreams', lazy: async () => ({ Component: (await import('../features/workstreams/WorkstreamsPage')).WorkstreamsPage }) },
      { path: 'compare', lazy: async () => ({ Component: (await import('../features/compare/ComparePage')).ComparePage }) },
      { path: 'surveys', lazy: async () => ({ Component: (await import('../features/surveys/SurveysPage')).SurveysPage }) },
      { path: 'meeting-pack', lazy: async () => ({ Component: (await import('../features/meeting-pack/MeetingPackPage')).MeetingPackPage }) },
      { path: 'data-files', lazy: async () => ({ Component: (await import('../features/data-health/DataPage')).DataPage }) },
      { path: 'prepare-month', lazy: async () => ({ Component: (await import('../features/prepare-month/PrepareMonthPage')).PrepareMonthPage }) },
      { path: 'help/add-month', lazy: async () => ({ Component: (await import('../features/add-month/AddMonthPage')).AddMonthPage }) },
      { path: 'help/spc', lazy: async () => ({ Component: (await import('../features/help/SpcHelpPage')).SpcHelpPage }) },
      { path: 'help/glossary', lazy: async () => ({ Component: (await import('../features/help/GlossaryPage')).GlossaryPage }) },
      { path: 'accessibility', lazy: async () => ({ Component: (await import('../features/about/AccessibilityPage')).AccessibilityPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('../features/about/NotFoundPage')).NotFoundPage }) },
    ],
  },
];

export function createAppRouter(basename: string) {
  return createBrowserRouter(routes, { basename });
}

/**
 * Load the page chunks a location needs before hydrating, so the first client render is the
 * page the server drew, not the loading fallback (React Router's documented way for lazy routes).
 */
export async function loadRoutesFor(pathname: string, basename: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

/** For tests: the app at a given path, in memory. */
export function createTestRouter(path: string) {
  return createMemoryRouter(routes, { initialEntries: [path] });
}
