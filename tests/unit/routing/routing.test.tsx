/** @vitest-environment jsdom */
// The site's routing helpers (src/routing/routing.tsx): where a link goes, when a link is the page
// being read, and links and hooks under a site served from a folder, in jsdom's address bar.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { isCurrent, Link, NavLink, pathOf, routerBase, useHref, useLocation, useNavigate, useSearchParams } from '../../../src/routing/routing';

describe('routerBase', () => {
  it('is the basename without its trailing slash, and empty at the root', () => {
    expect(routerBase('/council/dashboard/')).toBe('/council/dashboard');
    expect(routerBase('/')).toBe('');
  });
});

describe('pathOf', () => {
  it('keeps a path from the site root as it is', () => {
    expect(pathOf('/targets/?month=2019-03', '/indicator/CP5/')).toBe('/targets/?month=2019-03');
  });
  it('puts a query or a fragment alone on the current page', () => {
    expect(pathOf('?month=2019-03', '/indicator/CP5/')).toBe('/indicator/CP5/?month=2019-03');
    expect(pathOf('#main-content', '/targets/')).toBe('/targets/#main-content');
  });
  it('joins the parts of an object, adding the marks a part leaves out', () => {
    expect(pathOf({ pathname: '/', search: '?month=2019-03' }, '/targets/')).toBe('/?month=2019-03');
    expect(pathOf({ pathname: '/targets/', search: 'month=2019-03', hash: 'main-content' }, '/')).toBe('/targets/?month=2019-03#main-content');
    expect(pathOf({ search: '', hash: '#' }, '/changes/')).toBe('/changes/');
  });
});

describe('isCurrent', () => {
  it('is the same page, whatever its trailing slash, case or query', () => {
    expect(isCurrent('/targets/', '/targets')).toBe(true);
    expect(isCurrent({ pathname: '/Targets', search: '?month=2019-03' }, '/targets/')).toBe(true);
  });
  it('is a page under the link unless `end`', () => {
    expect(isCurrent('/help/', '/help/glossary/')).toBe(true);
    expect(isCurrent('/help/', '/help/glossary/', true)).toBe(false);
  });
  it('never makes the Overview current for every page, and never a page that only starts alike', () => {
    expect(isCurrent('/', '/targets/')).toBe(false);
    expect(isCurrent('/', '/', true)).toBe(true);
    expect(isCurrent('/target', '/targets/')).toBe(false);
  });
});

describe('links and hooks under a site in a folder', () => {
  beforeEach(() => history.replaceState(null, '', '/council/dashboard/targets/?month=2019-03'));
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', '/');
  });
  const inSite = (ui: React.ReactNode) => render(<Router base="/council/dashboard">{ui}</Router>);

  function Where() {
    const location = useLocation();
    const [params] = useSearchParams();
    return (
      <p data-testid="where">
        {location.pathname}|{location.search}|{params.get('month')}|{JSON.stringify(location.state)}
      </p>
    );
  }

  it('writes hrefs under the basename, so they work with no script and in a new tab', () => {
    inSite(
      <>
        <Link to="/indicator/CP5/">CP5</Link>
        <Link to="?month=2019-04">April</Link>
      </>,
    );
    expect(screen.getByRole('link', { name: 'CP5' })).toHaveAttribute('href', '/council/dashboard/indicator/CP5/');
    expect(screen.getByRole('link', { name: 'April' })).toHaveAttribute('href', '/council/dashboard/targets/?month=2019-04');
  });

  it('reads the location inside the site, and follows a click with its state', () => {
    inSite(
      <>
        <Where />
        <Link to={{ pathname: '/', search: '?month=2019-04' }} state={{ releasePublication: true }}>
          Overview
        </Link>
      </>,
    );
    expect(screen.getByTestId('where')).toHaveTextContent('/targets/|?month=2019-03|2019-03|null');
    fireEvent.click(screen.getByRole('link', { name: 'Overview' }));
    expect(location.pathname + location.search).toBe('/council/dashboard/?month=2019-04');
    expect(screen.getByTestId('where')).toHaveTextContent('/|?month=2019-04|2019-04|{"releasePublication":true}');
  });

  it('leaves a click with a modifier key, or for another window, to the browser', () => {
    inSite(
      <>
        <Link to="/changes/">Changes</Link>
        <Link to="/surveys/" target="_blank">
          Surveys
        </Link>
      </>,
    );
    const changes = screen.getByRole('link', { name: 'Changes' });
    expect(fireEvent.click(changes, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(screen.getByRole('link', { name: 'Surveys' }))).toBe(true);
    expect(location.pathname).toBe('/council/dashboard/targets/');
    expect(fireEvent.click(changes)).toBe(false);
    expect(location.pathname).toBe('/council/dashboard/changes/');
  });

  it('marks the link to the page being read as the current page, and no other', () => {
    inSite(
      <>
        <NavLink to="/" end>
          Overview
        </NavLink>
        <NavLink to={{ pathname: '/targets/', search: '?month=2019-03' }}>Targets</NavLink>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Targets' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it('navigates and changes the query, replacing the entry when asked', () => {
    let go: ReturnType<typeof useNavigate> | undefined;
    let setParams: ReturnType<typeof useSearchParams>[1] | undefined;
    let href = '';
    function Controls() {
      go = useNavigate();
      setParams = useSearchParams()[1];
      href = useHref({ pathname: '/targets/', hash: 'main-content' });
      return <Where />;
    }
    inSite(<Controls />);
    expect(href).toBe('/council/dashboard/targets/#main-content');
    const entries = history.length;
    act(() => setParams!((current) => new URLSearchParams({ month: current.get('month')!, status: 'red' })));
    expect(location.search).toBe('?month=2019-03&status=red');
    expect(history.length).toBe(entries + 1);
    act(() => go!('/changes/', { replace: true }));
    expect(location.pathname).toBe('/council/dashboard/changes/');
    expect(history.length).toBe(entries + 1);
    expect(screen.getByTestId('where')).toHaveTextContent('/changes/||');
  });
});
