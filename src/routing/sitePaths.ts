// Where the site is served from, worked out in the browser at run time, so the same dist/
// works at any path of any static host. Every page file carries <base href> pointing at the
// site's root (`./` for index.html, `../../` for indicator/CP5/index.html), so
// document.baseURI is the root: the router's basename, the data folder and the assets all
// hang off it. The dev server writes <base href="/">.

/** The path the site is served from, with its trailing slash: `/council/dashboard/`. */
export function siteBasename(baseUri: string = document.baseURI): string {
  const path = new URL(baseUri).pathname;
  return path.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/') + 1);
}

/** Pages whose address changed with path routes: data/ is the published data folder itself. */
const RENAMED: Record<string, string> = { 'data/': 'data-files/' };

/**
 * The path route an old hash address stands for: `#/indicator/CP5?month=2019-03` under
 * `/council/dashboard/` is `/council/dashboard/indicator/CP5/?month=2019-03`. Undefined when
 * the hash is not a route (no hash, or an in-page link such as `#main-content`).
 */
export function pathForHashRoute(hash: string, basename: string): string | undefined {
  if (!hash.startsWith('#/')) return undefined;
  const route = hash.slice(2);
  const queryAt = route.indexOf('?');
  const path = queryAt === -1 ? route : route.slice(0, queryAt);
  const query = queryAt === -1 ? '' : route.slice(queryAt);
  const withSlash = path === '' || path.endsWith('/') ? path : `${path}/`;
  const renamed = RENAMED[withSlash] ?? withSlash;
  return `${basename}${renamed}${query}`;
}

/** The route inside the site (`/indicator/CP5/`) for a path under `basename`, or undefined. */
export function routeOfPath(pathname: string, basename: string): string | undefined {
  if (!pathname.startsWith(basename) && `${pathname}/` !== basename) return undefined;
  const route = `/${pathname.slice(basename.length)}`;
  return route.endsWith('/') ? route : `${route}/`;
}
