// The app's routing, in one place: path routes under the site's basename (read from <base href>,
// see sitePaths.ts), on wouter (3 KB gzip, against react-router's 29 KB data router: issue #12's
// initial-JavaScript budget). Pages and components use these few hooks and links, shaped as the
// pages wrote them before (`to` a string or { pathname, search, hash }), and never wouter itself.
import { forwardRef, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useLocation as useRouterLocation, useParams as useRouterParams, useRouter, useSearch, useSearchParams as useRouterSearchParams } from 'wouter';
import { useHistoryState, useLocationProperty } from 'wouter/use-browser-location';

/** Where a link goes, inside the site: `/targets/`, `?month=2019-03`, or its parts. */
export type To = string | { pathname?: string; search?: string; hash?: string };

export interface Location {
  /** Inside the site, from its root: `/indicator/CP5/`. */
  pathname: string;
  /** With its `?`, or empty. */
  search: string;
  /** With its `#`, or empty. */
  hash: string;
  /** What the link or navigation that led here carried (`history.state`), or null. */
  state: unknown;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

/** The router's base for a site basename: `/council/dashboard/` is `/council/dashboard`, `/` is ``. */
export function routerBase(basename: string): string {
  return basename.replace(/\/+$/, '');
}

const withMark = (value: string | undefined, mark: '?' | '#') => (!value || value === mark ? '' : value.startsWith(mark) ? value : `${mark}${value}`);

/**
 * A `to` as a path inside the site. A string or object with no pathname stays on the current
 * page (`?month=2019-03` is this page for another month), as a relative link would.
 */
export function pathOf(to: To, current: string): string {
  if (typeof to === 'string') return to.startsWith('?') || to.startsWith('#') ? `${current}${to}` : to;
  return `${to.pathname ?? current}${withMark(to.search, '?')}${withMark(to.hash, '#')}`;
}

const currentHash = () => location.hash;
const noHash = () => '';

export function useLocation(): Location {
  const [pathname] = useRouterLocation();
  const search = useSearch();
  const hash = useLocationProperty(currentHash, noHash);
  const state: unknown = useHistoryState();
  return { pathname, search: search ? `?${search}` : '', hash, state };
}

/** Go to a place inside the site, as a link would. */
export function useNavigate(): (to: To, options?: NavigateOptions) => void {
  const [pathname, navigate] = useRouterLocation();
  return (to, options) => navigate(pathOf(to, pathname), options);
}

/** The address a link to `to` carries: the site's basename and the path. */
export function useHref(to: To): string {
  const [pathname] = useRouterLocation();
  return `${useRouter().base}${pathOf(to, pathname)}`;
}

export function useParams(): Record<string, string | undefined> {
  return useRouterParams() as Record<string, string | undefined>;
}

/** The address's query, and a way to change it (a new history entry unless `replace`). */
export type SetSearchParams = (next: URLSearchParams | ((current: URLSearchParams) => URLSearchParams), options?: NavigateOptions) => void;

export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  return useRouterSearchParams() as [URLSearchParams, SetSearchParams];
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: To;
  replace?: boolean;
  state?: unknown;
  children?: ReactNode;
};

/**
 * A link inside the site: a real `<a href>` (it works with no script, in a new tab and on
 * paper), followed by the router when clicked with no modifier key.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { to, replace, state, onClick, target, ...rest },
  ref,
) {
  const [pathname, navigate] = useRouterLocation();
  const { base } = useRouter();
  const path = pathOf(to, pathname);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return;
    if (target && target !== '_self') return;
    event.preventDefault();
    navigate(path, { replace, state });
  };
  return <a {...rest} ref={ref} target={target} href={`${base}${path}`} onClick={follow} />;
});

/** Whether a link to `to` is where the reader is: the same page or, unless `end`, a page under it. */
export function isCurrent(to: To, pathname: string, end = false): boolean {
  const target = (pathOf(to, pathname).split(/[?#]/)[0] ?? '').replace(/\/+$/, '').toLowerCase();
  const here = pathname.replace(/\/+$/, '').toLowerCase();
  if (here === target) return true;
  return !end && target !== '' && here.startsWith(`${target}/`);
}

/** A link that says, to a screen reader too, when it is the page being read (`aria-current="page"`). */
export function NavLink({ end, ...props }: LinkProps & { end?: boolean }) {
  const [pathname] = useRouterLocation();
  return <Link {...props} aria-current={isCurrent(props.to, pathname, end) ? 'page' : undefined} />;
}
