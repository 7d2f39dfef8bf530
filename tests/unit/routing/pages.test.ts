// The page manifest (src/routing/pages.ts): every page once, its module a real file, the
// navigation in its order, and the routes the build draws at publication.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrefOf, moduleFileOf, NAV_PAGES, PAGES, routesDrawn } from '../../../src/routing/pages';

const ROOT = join(import.meta.dirname, '../../..');

describe('the page manifest', () => {
  it('names each page once, the not-found page last', () => {
    const paths = PAGES.map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths[paths.length - 1]).toBe('*');
    expect(paths.slice(0, -1)).not.toContain('*');
  });

  it('names for each page a module of src/features that exports a component of its name', () => {
    for (const page of PAGES) {
      const file = join(ROOT, moduleFileOf(page));
      expect(existsSync(file), file).toBe(true);
      const name = page.module.slice(page.module.lastIndexOf('/') + 1);
      expect(readFileSync(file, 'utf8'), file).toMatch(new RegExp(`export function ${name}\\(`));
    }
  });

  it('gives each page its module file from the repository root, the Overview as the empty path', () => {
    const modules = PAGES.map((page) => ({ path: page.path, module: moduleFileOf(page) }));
    expect(modules).toContainEqual({ path: '', module: 'src/features/overview/OverviewPage.tsx' });
    expect(modules).toContainEqual({ path: 'targets', module: 'src/features/targets/TargetsPage.tsx' });
    expect(modules).toContainEqual({ path: 'indicator/:id', module: 'src/features/indicator/IndicatorPage.tsx' });
    expect(modules).toContainEqual({ path: 'help/glossary', module: 'src/features/help/GlossaryPage.tsx' });
  });

  it('lists the main navigation in its order, each link keeping the month or not', () => {
    expect(NAV_PAGES.map(({ path, nav }) => [hrefOf(path), nav.label, nav.keepMonth])).toEqual([
      ['/', 'Overview', true],
      ['/exceptions/', 'Exceptions', true],
      ['/changes/', 'Changes', false],
      ['/targets/', 'Targets', true],
      ['/workstreams/', 'Workstreams', true],
      ['/surveys/', 'Surveys', true],
      ['/compare/', 'Compare', true],
      ['/meeting-pack/', 'Meeting pack', true],
      ['/data-files/', 'Data', false],
      ['/help/glossary/', 'Glossary', false],
    ]);
  });
});

describe('routesDrawn', () => {
  const { figures, shells } = routesDrawn(['CP5', 'WF1']);

  it('draws every page with figures for the latest month, an indicator page for each indicator', () => {
    expect(figures).toEqual([
      '/',
      '/exceptions/',
      '/changes/',
      '/targets/',
      '/workstreams/',
      '/surveys/',
      '/compare/',
      '/meeting-pack/',
      '/help/glossary/',
      '/indicator/CP5/',
      '/indicator/WF1/',
      '/help/annex-a/',
      '/help/add-month/',
      '/help/spc/',
      '/accessibility/',
    ]);
  });

  it('draws the pages that read the officer’s own files as shells, and never the not-found page', () => {
    expect(shells).toEqual(['/data-files/', '/prepare-month/', '/build-from-annex-a/']);
    expect([...figures, ...shells].some((route) => route.includes('*'))).toBe(false);
  });

  it('draws no indicator page for a publication without indicators', () => {
    expect(routesDrawn([]).figures.filter((route) => route.startsWith('/indicator/'))).toEqual([]);
  });
});
