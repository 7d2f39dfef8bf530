import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, makeQueryClient } from './app/App';
import { absolutiseLinks, canHydrate, readPrerenderedPage } from './app/prerendered';
import { preloadDataset } from './app/preloadData';
import { createAppRouter, loadRoutesFor } from './app/routes';
import { pathForHashRoute, routeOfPath, siteBasename } from './app/sitePaths';
import './app/styles.css';

async function start() {
  const basename = siteBasename();
  // Old addresses (#/indicator/CP5?month=2019-03) keep working: they become the path route.
  const fromHash = pathForHashRoute(location.hash, basename);
  if (fromHash) history.replaceState(null, '', fromHash);

  const root = document.getElementById('root')!;
  const drawn = readPrerenderedPage(root);
  const queryClient = makeQueryClient();
  // The figures first, then the page chunk: while they load, the drawn page stays on screen.
  const [publication] = await Promise.all([preloadDataset(queryClient), loadRoutesFor(location.pathname, basename)]);
  const router = createAppRouter(basename);
  const app = (
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>
  );
  if (canHydrate(drawn, { route: routeOfPath(location.pathname, basename), search: location.search, publication })) {
    absolutiseLinks(root, document.baseURI);
    hydrateRoot(root, app, {
      onRecoverableError: (error) => console.error('Hydration did not match the page as drawn:', error),
    });
  } else {
    // Another month, filters, or figures newer than the drawn page: draw afresh over it.
    createRoot(root).render(app);
  }
}

void start();
