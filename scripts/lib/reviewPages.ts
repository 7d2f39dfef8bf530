// Every page of the dashboard, for a person to look at (npx tsx scripts/screenshot.ts --review)
// and for the layout test (tests/e2e/layout.e2e.ts), at the widths the board reads it on:
// a laptop, a tablet held upright and a phone.
import type { PagePath } from '../../src/routing/pages.ts';

export const REVIEW_WIDTHS = [1280, 768, 390] as const;

export interface ReviewPage {
  name: string;
  route: string;
}

/** The states to look at, by the page manifest's page: a page added there is a type error here until it is listed. */
const BY_PAGE: Record<PagePath, ReviewPage[]> = {
  '': [{ name: 'overview', route: '?month=2017-11' }],
  'indicator/:id': [
    { name: 'indicator-cp5', route: 'indicator/CP5/?month=2018-03' },
    { name: 'indicator-cl1', route: 'indicator/CL1/' },
    { name: 'indicator-wf1-spc', route: 'indicator/WF1/?view=spc' },
  ],
  exceptions: [{ name: 'exceptions', route: 'exceptions/?month=2017-11' }],
  changes: [{ name: 'changes', route: 'changes/?month=2017-11' }],
  targets: [{ name: 'targets', route: 'targets/?month=2017-11' }],
  workstreams: [{ name: 'workstreams', route: 'workstreams/?month=2018-06' }],
  compare: [{ name: 'compare', route: 'compare/' }],
  surveys: [{ name: 'surveys', route: 'surveys/?month=2017-12' }],
  'meeting-pack': [{ name: 'meeting-pack', route: 'meeting-pack/?month=2017-11' }],
  'data-files': [{ name: 'data', route: 'data-files/' }],
  'help/spc': [{ name: 'help-spc', route: 'help/spc/' }],
  accessibility: [{ name: 'accessibility', route: 'accessibility/' }],
  'prepare-month': [{ name: 'prepare-month', route: 'prepare-month/' }],
  'help/add-month': [{ name: 'help-add-month', route: 'help/add-month/' }],
  'build-from-annex-a': [{ name: 'build-from-annex-a', route: 'build-from-annex-a/' }],
  'help/annex-a': [{ name: 'help-annex-a', route: 'help/annex-a/' }],
  'help/glossary': [{ name: 'help-glossary', route: 'help/glossary/' }],
  '*': [{ name: 'not-found', route: '#/no-such-page' }],
};

export const REVIEW_PAGES: ReviewPage[] = Object.values(BY_PAGE).flat();
