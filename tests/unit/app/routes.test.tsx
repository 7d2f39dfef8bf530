/** @vitest-environment jsdom */
// The router (src/app/routes.tsx): the page each path shows, and a page's chunk loaded when the
// reader shows they may go there.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageFor, pages, usePreloadOnIntent } from '../../../src/app/routes';

describe('pageFor', () => {
  const pageAt = (path: string) => pages.find((route) => route.path === path)!.page;
  it('finds each page by its path, with or without the trailing slash', () => {
    expect(pageFor('/')).toBe(pageAt(''));
    expect(pageFor('/targets/')).toBe(pageAt('targets'));
    expect(pageFor('/targets')).toBe(pageAt('targets'));
    expect(pageFor('/indicator/CP5/')).toBe(pageAt('indicator/:id'));
    expect(pageFor('/help/glossary/')).toBe(pageAt('help/glossary'));
  });
  it('gives the not-found page for any other path, a page under a page included', () => {
    expect(pageFor('/no-such-page/')).toBe(pageAt('*'));
    expect(pageFor('/indicator/')).toBe(pageAt('*'));
    expect(pageFor('/targets/extra/')).toBe(pageAt('*'));
  });
});

describe('usePreloadOnIntent', () => {
  afterEach(cleanup);
  function Links() {
    usePreloadOnIntent('/council/dashboard/');
    return (
      <>
        <a href="/council/dashboard/targets/?month=2019-03">Targets</a>
        <a href="/council/dashboard/surveys/">Surveys</a>
        <a href="https://elsewhere.example/council/dashboard/compare/">Elsewhere</a>
        <a href="/another-site/changes/">Another site</a>
      </>
    );
  }

  it('loads the page of a link in the site when a pointer goes over it or the keyboard reaches it', async () => {
    render(<Links />);
    expect(pageFor('/targets/').isLoaded()).toBe(false);
    expect(pageFor('/surveys/').isLoaded()).toBe(false);
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Targets' }));
    fireEvent.focusIn(screen.getByRole('link', { name: 'Surveys' }));
    await vi.waitFor(() => expect(pageFor('/targets/').isLoaded() && pageFor('/surveys/').isLoaded()).toBe(true), { timeout: 10_000 });
  });

  it('loads nothing for a link to another site or outside the basename', () => {
    // Both would be pages of this site's router (compare, changes) if the origin and basename were ignored.
    const compare = vi.spyOn(pageFor('/compare/'), 'preload');
    const changes = vi.spyOn(pageFor('/changes/'), 'preload');
    render(<Links />);
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Elsewhere' }));
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Another site' }));
    expect(compare).not.toHaveBeenCalled();
    expect(changes).not.toHaveBeenCalled();
    compare.mockRestore();
    changes.mockRestore();
  });
});

describe('pages', () => {
  // Last in this file: it loads every page's chunk, which the tests above expect not yet loaded.
  it('loads the page module the manifest names for every page', async () => {
    for (const { path, page } of pages) {
      await page.preload();
      expect(page.isLoaded(), path).toBe(true);
    }
  }, 60_000);
});
