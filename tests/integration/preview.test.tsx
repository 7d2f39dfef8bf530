/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findHeading, renderApp, useMswServer } from './renderApp';

useMswServer();

const june = {
  month: '2018-06',
  status: 'final',
  values: { CP5: 88, WF1: 21, FD2: 60, SUP1: 91, CL1: 15 },
};

function jsonFile(name: string, content: unknown) {
  return new File([JSON.stringify(content)], name, { type: 'application/json' });
}

describe('preview a new month before publishing', () => {
  it('checks the chosen file, then shows the whole dashboard with it, marked as a preview, until left', async () => {
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    await user.upload(screen.getByLabelText('Snapshot file'), jsonFile('2018-06.json', june));
    expect(await screen.findByRole('heading', { name: '2018-06.json: passed the checks' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'View the dashboard with this file' }));
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('Preview – not published');

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await findHeading(/Overview\s*Jun 2018/);
    expect(within(screen.getByRole('article', { name: 'Vacancy rate' })).getByText('21%')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Leave preview' }));
    await findHeading(/Overview\s*May 2018/);
    expect(screen.queryByRole('region', { name: 'Preview' })).not.toBeInTheDocument();
  });

  it('shows the same messages as the command line for a bad file, and offers no preview', async () => {
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    await user.upload(screen.getByLabelText('Snapshot file'), jsonFile('2018-06.json', { ...june, values: { ...june.values, cp5: 40 } }));
    expect(await screen.findByRole('heading', { name: '2018-06.json: has errors' })).toBeInTheDocument();
    expect(screen.getByText(/No indicator "cp5" in indicators.json \("cp5" in June 2018\): expected an id from indicators.json, found "cp5"\. Did you mean "CP5"\?/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'View the dashboard with this file' })).not.toBeInTheDocument();
  });

  it('accepts a CSV export for its month', async () => {
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    await user.type(screen.getByLabelText('Month of a CSV file (YYYY-MM)'), '2018-06');
    const csv = new File(['\uFEFFid;value;numerator;denominator;note\nCP5;88%;;;\nWF1;21;;;\nFD2;60;;;\nSUP1;91;;;\n'], 'figures.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Snapshot file'), csv);
    expect(await screen.findByRole('heading', { name: 'figures.csv: passed the checks' })).toBeInTheDocument();
    expect(screen.getByText('snapshots/2018-06.json')).toBeInTheDocument();
  });

  it('names a CSV’s own line and column for a problem in its figures, as npm run import does', async () => {
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    await user.type(screen.getByLabelText('Month of a CSV file (YYYY-MM)'), '2018-06');
    const csv = new File(['id,value,numerator,denominator,note\nWF1,21,,,\nCP5,143,,,\nFD2,60,,,\nSUP1,91,,,\n'], 'figures.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Snapshot file'), csv);
    expect(await screen.findByRole('heading', { name: 'figures.csv: has errors' })).toBeInTheDocument();
    const item = screen.getByText(/CP5 is a percentage outside 0 to 100/).closest('li')!;
    expect(item).toHaveTextContent('line 3, column 2:');
  });
});
