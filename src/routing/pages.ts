// The page manifest: every page of the site, once. The router (src/app/routes.tsx) draws and
// loads each page from it, the navigation (src/app/Layout.tsx) lists the pages with a `nav`
// entry in this order, the build draws the pages it says at publication (through
// src/entry-server.tsx), and the browser tests' page lists are typed by it, so a page added
// here fails the typecheck until the tests visit it. Plain data: no React, no router.

/**
 * What the build draws for a page at publication: the page with the latest month's figures (the
 * browser hydrates it), the empty shell the browser fills (a page that reads files the officer
 * chooses), or nothing (the not-found page: a static host answers any other path itself).
 */
export type Drawn = 'latest month' | 'shell' | 'never';

export interface PageEntry {
  /** From the site's root, without slashes (`''` is the Overview); `:id` an indicator's id; `*` any other path. Its address is `path/`. */
  path: string;
  /** The page's heading as it writes it; none when the page's own data names it (an indicator page: the indicator's name). */
  title?: string;
  /** The page's module under src/features/, without `.tsx`; it exports a component of the file's name. */
  module: string;
  /** Its link in the main navigation (listed in the manifest's order), and whether the link keeps the month being read. */
  nav?: { label: string; keepMonth: boolean };
  drawn: Drawn;
  /**
   * The page's model is written at publication under this name (src/domain/contract/pageModelFile.ts'
   * ModelPage), so its first load reads that model, not the publication and the rules.
   */
  model?: 'overview';
}

export const PAGES = [
  { path: '', title: 'Overview', module: 'overview/OverviewPage', nav: { label: 'Overview', keepMonth: true }, drawn: 'latest month', model: 'overview' },
  { path: 'exceptions', title: 'Exceptions', module: 'exceptions/ExceptionsPage', nav: { label: 'Exceptions', keepMonth: true }, drawn: 'latest month' },
  { path: 'changes', title: 'Changes since the last meeting', module: 'changes/ChangesPage', nav: { label: 'Changes', keepMonth: false }, drawn: 'latest month' },
  { path: 'targets', title: 'Targets', module: 'targets/TargetsPage', nav: { label: 'Targets', keepMonth: true }, drawn: 'latest month' },
  { path: 'workstreams', title: 'Workstreams', module: 'workstreams/WorkstreamsPage', nav: { label: 'Workstreams', keepMonth: true }, drawn: 'latest month' },
  { path: 'surveys', title: 'Staff surveys', module: 'surveys/SurveysPage', nav: { label: 'Surveys', keepMonth: true }, drawn: 'latest month' },
  { path: 'compare', title: 'Compare with statistical neighbours', module: 'compare/ComparePage', nav: { label: 'Compare', keepMonth: true }, drawn: 'latest month' },
  { path: 'meeting-pack', title: 'Meeting pack', module: 'meeting-pack/MeetingPackPage', nav: { label: 'Meeting pack', keepMonth: true }, drawn: 'latest month' },
  // Not `data/`: that folder is the published data, which officers copy and replace whole.
  { path: 'data-files', title: 'Data files and checks', module: 'data-files/DataFilesPage', nav: { label: 'Data', keepMonth: false }, drawn: 'shell' },
  { path: 'help/glossary', title: 'Glossary', module: 'help/GlossaryPage', nav: { label: 'Glossary', keepMonth: false }, drawn: 'latest month' },
  // Drawn once for each indicator of the publication.
  { path: 'indicator/:id', module: 'indicator/IndicatorPage', drawn: 'latest month' },
  { path: 'prepare-month', title: 'Prepare a month', module: 'prepare-month/PrepareMonthPage', drawn: 'shell' },
  // Reads the Annex A extract the officer chooses, in the browser: a shell.
  { path: 'build-from-annex-a', title: 'Build a month from Annex A', module: 'annex-a/BuildFromAnnexAPage', drawn: 'shell' },
  { path: 'help/annex-a', title: 'How a month is built from Annex A', module: 'help/AnnexAHelpPage', drawn: 'latest month' },
  { path: 'help/add-month', title: 'How to add a month', module: 'add-month/AddMonthPage', drawn: 'latest month' },
  { path: 'help/spc', title: 'How to read these charts', module: 'help/SpcHelpPage', drawn: 'latest month' },
  { path: 'accessibility', title: 'Accessibility statement', module: 'about/AccessibilityPage', drawn: 'latest month' },
  // Last: the router takes the first page whose path matches.
  { path: '*', title: 'Page not found', module: 'about/NotFoundPage', drawn: 'never' },
] as const satisfies readonly PageEntry[];

/** A page's path as the manifest writes it: `''`, `'targets'`, `'indicator/:id'`, `'*'`. */
export type PagePath = (typeof PAGES)[number]['path'];

/** The pages in the main navigation, in its order. */
export const NAV_PAGES: readonly (PageEntry & { nav: NonNullable<PageEntry['nav']> })[] = PAGES.filter((page) => 'nav' in page);

/** A page's address inside the site, from its path: `''` is `/`, `targets` is `/targets/`. */
export const hrefOf = (path: string): string => (path === '' ? '/' : `/${path}/`);

/** The model written at publication for the page at a route inside the site (`/`), when its page has one. */
export function modelPageAt(route: string | undefined): PageEntry['model'] {
  const pages: readonly PageEntry[] = PAGES;
  return pages.find((page) => page.model !== undefined && hrefOf(page.path) === route)?.model;
}

/** The page's module file from the repository's root: `src/features/targets/TargetsPage.tsx`. */
export const moduleFileOf = (page: Pick<PageEntry, 'module'>): string => `src/features/${page.module}.tsx`;

/**
 * The routes the build draws at publication, for a publication with these indicators: each page
 * with the latest month's figures (an indicator page once for each indicator), and each shell.
 */
export function routesDrawn(indicatorIds: readonly string[]): { figures: string[]; shells: string[] } {
  const routesOf = (page: PageEntry) => (page.path.includes(':id') ? indicatorIds.map((id) => hrefOf(page.path.replace(':id', id))) : [hrefOf(page.path)]);
  const pages: readonly PageEntry[] = PAGES;
  return {
    figures: pages.filter((page) => page.drawn === 'latest month').flatMap(routesOf),
    shells: pages.filter((page) => page.drawn === 'shell').flatMap(routesOf),
  };
}
