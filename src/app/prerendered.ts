// What a page drawn at publication says about itself, on its root element, so the browser can
// tell whether it may hydrate it (same route, same publication, no query) or must draw afresh.
import { pathForHashRoute, routeOfPath } from '../routing/sitePaths';

export const PRERENDER_MARKS = {
  /** The publication whose figures are in the HTML. */
  publication: 'data-publication',
  /** The route the HTML is for, e.g. `/indicator/CP5/`. */
  route: 'data-route',
  /** The page's JavaScript chunks (space-separated, from the site's root), fetched once it is painted. */
  modules: 'data-modules',
} as const;

export interface PrerenderedPage {
  publication: string;
  route: string;
}

export function readPrerenderedPage(root: Element): PrerenderedPage | undefined {
  const publication = root.getAttribute(PRERENDER_MARKS.publication);
  const route = root.getAttribute(PRERENDER_MARKS.route);
  if (!publication || !route) return undefined;
  return { publication, route };
}

/**
 * Whether the drawn HTML is what the app would draw now: the same route and publication, and
 * no query (pages are drawn for the latest month with no filters).
 */
export function canHydrate(page: PrerenderedPage | undefined, now: { route: string | undefined; search: string; publication: string | undefined }): boolean {
  return page !== undefined && now.route === page.route && now.search === '' && now.publication === page.publication;
}

/**
 * Whether the drawn page is the one this address asks for, as far as can be told before the
 * pointer is read: the same route, no query and no old `#/` address to follow. Only then may its
 * figures stay on screen while the app loads; a month or a page asked for otherwise must never
 * show the latest month's figures as if they were the ones asked for.
 */
export function drawnPageAnswers(page: PrerenderedPage | undefined, address: { pathname: string; search: string; hash: string }, basename: string): boolean {
  if (!page || pathForHashRoute(address.hash, basename) !== undefined) return false;
  return canHydrate(page, { route: routeOfPath(address.pathname, basename), search: address.search, publication: page.publication });
}

/**
 * Links in drawn HTML are relative to <base href> (the build does not know where the site will
 * be served); React Router writes them from the root path. Rewrite them to what the client will
 * render, so hydration finds the same attributes.
 */
export function absolutiseLinks(root: Element, baseUri: string): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href')!;
    if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) continue;
    const url = new URL(href, baseUri);
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}
