import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { PreviewProvider } from '../data/preview';
import { createAppRouter } from './routes';
import { siteBasename } from './sitePaths';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Monthly data: no need to refetch on every focus; the dev server reloads on change.
        staleTime: 5 * 60 * 1000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** What every page sits in, in the browser and in the build's server rendering alike. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <PreviewProvider>{children}</PreviewProvider>
    </QueryClientProvider>
  );
}

export function App({ router, queryClient }: { router?: AppRouter; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  const [appRouter] = useState(() => router ?? createAppRouter(siteBasename()));
  useEffect(() => {
    // The page is React's from here on (hydrated or drawn): tests and tools wait for this.
    document.documentElement.dataset.app = 'running';
  }, []);
  return (
    <AppProviders queryClient={client}>
      <RouterProvider router={appRouter} />
    </AppProviders>
  );
}
