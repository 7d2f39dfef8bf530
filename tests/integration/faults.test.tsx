/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataHandlers, type Fault } from '../../mocks/handlers';
import { fixtureFiles } from '../../mocks/fixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

describe('one data file failing at run time', () => {
  it.each<[Fault, RegExp]>([
    [404, /the server answered 404/],
    [500, /the server answered 500/],
    ['timeout', /no answer within/],
  ])('a snapshot answering %s: a banner names the file, every other month is shown', async (fault, reason) => {
    server.use(...dataHandlers(fixtureFiles(), { 'snapshots/2018-02.json': fault }));
    renderApp('/indicator/WF1');
    await findHeading(/Vacancy rate/);
    const banner = screen.getByRole('alert');
    expect(within(banner).getByText('snapshots/2018-02.json')).toBeInTheDocument();
    expect(within(banner).getByText(reason)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /every month/ });
    expect(within(table).getByRole('row', { name: /^Jan 2018/ })).toHaveTextContent('43');
    expect(within(table).getByRole('row', { name: /^Mar 2018/ })).toHaveTextContent('24');
    expect(within(table).getByRole('row', { name: /^Feb 2018/ })).toHaveTextContent('No snapshot for this month');
  });

  it('garbage instead of JSON: the Data page names the file and the problem, the rest is shown', async () => {
    server.use(...dataHandlers(fixtureFiles(), { 'snapshots/2018-03.json': 'garbage' }));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    const problems = screen.getByRole('region', { name: 'snapshots/2018-03.json' });
    expect(within(problems).getByText(/Invalid JSON/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /snapshots\/2018-03\.json/ })).toHaveTextContent('Not used: has errors');
    expect(screen.getByRole('row', { name: /snapshots\/2018-05\.json/ })).toHaveTextContent('OK');
  });

  it('retry loads the file once the server answers again', async () => {
    const user = userEvent.setup();
    server.use(...dataHandlers(fixtureFiles(), { 'snapshots/2018-02.json': 500 }));
    renderApp('/?month=2018-03');
    await findHeading(/Overview/);
    expect(screen.getByRole('alert')).toHaveTextContent('snapshots/2018-02.json');
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry snapshots/2018-02.json' }));
    await screen.findByRole('link', { name: /Previous month: February 2018/ });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('the manifest failing shows a clear page with a way to try again, not a blank screen', async () => {
    server.use(...dataHandlers(fixtureFiles(), { 'manifest.json': 500 }));
    renderApp('/');
    await findHeading('The dashboard’s figures could not be loaded');
    expect(screen.getByText(/the server answered 500/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('a missing indicators.json: the Data page says so and the pages do not crash', async () => {
    server.use(...dataHandlers(fixtureFiles({ 'indicators.json': null })));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    expect(screen.getByText(/The data folder has no indicators.json/)).toBeInTheDocument();
  });
});
