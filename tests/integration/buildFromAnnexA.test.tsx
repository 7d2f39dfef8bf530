/** @vitest-environment jsdom */
// "Build a month from Annex A" rendered through msw: the data folder's calendar.json fetched when
// the page opens, CSV lists chosen and counted (on the main thread here: jsdom has no Worker), the
// figures and problems shown, what goes into the month's file, and a figure typed by hand kept
// unless the officer chooses to replace it.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, indicators } from '../../mocks/fixtures';
import { dataHandlers } from '../../mocks/handlers';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

const list5 = [
  'Child Unique ID,Strategy discussion initiating Section 47 Enquiry Start Date,Was an Initial Child Protection Conference deemed unnecessary?,Date of Initial Child Protection Conference,Allocated Team',
  '101,01/05/2018,No,08/05/2018,CP 1',
  '102,02/04/2018,No,30/05/2018,CP 1',
  '103,10/05/2018,No,09/05/2018,CP 2',
].join('\n');

const withSources = fixtureFiles({
  'indicators.json': JSON.stringify({ indicators: indicators.map((indicator) => (indicator.id === 'CP5' ? { ...indicator, source: { annexA: 'icpcIn15' } } : indicator)) }),
  'calendar.json': JSON.stringify({ closures: [{ date: '2018-05-29' }], cpVisitWorkingDays: 10 }),
});

async function countMay() {
  const user = userEvent.setup();
  renderApp('/build-from-annex-a/');
  await findHeading('Build a month from Annex A');
  await screen.findByText('Ready: nothing you choose leaves this computer.', undefined, { timeout: 12_000 });
  const month = screen.getByLabelText('Month to count (YYYY-MM)');
  await user.clear(month);
  await user.type(month, '2018-05');
  await user.upload(screen.getByLabelText('The Annex A extract'), new File([list5], 'list-5.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: 'Count the month' }));
  await screen.findByRole('heading', { name: /^May 2018: 1 of 13 measures counted/ }, { timeout: 12_000 });
  return user;
}

describe('Build a month from Annex A', () => {
  it('counts the lists chosen, with the calendar, and names the record it could not count', async () => {
    server.use(...dataHandlers(withSources));
    await countMay();
    expect(screen.getByText(/and 1 closure day \(the data folder’s calendar\.json\)/)).toBeInTheDocument();
    const figures = screen.getByRole('table', { name: /The month’s figures, May 2018/ });
    const icpc = within(figures).getByRole('row', { name: /ICPCs within 15 working days of the strategy discussion \(icpcIn15\)/ });
    expect(within(icpc).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent)).toEqual(['50%', '1 of 2', 'CP 1: 50% (1 of 2)']);
    const problems = screen.getByRole('table', { name: /Records not counted as they stand, May 2018/ });
    expect(within(problems).getAllByRole('row')).toHaveLength(2);
    expect(within(problems).getByRole('row', { name: /List 5/ })).toHaveTextContent('9 May 2018, before the strategy discussion on 10 May 2018');
    expect(screen.getByRole('button', { name: 'Download the problems (CSV)' })).toBeInTheDocument();
  });

  it('keeps a figure the month already has unless the officer replaces it', async () => {
    server.use(...dataHandlers(withSources));
    const user = await countMay();
    const kept = screen.getByText(/The published month already has figures the extract would change/).closest('div')!;
    expect(kept).toHaveTextContent(/CP5 ICPC timeliness: the month’s file has [\d.]+%; the extract gives 50% \(1 of 2\)/);
    await user.click(within(kept).getByRole('checkbox', { name: 'Replace them with the extract’s figures' }));
    expect(screen.getByText('CP5 ICPC timeliness: 50% (1 of 2), counted by icpcIn15')).toBeInTheDocument();
  });

  it('a file that is not a list is said so by name', async () => {
    const user = userEvent.setup();
    renderApp('/build-from-annex-a/');
    await findHeading('Build a month from Annex A');
    await screen.findByText('Ready: nothing you choose leaves this computer.', undefined, { timeout: 12_000 });
    await user.upload(screen.getByLabelText('The Annex A extract'), new File(['not a workbook'], 'extract.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Count the month' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^extract\.xlsx cannot be read: not an Excel workbook/);
  });
});
