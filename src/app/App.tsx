import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { PreviewProvider } from '../data/preview';
import { AppRoutes } from './routes';
import { siteBasename } from '../routing/sitePaths';

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

/** The app at the address in the address bar, under the site's basename (from <base href>). */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  const [basename] = useState(siteBasename);
  useEffect(() => {
    // The page is React's from here on (hydrated or drawn): tests and tools wait for this.
    document.documentElement.dataset.app = 'running';
  }, []);
  return (
    <AppProviders queryClient={client}>
      <AppRoutes basename={basename} />
    </AppProviders>
  );
}
