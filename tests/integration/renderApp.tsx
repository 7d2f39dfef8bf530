// Render the whole app at a route, with msw serving a data folder, as a reader would see it.
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { App } from '../../src/app/App';
import { fetchSettings } from '../../src/data/published';
import { dataHandlers } from '../../mocks/handlers';

export const server = setupServer(...dataHandlers());

export function useMswServer() {
  beforeAll(() => {
    fetchSettings.timeoutMs = 300;
    fetchSettings.retries = 0;
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** The app at `path` (`/targets/?month=2018-05`): jsdom's address bar is set to it, as a reader's would be. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Every page of the site carries <base href> to the site's root (sitePaths.ts): here, `/`.
  if (!document.querySelector('base')) document.head.append(Object.assign(document.createElement('base'), { href: '/' }));
  history.replaceState(null, '', path);
  const result = render(<App queryClient={queryClient} />);
  return { ...result, queryClient };
}

/** Wait until the page's heading is shown (data loaded, lazy page resolved). */
export async function findHeading(name: RegExp | string) {
  // Generous: the first page of a file loads its lazy chunk, slow on a busy machine.
  return screen.findByRole('heading', { level: 1, name }, { timeout: 12_000 });
}
