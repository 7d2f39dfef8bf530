/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataHandlers, publicationOf, type Fault } from '../../mocks/handlers';
import { fixtureFiles } from '../../mocks/fixtures';
import { publicationFile } from '../../src/domain/contract/publication';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

describe('the published figures failing to load', () => {
  it.each<[Fault, RegExp]>([
    [404, /the server answered 404/],
    [500, /the server answered 500/],
    ['timeout', /no answer within/],
    ['garbage', /it is not valid JSON/],
  ])('the pointer answering %s: a clear page naming it, with a way to try again', async (fault, reason) => {
    server.use(...dataHandlers(fixtureFiles(), { 'current.json': fault }));
    renderApp('/');
    await findHeading('The dashboard’s figures could not be loaded');
    expect(screen.getByText('data/current.json')).toBeInTheDocument();
    expect(screen.getByText(reason)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('the publication answering 500: the page names it; trying again once the server answers shows the figures', async () => {
    const user = userEvent.setup();
    const file = publicationFile(publicationOf(fixtureFiles()).id);
    server.use(...dataHandlers(fixtureFiles(), { [file]: 500 }));
    renderApp('/targets/?month=2018-03');
    await findHeading('The dashboard’s figures could not be loaded');
    expect(screen.getByText(`data/${file}`)).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await findHeading(/Targets\s*Mar 2018/);
  });
});

// A page that reads the publication (every page but the Overview, which reads its model as written
// at publication: the model and its fallback to the publication are tested below).
describe('a damaged publication is named and refused, never shown', () => {
  it.each<[Fault, RegExp]>([
    ['edited', /its content does not match its name: it was changed after it was published/],
    ['cut-short', /it is cut short or is not JSON \(\d+ bytes\)/],
  ])('the publication %s: a plain page naming it and saying how it is repaired', async (fault, reason) => {
    const file = publicationFile(publicationOf(fixtureFiles()).id);
    server.use(...dataHandlers(fixtureFiles(), { [file]: fault }));
    renderApp('/targets/?month=2018-03');
    await findHeading('The published figures are damaged');
    expect(screen.getByText(`data/${file}`)).toBeInTheDocument();
    expect(screen.getByText(reason)).toBeInTheDocument();
    expect(screen.getByText(/publishing again/)).toHaveTextContent('npm run publish-data');
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Targets/ })).not.toBeInTheDocument();
  });

  it('where the browser has no crypto.subtle (plain http on an intranet host): the same check, in TypeScript', async () => {
    vi.stubGlobal('crypto', {});
    try {
      const file = publicationFile(publicationOf(fixtureFiles()).id);
      server.use(...dataHandlers(fixtureFiles(), { [file]: 'edited' }));
      renderApp('/targets/?month=2018-03');
      await findHeading('The published figures are damaged');
      expect(screen.getByText(/its content does not match its name/)).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a sound publication is shown, checked with either hash', async () => {
    vi.stubGlobal('crypto', {});
    try {
      renderApp('/targets/?month=2018-03');
      await findHeading(/Targets\s*Mar 2018/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a raw file going wrong after publishing never reaches the pages', () => {
  it('a published month overwritten with garbage: the Overview still shows its published figures', async () => {
    server.use(...dataHandlers(fixtureFiles({ 'snapshots/2018-03.json': '{ "month": "2018-03", ' }), {}, fixtureFiles()));
    renderApp('/indicator/WF1');
    await findHeading(/Vacancy rate/);
    const table = screen.getByRole('table', { name: /every month/ });
    expect(within(table).getByRole('row', { name: /^Mar 2018/ })).toHaveTextContent('24');
  });

  it('the Data page shows the overwritten file as changed since publishing, with its error', async () => {
    server.use(...dataHandlers(fixtureFiles({ 'snapshots/2018-03.json': '{ "month": "2018-03", ' }), {}, fixtureFiles()));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    const problems = await screen.findByRole('region', { name: /snapshots\/2018-03\.json/ }, { timeout: 12_000 });
    expect(problems).toHaveTextContent('Changed since publishing');
    expect(within(problems).getByText(/Invalid JSON/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /snapshots\/2018-03\.json/ })).toHaveTextContent('Has errors: cannot be published');
    expect(screen.getByRole('row', { name: /snapshots\/2018-05\.json/ })).toHaveTextContent(/OK\s*Published/);
  });

  it('a raw file the server cannot send: the Data page names it and why', async () => {
    server.use(...dataHandlers(fixtureFiles(), { 'snapshots/2018-02.json': 500 }));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    const problems = await screen.findByRole('region', { name: /snapshots\/2018-02\.json/ }, { timeout: 12_000 });
    expect(within(problems).getByText(/Could not load the file: expected the file from the server, found the server answered 500/)).toBeInTheDocument();
  });

  it('a published file removed from the folder: the Data page says so', async () => {
    server.use(...dataHandlers(fixtureFiles({ 'snapshots/2018-05.json': null }), {}, fixtureFiles()));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    expect(await screen.findByRole('row', { name: /snapshots\/2018-05\.json/ }, { timeout: 12_000 })).toHaveTextContent('Removed since publishing');
  });

  it('a missing indicators.json in the folder: the Data page says so and the pages keep the published catalogue', async () => {
    server.use(...dataHandlers(fixtureFiles({ 'indicators.json': null }), {}, fixtureFiles()));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    expect(await screen.findByText(/The data folder has no indicators.json/, {}, { timeout: 12_000 })).toBeInTheDocument();
    expect(screen.getByText(/The data folder has errors, so it cannot be published/)).toBeInTheDocument();
  });

  it('shows progress while the files are checked', async () => {
    server.use(...dataHandlers(fixtureFiles(), { 'snapshots/2018-03.json': 'timeout' }));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    expect(await screen.findByText(/^Checked \d+ of \d+ files…$/, {}, { timeout: 12_000 })).toBeInTheDocument();
  });
});
