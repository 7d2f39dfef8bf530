// Every page of the dashboard, for a person to look at (npx tsx scripts/screenshot.ts --review)
// and for the layout test (tests/e2e/layout.e2e.ts), at the widths the board reads it on:
// a laptop, a tablet held upright and a phone.
export const REVIEW_WIDTHS = [1280, 768, 390] as const;

export const REVIEW_PAGES: { name: string; route: string }[] = [
  { name: 'overview', route: '?month=2017-11' },
  { name: 'indicator-cp5', route: 'indicator/CP5/?month=2018-03' },
  { name: 'indicator-cl1', route: 'indicator/CL1/' },
  { name: 'indicator-wf1-spc', route: 'indicator/WF1/?view=spc' },
  { name: 'exceptions', route: 'exceptions/?month=2017-11' },
  { name: 'changes', route: 'changes/?month=2017-11' },
  { name: 'targets', route: 'targets/?month=2017-11' },
  { name: 'workstreams', route: 'workstreams/?month=2018-06' },
  { name: 'compare', route: 'compare/' },
  { name: 'surveys', route: 'surveys/?month=2017-12' },
  { name: 'meeting-pack', route: 'meeting-pack/?month=2017-11' },
  { name: 'data', route: 'data-files/' },
  { name: 'help-spc', route: 'help/spc/' },
  { name: 'accessibility', route: 'accessibility/' },
];
