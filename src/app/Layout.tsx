import { useEffect, useState, type ReactNode } from 'react';
import { Link, NavLink, useHref, useLocation, useNavigate, useSearchParams, type Location } from '../routing/routing';
import { hrefOf, modelPageAt, NAV_PAGES } from '../routing/pages';
import { DatasetContext, PublishedModelContext } from '../data/datasetContext';
import { usePreview } from '../data/preview';
import { PUBLICATION_PARAM, RELEASE_PUBLICATION, useDataset, usePinnedPublication, type PublicationInfo } from '../data/useDataset';
import { formatIsoTime } from '../domain/months';
import type { Site } from '../domain/schema';
import { DEFAULT_SITE_TITLE, SiteTitleContext } from '../components/Page';

/** The location without the permalink's publication: the same page, as published now. */
function withoutPublication(location: Location): { pathname: string; search: string } {
  const params = new URLSearchParams(location.search);
  params.delete(PUBLICATION_PARAM);
  const search = params.toString();
  return { pathname: location.pathname, search: search ? `?${search}` : '' };
}

/**
 * A permalink's publication stays with the reader from page to page: a link inside the app that
 * leaves it out (they are written for the current figures) gets it back, so the address of every
 * page says what it shows and can be shared. "See the current figures" lets go of it.
 */
function useStickyPublication(): void {
  const pinned = usePinnedPublication();
  const location = useLocation();
  const navigate = useNavigate();
  const [kept, setKept] = useState<string | undefined>(pinned);
  const released = (location.state as typeof RELEASE_PUBLICATION | null)?.releasePublication === true;
  useEffect(() => {
    if (pinned) {
      if (pinned !== kept) setKept(pinned);
      return;
    }
    if (!kept) return;
    if (released) {
      setKept(undefined);
      return;
    }
    const params = new URLSearchParams(location.search);
    params.set(PUBLICATION_PARAM, kept);
    navigate({ pathname: location.pathname, search: `?${params}`, hash: location.hash }, { replace: true });
  }, [pinned, kept, released, location, navigate]);
}

export function Layout({ children }: { children: ReactNode }) {
  const location = useLocation();
  const state = useDataset(modelPageAt(location.pathname));
  useStickyPublication();
  // The page's own address with the fragment: pages carry <base href>, so a bare
  // "#main-content" would lead to the overview when no script runs.
  const mainContent = useHref({ pathname: location.pathname, search: location.search, hash: 'main-content' });
  const site = state.status === 'ready' ? (state.dataset ?? state.model).site : undefined;
  return (
    <>
      <a href={mainContent} className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <Header site={site} />
      {state.status === 'loading' && (
        <main id="main-content" className="page-width" aria-busy="true" tabIndex={-1}>
          <p className="loading" role="status">
            Loading the figures…
          </p>
        </main>
      )}
      {state.status === 'failed' && (
        <main id="main-content" className="page-width" tabIndex={-1}>
          {state.damaged ? (
            <>
              <h1>The published figures are damaged</h1>
              <p>
                The publication <code>{state.file}</code> is not as it was published ({state.reason}), so it is not shown.
                Tell the performance team: publishing again (<code>npm run publish-data</code>) repairs it.
              </p>
            </>
          ) : (
            <>
              <h1>The dashboard’s figures could not be loaded</h1>
              <p>
                The published figures (<code>{state.file}</code>) did not load: {state.reason}. Nothing is wrong with your
                computer. Try again in a minute; if it keeps happening, tell the performance team who publish this dashboard.
              </p>
              <button type="button" className="button" onClick={state.retry}>
                Try again
              </button>
            </>
          )}
          {state.pinned && (
            <p>
              The address asks for an earlier publication, <code>{state.pinned}</code>.{' '}
              <Link to={withoutPublication(location)} state={RELEASE_PUBLICATION}>
                See this page with the current figures
              </Link>
              .
            </p>
          )}
        </main>
      )}
      {state.status === 'ready' && (
        <DatasetContext.Provider value={state.dataset ? state : undefined}>
          <PublishedModelContext.Provider value={state.model}>
            <Notices sampleData={site?.sampleData === true} previewing={state.previewing} errorCount={state.dataset?.checks.errors ?? 0} />
            {!state.publication.current && <EarlierPublication publication={state.publication} current={withoutPublication(location)} />}
            <main id="main-content" className="page-width" tabIndex={-1}>
              <SiteTitleContext.Provider value={site?.title ?? DEFAULT_SITE_TITLE}>
                {children}
              </SiteTitleContext.Provider>
            </main>
          </PublishedModelContext.Provider>
        </DatasetContext.Provider>
      )}
      <footer className="site-footer">
        <div className="page-width">
          <ul className="footer-links">
            <li>
              <NavLink to="/accessibility/">Accessibility statement</NavLink>
            </li>
            <li>
              <NavLink to="/data-files/">Data files and checks</NavLink>
            </li>
          </ul>
          <p>{site ? `${site.organisation}. ` : ''}Figures are published monthly for the improvement board and the scrutiny committee.</p>
        </div>
      </footer>
    </>
  );
}

function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  // Move focus by hand: following the link would be a navigation for the router.
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}

function Header({ site }: { site?: Site }) {
  const [params] = useSearchParams();
  const month = params.get('month');
  return (
    <header className="site-header">
      <div className="page-width header-inner">
        <p className="service-name">
          <NavLink to={month ? { pathname: '/', search: `?month=${month}` } : '/'}>{site?.title ?? DEFAULT_SITE_TITLE}</NavLink>
          {site && <span className="organisation">{site.organisation} · {site.board}</span>}
        </p>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV_PAGES.map(({ path, nav }) => (
              <li key={path}>
                <NavLink to={nav.keepMonth && month ? { pathname: hrefOf(path), search: `?month=${month}` } : hrefOf(path)} end={path === ''}>
                  {nav.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function Notices({ sampleData, previewing, errorCount }: { sampleData: boolean; previewing: boolean; errorCount: number }) {
  const { setPreview } = usePreview();
  return (
    <div className="page-width notices">
      {previewing && (
        <div className="notice notice-preview" role="region" aria-label="Preview">
          <p>
            <strong>Preview – not published.</strong> You are looking at the dashboard with a file you chose on the Data
            page. Nobody else can see it.
          </p>
          <button type="button" className="button button-secondary" onClick={() => setPreview(undefined)}>
            Leave preview
          </button>
        </div>
      )}
      {sampleData && (
        <p className="notice notice-sample">
          <strong>Sample data.</strong> The figures on this dashboard are illustrative, except where a source is named.
        </p>
      )}
      {/* Only the dev server shows data with errors (leaving those files out): a publication has none. */}
      {errorCount > 0 && (
        <p className="notice notice-warning">
          <strong>Some data files have problems and are not shown.</strong>{' '}
          <NavLink to="/data-files/">See which files and why</NavLink>.
        </p>
      )}
    </div>
  );
}

/** On every page opened from a permalink: which publication the figures are, and the way back. */
function EarlierPublication({ publication, current }: { publication: PublicationInfo; current: { pathname: string; search: string } }) {
  return (
    <div className="page-width notices">
      <div className="notice notice-earlier" role="region" aria-label="Earlier publication">
        <p>
          <strong>Figures as published on {formatIsoTime(publication.published)}</strong> (publication <code>{publication.id}</code>). Figures
          have been published since, and some may have been revised.{' '}
          <Link to={current} state={RELEASE_PUBLICATION}>
            See this page with the current figures
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
