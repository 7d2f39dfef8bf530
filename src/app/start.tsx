// The app, started by src/main.tsx once the drawn page is on screen.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, makeQueryClient } from './App';
import { absolutiseLinks, canHydrate, readPrerenderedPage } from './prerendered';
import { preloadDataset } from './preloadData';
import { preloadPageFor } from './routes';
import { pathForHashRoute, routeOfPath, siteBasename } from '../routing/sitePaths';

export async function start() {
  const basename = siteBasename();
  // Old addresses (#/indicator/CP5?month=2019-03) keep working: they become the path route.
  const fromHash = pathForHashRoute(location.hash, basename);
  if (fromHash) history.replaceState(null, '', fromHash);

  const root = document.getElementById('root')!;
  const queryClient = makeQueryClient();
  const route = routeOfPath(location.pathname, basename);
  const drawn = readPrerenderedPage(root);
  const app = () => (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );

  // The drawn page is the latest month with no filters. Another month, another page (an old
  // #/ address) or filters: never show its figures as if they were the ones asked for.
  if (!canHydrate(drawn, { route, search: location.search, publication: drawn?.publication })) {
    root.replaceChildren();
    createRoot(root).render(app());
    return;
  }

  // The figures first, then the page chunk: while they load, the drawn page stays on screen.
  const [publication] = await Promise.all([preloadDataset(queryClient, route ?? '/'), preloadPageFor(route ?? '/')]);
  if (canHydrate(drawn, { route, search: location.search, publication })) {
    absolutiseLinks(root, document.baseURI);
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread for the whole page: the drawn page stays scrollable meanwhile.
    startTransition(() => {
      hydrateRoot(root, app(), {
        onRecoverableError: (error) => console.error('Hydration did not match the page as drawn:', error),
      });
    });
  } else {
    // Drawn from an older publication than the pointer names: draw it afresh from the current one.
    createRoot(root).render(app());
  }
}

