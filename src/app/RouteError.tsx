import { Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main-content" className="page-width">
      <h1>Sorry, this page could not be shown</h1>
      <p>Something went wrong while showing this page. Reload the page to try again.</p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
      <details>
        <summary>Technical detail</summary>
        <pre className="technical">{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </main>
  );
}
