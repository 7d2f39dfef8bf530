// Hash routes (#/indicator/CP5?month=2017-11): deep links work from any static server at any
// path with no rewrite rules. Each page is its own chunk, loaded when first visited.
import { createHashRouter, createMemoryRouter, type RouteObject } from 'react-router';
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
      { path: 'data', lazy: async () => ({ Component: (await import('../features/data-health/DataPage')).DataPage }) },
      { path: 'prepare-month', lazy: async () => ({ Component: (await import('../features/prepare-month/PrepareMonthPage')).PrepareMonthPage }) },
      { path: 'help/add-month', lazy: async () => ({ Component: (await import('../features/add-month/AddMonthPage')).AddMonthPage }) },
      { path: 'help/spc', lazy: async () => ({ Component: (await import('../features/help/SpcHelpPage')).SpcHelpPage }) },
      { path: 'help/glossary', lazy: async () => ({ Component: (await import('../features/help/GlossaryPage')).GlossaryPage }) },
      { path: 'accessibility', lazy: async () => ({ Component: (await import('../features/about/AccessibilityPage')).AccessibilityPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('../features/about/NotFoundPage')).NotFoundPage }) },
    ],
  },
];

export function createAppRouter() {
  return createHashRouter(routes);
}

/** For tests: the app at a given path, in memory. */
export function createTestRouter(path: string) {
  return createMemoryRouter(routes, { initialEntries: [path] });
}
