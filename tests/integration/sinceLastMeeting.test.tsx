/** @vitest-environment jsdom */
// Since the last meeting, through msw: the plan's actions newly overdue and completed between two
// months, the figures revised between the publication a meeting saw and the one shown now, and
// permalinks that open every page as an earlier publication showed it.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { snapshots } from '../../mocks/fixtures';
import { fixtureFiles } from '../../mocks/fixtures';
import { dataHandlers, publicationOf } from '../../mocks/handlers';
import { planFixtureFiles } from '../../mocks/planFixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

/** The folder as a meeting on March 2018 saw it: no May yet, and February's ICPC figure before its revision. */
function marchFolder() {
  const february = snapshots.find((snapshot) => snapshot.month === '2018-02')!;
  return fixtureFiles({
    'snapshots/2018-05.json': null,
    'snapshots/2018-02.json': JSON.stringify({ ...february, values: { ...february.values, CP5: { value: 50, numerator: 20, denominator: 40 } } }),
  });
}

describe('Changes page: actions', () => {
  it('lists the plan’s actions newly overdue and completed since the first month, with owner and date', async () => {
    server.use(...dataHandlers(planFixtureFiles()));
    renderApp('/changes?from=2018-03&to=2018-05');
    await findHeading(/Changes since the last meeting/);
    const overdue = screen.getByRole('heading', { name: 'Newly overdue since Mar 2018 (1)' }).nextElementSibling as HTMLElement;
    expect(overdue).toHaveTextContent('PR-04 Recruit 20 permanent social workers');
    expect(overdue).toHaveTextContent('Owner: Head of Workforce; due 30 April 2018.');
    const completed = screen.getByRole('heading', { name: 'Completed since Mar 2018 (1)' }).nextElementSibling as HTMLElement;
    expect(within(completed).getAllByRole('listitem')).toHaveLength(1);
    expect(completed).toHaveTextContent('PR-01 Daily conference slots with the police');
    expect(completed).toHaveTextContent('done 20 March 2018');
  });

  it('says so when no action changed', async () => {
    renderApp('/changes?from=2018-01&to=2018-03');
    await findHeading(/Changes since the last meeting/);
    expect(screen.getByText('No action of the plan became overdue between Jan 2018 and Mar 2018.')).toBeInTheDocument();
    expect(screen.getByText('No action of the plan was completed between Jan 2018 and Mar 2018.')).toBeInTheDocument();
  });
});

describe('Changes page: figures revised between publications', () => {
  it('compares with the publication a meeting on the first month saw, figure by figure, and links to its pack', async () => {
    const earlier = publicationOf(marchFolder());
    server.use(...dataHandlers(fixtureFiles(), {}, fixtureFiles(), [marchFolder()]));
    renderApp('/changes?from=2018-03&to=2018-05');
    await findHeading(/Changes since the last meeting/);
    const table = await screen.findByRole('table', { name: /Figures revised since/ });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([['ICPC timeliness', 'Feb 2018', '50%', '55%']]);
    expect(screen.getByText(/1 figure was revised since/)).toHaveTextContent(`publication ${earlier.id}, months to Mar 2018`);
    const pack = screen.getByRole('link', { name: 'Open the meeting pack as published then' });
    expect(pack.getAttribute('href')).toBe(`/meeting-pack/?month=2018-03&publication=${earlier.id}`);
  });

  it('says plainly when the site keeps no publication from the first month', async () => {
    renderApp('/changes?from=2018-03&to=2018-05');
    await findHeading(/Changes since the last meeting/);
    expect(await screen.findByText(/keeps no publication from when Mar 2018 was the latest month/)).toBeInTheDocument();
  });
});

