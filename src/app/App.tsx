import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider, type createHashRouter } from 'react-router';
import { PreviewProvider } from '../data/preview';
import { createAppRouter } from './routes';

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

export function App({ router, queryClient }: { router?: ReturnType<typeof createHashRouter>; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  const [appRouter] = useState(() => router ?? createAppRouter());
  return (
    <QueryClientProvider client={client}>
      <PreviewProvider>
        <RouterProvider router={appRouter} />
      </PreviewProvider>
    </QueryClientProvider>
  );
}
