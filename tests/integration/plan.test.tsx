/** @vitest-environment jsdom */
// The plan's own fields on each page that shows them, from the fixture folder with them added
// (mocks/planFixtures.ts); and the fixture folder without them, showing none of it.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../mocks/handlers';
import { planFixtureFiles } from '../../mocks/planFixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();
const withPlan = () => server.use(...dataHandlers(planFixtureFiles()));

function rowFor(table: HTMLElement, name: string | RegExp) {
  return within(table).getByRole('row', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });
}

describe('Indicator page with the plan’s fields', () => {
  it('shows the owner, the quality beside the figure, and the month’s narrative under its three headings', async () => {
    withPlan();
    renderApp('/indicator/SUP1?month=2018-05');
    await findHeading(/Case supervision/);
    const glance = screen.getByRole('region', { name: /May 2018 at a glance/ });
    expect(within(glance).getByText('Quality: poor, not yet reliable')).toBeInTheDocument();
    expect(within(glance).getByText(/^Red: below the \d+% target$/)).toBeInTheDocument(); // a poor figure keeps its RAG
    expect(within(glance).getByText('Owner').nextElementSibling).toHaveTextContent('Principal Social Worker');
    const story = screen.getByRole('region', { name: /The story behind the figure, May 2018/ });
    expect(within(story).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['What the figure shows', 'Why', 'What we are doing']);
    expect(within(story).getByText('Supervision is held but not recorded on the case system')).toBeInTheDocument();
    expect(within(story).getByText('Owner: Principal Social Worker')).toBeInTheDocument();
  });

  it('gives the planned value and “On trajectory”, draws the trajectory, and lists it in the table', async () => {
    withPlan();
    const { container } = renderApp('/indicator/CP5?month=2018-05');
    await findHeading(/ICPC timeliness/);
    const glance = screen.getByRole('region', { name: /May 2018 at a glance/ });
    expect(within(glance).getByText(/Trajectory in May 2018/).nextElementSibling).toHaveTextContent('Planned 80%: On trajectory');
    expect(container.querySelector('.recharts-surface')).not.toBeNull();
    expect(screen.getByText(/The trajectory is the plan’s line to the target/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /ICPC timeliness: every month/ });
    expect(within(table).getByRole('columnheader', { name: 'Trajectory' })).toBeInTheDocument();
    expect(within(rowFor(table, 'Feb 2018')).getByText('50')).toBeInTheDocument();
  });

  it('says behind trajectory by polarity (lower is better)', async () => {
    withPlan();
    renderApp('/indicator/WF1?month=2018-05');
    await findHeading(/Vacancy rate/);
    expect(screen.getByText(/Trajectory in May 2018/).nextElementSibling).toHaveTextContent('Planned 20%: Behind trajectory');
  });

  it('gives the year to date with its financial year and how it is made, or says why there is none', async () => {
    withPlan();
    renderApp('/indicator/WF1?month=2018-05');
    await findHeading(/Vacancy rate/);
    const ytd = screen.getByText('Year to date').nextElementSibling!;
    expect(ytd).toHaveTextContent('30%. Financial year 2018-19: April to March so far, 1 of 2 months (no figure for Apr 2018). The latest month’s figure.');
  });

  it('a ratio is the year’s numerators over its denominators, from the first month of data', async () => {
    withPlan();
    renderApp('/indicator/CP5?month=2018-03');
    await findHeading(/ICPC timeliness/);
    const ytd = screen.getByText('Year to date').nextElementSibling!;
    // (12 + 22 + 5) / (37 + 40 + 7) = 46.4%, not the mean of 32%, 55% and 71.4%.
    expect(ytd).toHaveTextContent('46.4%. Financial year 2017-18: January to March (the data start in Jan 2018), 3 months. The year’s numerators added up, over its denominators added up.');
  });

  it('a ratio over a month with no figure has no year-to-date figure, and says why', async () => {
    withPlan();
    renderApp('/indicator/CP5?month=2018-05');
    await findHeading(/ICPC timeliness/);
    const ytd = screen.getByText('Year to date').nextElementSibling!;
    expect(ytd).toHaveTextContent(/^No figure\. Financial year 2018-19: April to March so far, 2 months\. No year-to-date figure: Apr 2018 has no figure, so the year’s numerator and denominator are not known\.$/);
  });

  it('keeps the log of target changes: from, target, reason, approved by, date', async () => {
    withPlan();
    renderApp('/indicator/CP5');
    await findHeading(/ICPC timeliness/);
    const log = screen.getByRole('table', { name: /ICPC timeliness: target changes/ });
    const march = rowFor(log, 'Mar 2018');
    for (const text of ['85% (amber 75%)', '60%', 'Year two of the plan', 'Improvement Board', '20 February 2018']) expect(within(march).getByText(text)).toBeInTheDocument();
    expect(within(rowFor(log, 'Jan 2018')).getByText('First target')).toBeInTheDocument();
  });

  it('gives the SPC recalculation points with their reasons', async () => {
    withPlan();
    renderApp('/indicator/CP5?view=spc');
    await findHeading(/ICPC timeliness/);
    expect(await screen.findByText(/recalculated from Mar 2018 \(Daily conference slots\), where the process changed/)).toBeInTheDocument();
  });
});