describe('Permalinks to an earlier publication', () => {
  it('opens the Overview as published then, says so, keeps it from page to page, and lets go on request', async () => {
    const earlier = publicationOf(marchFolder());
    server.use(...dataHandlers(fixtureFiles(), {}, fixtureFiles(), [marchFolder()]));
    renderApp(`/?publication=${earlier.id}`);
    // The earlier publication's latest month is March, not May.
    await findHeading(/Overview\s*Mar 2018/);
    const notice = screen.getByRole('region', { name: 'Earlier publication' });
    expect(notice).toHaveTextContent(`Figures as published on 31 May 2018 at 09:00 UTC (publication ${earlier.id})`);

    await userEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Targets' }));
    await findHeading(/Targets\s*Mar 2018/);
    expect(new URLSearchParams(location.search).get('publication')).toBe(earlier.id);
    expect(screen.getByRole('region', { name: 'Earlier publication' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'See this page with the current figures' }));
    await findHeading(/Targets\s*May 2018/);
    expect(location.search).not.toContain('publication');
    expect(screen.queryByRole('region', { name: 'Earlier publication' })).not.toBeInTheDocument();
  });

  it('says a publication the site does not keep could not be loaded, with the way to the current figures', async () => {
    renderApp('/targets?publication=0123456789abcdef');
    expect(await screen.findByRole('heading', { level: 1, name: 'The dashboard’s figures could not be loaded' }, { timeout: 12_000 })).toBeInTheDocument();
    expect(screen.getByText(/data\/publications\/0123456789abcdef\.json/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'See this page with the current figures' }));
    await findHeading(/Targets\s*May 2018/);
  });

  it('shows the current figures, with no notice, when the address names the current publication', async () => {
    const current = publicationOf(fixtureFiles());
    renderApp(`/?publication=${current.id}`);
    await findHeading(/Overview\s*May 2018/);
    expect(screen.queryByRole('region', { name: 'Earlier publication' })).not.toBeInTheDocument();
  });
});

describe('Data page: every publication', () => {
  it('lists each publication in the log, newest first, with what it added or changed, each a permalink', async () => {
    const earlier = publicationOf(marchFolder());
    const current = publicationOf(fixtureFiles());
    server.use(...dataHandlers(fixtureFiles(), {}, fixtureFiles(), [marchFolder()]));
    renderApp('/data-files');
    await findHeading('Data files and checks');
    const list = (await screen.findByRole('heading', { name: 'Every publication' })).parentElement!.querySelector('.publication-list') as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `1 June 2018 at 09:00 UTC: Jan 2018 to May 2018 (added May 2018; changed Feb 2018). ${current.id} (current)`,
      `31 May 2018 at 09:00 UTC: Jan 2018 to Mar 2018 (added Jan 2018, Feb 2018, Mar 2018). ${earlier.id}`,
    ]);
    expect(within(items[1]!).getByRole('link')).toHaveAttribute('href', `/?publication=${earlier.id}`);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/');
  });
});

describe('Meeting pack: the publication, and actions since the previous pack', () => {
  it('names its publication on the cover, and says when it is an earlier one', async () => {
    const earlier = publicationOf(marchFolder());
    server.use(...dataHandlers(fixtureFiles(), {}, fixtureFiles(), [marchFolder()]));
    renderApp(`/meeting-pack?month=2018-03&publication=${earlier.id}`);
    await findHeading(/Meeting pack\s*Mar 2018/);
    expect(screen.getByTestId('pack-publication')).toHaveTextContent(`${earlier.id}, published 31 May 2018 at 09:00 UTC. An earlier publication: figures published since may revise these`);
  });

  it('lists the plan’s actions newly overdue and completed among the changes since the previous pack', async () => {
    server.use(...dataHandlers(planFixtureFiles()));
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack\s*May 2018/);
    expect(screen.getByTestId('pack-publication')).not.toHaveTextContent('earlier publication');
    const overdue = screen.getByRole('heading', { name: 'Actions newly overdue (1)' }).nextElementSibling as HTMLElement;
    expect(overdue).toHaveTextContent('PR-04 Recruit 20 permanent social workers');
    const completed = screen.getByRole('heading', { name: 'Actions completed (1)' }).nextElementSibling as HTMLElement;
    expect(completed).toHaveTextContent('PR-01 Daily conference slots with the police (Practice). Owner: Head of Service, Child Protection; done 20 March 2018.');
  });
});
