import { Component, type ReactNode } from 'react';
import { Link } from '../routing/routing';

/** What a reader sees when a page (or the whole site) could not be drawn: what to do, and the detail. */
export function RouteError({ error, within }: { error: unknown; within: 'page' | 'site' }) {
  const body = (
    <>
      <h1>Sorry, this page could not be shown</h1>
      <p>Something went wrong while showing this page. Reload the page to try again.</p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
      <details>
        <summary>Technical detail</summary>
        <pre className="technical">{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </>
  );
  // Within a page, the layout's <main> is already there; for the whole site, this is the main.
  return within === 'page' ? body : (
    <main id="main-content" className="page-width" tabIndex={-1}>
      {body}
    </main>
  );
}

interface BoundaryState {
  failed: boolean;
  error?: unknown;
}

/** Catches an error while drawing what it holds (a page whose chunk did not load, a bug) and shows RouteError instead. */
export class PageErrorBoundary extends Component<{ within: 'page' | 'site'; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown) {
    console.error('A page could not be drawn:', error);
  }

  override render() {
    return this.state.failed ? <RouteError error={this.state.error} within={this.props.within} /> : this.props.children;
  }
}