describe('Targets table with the plan’s fields', () => {
  it('has trajectory, year-to-date and quality columns', async () => {
    withPlan();
    renderApp('/targets?month=2018-05');
    await findHeading(/^Targets/);
    const table = screen.getByRole('table', { name: /Indicators against target/ });
    for (const name of ['Trajectory', 'Year to date', 'Quality']) expect(within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    const vacancy = rowFor(table, /^Vacancy rate/);
    expect(within(vacancy).getByText('Behind trajectory')).toBeInTheDocument();
    expect(within(vacancy).getByText('30% (2018-19, 1 month)')).toBeInTheDocument();
    expect(within(vacancy).getByText('Use with caution')).toBeInTheDocument();
    expect(within(rowFor(table, /^ICPC timeliness/)).getByText('On trajectory')).toBeInTheDocument();
  });

  it('filters by owner, with the owner in the URL', async () => {
    withPlan();
    renderApp('/targets?month=2018-05');
    await findHeading(/^Targets/);
    await userEvent.selectOptions(screen.getByLabelText('Owner'), 'Head of Workforce');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 indicators.');
    expect(new URLSearchParams(location.search).get('owner')).toBe('Head of Workforce');
    const table = screen.getByRole('table', { name: /Indicators against target/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });
});

describe('Workstreams page with action plans', () => {
  it('lists each action with owner, due and revised due, status in words, overdue first and marked, linked indicators', async () => {
    withPlan();
    renderApp('/workstreams?month=2018-05');
    await findHeading(/^Workstreams/);
    const plan = screen.getByRole('table', { name: /Practice: action plan, May 2018/ });
    const rows = within(plan).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/^OverduePR-04: Recruit 20 permanent social workers/);
    expect(within(rows[0]!).getByText('31 March 2018, revised to 30 April 2018')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('At risk')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Vacancy rate' })).toHaveAttribute('href', expect.stringContaining('/indicator/WF1'));
    expect(rows.filter((row) => within(row).queryByText('Overdue'))).toHaveLength(1); // complete and deferred are not overdue
    expect(within(plan).getByText('Deferred')).toBeInTheDocument();
    expect(screen.getByText(/4 actions in the plan: 2 due by the end of May 2018, 1 of them complete,/)).toBeInTheDocument();
  });

  it('counts the workstream’s actions from its plan', async () => {
    withPlan();
    renderApp('/workstreams?month=2018-05');
    await findHeading(/^Workstreams/);
    const progress = screen.getByRole('table', { name: /Workstream progress, May 2018/ });
    const practice = rowFor(progress, 'Practice');
    expect(within(practice).getAllByRole('cell').slice(-3).map((cell) => cell.textContent)).toEqual(['2', '1', '1']); // PR-05 is due in June; PR-06 is deferred
  });
});

describe('Overview and meeting pack with the plan’s fields', () => {
  it('the Overview tells the story of every red or behind-trajectory indicator, and lists overdue actions with owners', async () => {
    withPlan();
    renderApp('/?month=2018-05');
    await findHeading(/^Overview/);
    const stories = screen.getByRole('region', { name: 'Off track: the story behind the figures' });
    const headings = within(stories).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Vacancy rate: 30% (Behind trajectory)', 'Case supervision: 48% (Red)']);
    expect(within(stories).getByText('Six leavers in the assessment service')).toBeInTheDocument();
    const overdue = screen.getByRole('region', { name: 'Overdue actions' });
    expect(overdue).toHaveTextContent('Overdue: PR-04 Recruit 20 permanent social workers (Practice). Owner: Head of Workforce. Due 30 April 2018 (revised from 31 March 2018).');
  });

  it('the meeting pack carries the same stories (with the exceptions) and overdue actions', async () => {
    withPlan();
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/^Meeting pack/);
    // The stories are told with the exceptions (every red or behind-trajectory indicator is one).
    const exceptions = screen.getByRole('region', { name: 'Exceptions: the indicators to look at first' });
    expect(exceptions).toHaveTextContent('A new supervision form');
    expect(exceptions).toHaveTextContent('Owner: Principal Social Worker');
    expect(screen.getByRole('region', { name: 'Overdue actions' })).toHaveTextContent('Owner: Head of Workforce');
  });
});

describe('A folder without the plan’s fields renders as before', () => {
  const NEW_TEXT = [/Off track: the story behind the figures/, /Overdue actions/, /Action plans/, /Target changes/, /Year to date/, /Trajectory/, /Quality: /, /Good quality|Use with caution|Poor quality/, /The story behind the figure/, /Owner/];

  for (const path of ['/indicator/CP5?month=2018-05', '/indicator/SUP1?month=2018-05', '/targets?month=2018-05', '/workstreams?month=2018-05', '/?month=2018-05', '/meeting-pack?month=2018-05']) {
    it(`${path} shows none of the plan’s words`, async () => {
      const { container } = renderApp(path);
      // The pack has two: the page's and its cover's (the printed paper's H1).
      await screen.findAllByRole('heading', { level: 1 }, { timeout: 12_000 });
      await screen.findAllByRole('table').catch(() => []);
      const text = container.textContent ?? '';
      expect(text.length).toBeGreaterThan(200); // the page is drawn
      // The pack's "Changes since the previous pack" has a "Target changes" heading, as the Changes
      // page has, about the catalogue's targets: not one of the plan's fields.
      for (const words of NEW_TEXT) if (!(path.startsWith('/meeting-pack') && String(words) === String(/Target changes/))) expect(text).not.toMatch(words);
    });
  }

  it('the Targets table has the columns it had', async () => {
    renderApp('/targets?month=2018-05');
    await findHeading(/^Targets/);
    const table = screen.getByRole('table', { name: /Indicators against target/ });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼⇅\s]+$/u, ''))).toEqual([
      'Indicator', 'Value', 'Status', 'Target', 'Change', 'England', 'vs England', 'Area', 'Variation', 'Assurance',
    ]);
    expect(screen.queryByLabelText('Owner')).toBeNull();
  });

  it('the same pages with the plan’s fields do show them (so the test above can fail)', async () => {
    withPlan();
    const { container } = renderApp('/?month=2018-05');
    await findHeading(/^Overview/);
    expect(container.textContent).toMatch(/Off track: the story behind the figures/);
  });
});
