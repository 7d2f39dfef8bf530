/** @vitest-environment jsdom */
// A page that cannot be drawn (its chunk did not load, a bug) shows what to do instead of a blank
// screen; inside the layout it fills the page, for the whole site it is the page's main.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from '../../../src/app/RouteError';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

afterEach(cleanup);

describe('PageErrorBoundary', () => {
  it('shows the apology, the way back and the technical detail in place of the page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <PageErrorBoundary within="page">
          <Broken />
        </PageErrorBoundary>
      </main>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sorry, this page could not be shown');
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
    expect(screen.getByText('Failed to fetch dynamically imported module')).toBeInTheDocument();
    // Inside the layout's <main>: no second main.
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('is the main of the page when the layout itself could not be drawn', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PageErrorBoundary within="site">
        <Broken />
      </PageErrorBoundary>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('draws what it holds when nothing goes wrong', () => {
    render(
      <PageErrorBoundary within="page">
        <p>The figures</p>
      </PageErrorBoundary>,
    );
    expect(screen.getByText('The figures')).toBeInTheDocument();
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });
});
