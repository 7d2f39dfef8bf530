/** @vitest-environment jsdom */
// The Data page on the public site (`npm run build`), which serves none of the officers' files:
// it asks for none (their list answering 500 shows nothing wrong), says where they are checked
// instead, and checks a previewed month against what is published.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataHandlers } from '../../mocks/handlers';
import { fixtureFiles } from '../../mocks/fixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

vi.mock('../../src/data/servesRawFiles', () => ({ SERVES_RAW_FILES: false }));

useMswServer();

const june = { month: '2018-06', status: 'final', values: { CP5: 88, WF1: 21, FD2: 60, SUP1: 91, CL1: 15 } };
const jsonFile = (name: string, content: unknown) => new File([JSON.stringify(content)], name, { type: 'application/json' });

describe('the Data page of the public site', () => {
  it('asks for no officers’ file and says where they are checked', async () => {
    server.use(...dataHandlers(fixtureFiles(), { 'manifest.json': 500, 'snapshots/2018-05.json': 500 }));
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    expect(screen.getByText(/This is the public site/)).toHaveTextContent('npm run build -- --mode officers');
    expect(screen.queryByText(/could not be checked/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Every data file/ })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'the publications feed' })).toHaveAttribute('href', 'feed.xml');
  });

  it('checks a previewed month against what is published, with the same messages', async () => {
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    await user.upload(screen.getByLabelText('Snapshot file'), jsonFile('2018-06.json', june));
    expect(await screen.findByRole('heading', { name: '2018-06.json: passed the checks' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Snapshot file'), jsonFile('2018-06.json', { ...june, values: { ...june.values, cp5: 40 } }));
    expect(await screen.findByRole('heading', { name: '2018-06.json: has errors' })).toBeInTheDocument();
    expect(screen.getByText(/No indicator "cp5" in indicators.json .* Did you mean "CP5"\?/)).toBeInTheDocument();
  });
});
