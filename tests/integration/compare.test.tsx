/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { comparators, fixtureFiles } from '../../mocks/fixtures';
import { dataHandlers } from '../../mocks/handlers';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => row.textContent);

describe('Compare page', () => {
  it('ranks the council among its neighbours for the latest period of each measure, in a sentence, a chart and a table', async () => {
    const { container } = renderApp('/compare');
    await findHeading('Compare with statistical neighbours');
    expect(
      screen.getByText(
        'Testshire ranks 3rd of 5 among its statistical neighbours for ICPC timeliness in 2017-18 (52%; neighbour mean 61.2%; England 76.9%); 1 neighbour’s figure is not published.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Ranked best to worst: higher is better, so 1st has the highest figure.')).toBeInTheDocument();
    // The chart's SVG exists, with our council's label marked "(us)".
    expect(container.querySelector('.recharts-surface')).not.toBeNull();
    expect(within(container.querySelector('.chart-figure')!).getByText('3 Testshire (us)')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'ICPC timeliness, 2017-18: Testshire and its statistical neighbours, ranked' });
    expect(rowsOf(table)).toEqual([
      'RankCouncilValue',
      '1stSouthshire80%',
      '2ndNorthshire70%',
      '3rdTestshire (us)52%',
      '4thWestshire48.4%',
      '5thMidshire46.4%',
      'Not rankedEastshireNot published (suppressed)',
      'Statistical neighbours (mean)61.2%',
      'England76.9%',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Testshire (us)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the ICPC timeliness ranking (CSV)' })).toBeInTheDocument();
  });

  it('ranks lower-is-better measures lowest first, and ties share a rank', async () => {
    renderApp('/compare');
    await findHeading('Compare with statistical neighbours');
    expect(
      screen.getByText(
        'Testshire ranks joint 3rd of 5 among its statistical neighbours for Vacancy rate at 30 Sep 2017 (25%; neighbour mean 23.5%; England 17%); 1 neighbour’s figure is not published.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Vacancy rate, at 30 Sep 2017/ });
    expect(rowsOf(table).slice(1, 7)).toEqual([
      '1stNorthshire17%',
      '2ndEastshire22%',
      'Joint 3rdTestshire (us)25%',
      'Joint 3rdWestshire25%',
      '5thSouthshire30%',
      'Not rankedMidshireNot published (not available)',
    ]);
  });

  it('sums up every measure at a glance', async () => {
    renderApp('/compare');
    await findHeading('Compare with statistical neighbours');
    const glance = screen.getByRole('table', { name: /Testshire’s rank among its statistical neighbours, the period of May 2018/ });
    expect(rowsOf(glance).slice(1)).toEqual(['ICPC timeliness3rd of 552%61.2%76.9%2017-18', 'Vacancy rateJoint 3rd of 525%23.5%17%at 30 Sep 2017']);
  });

  it('shows the year in the address, ?period=2016-17, and says when a measure has no figures that year', async () => {
    renderApp('/compare?period=2016-17');
    await findHeading('Compare with statistical neighbours');
    expect(screen.getByText(/^Testshire ranks 6th of 6 among its statistical neighbours for ICPC timeliness in 2016-17 \(60%;/)).toBeInTheDocument();
    const glance = screen.getByRole('table', { name: /rank among its statistical neighbours, 2016-17/ });
    expect(within(glance).getByText('No published figures for 2016-17')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^Vacancy rate/ })).toBeNull();
  });

  it('choosing a year puts it in the address', async () => {
    const user = userEvent.setup();
    renderApp('/compare');
    await findHeading('Compare with statistical neighbours');
    const form = screen.getByRole('form', { name: 'Choose a year' });
    await user.selectOptions(within(form).getByLabelText('Year'), '2016-17');
    await user.click(within(form).getByRole('button', { name: 'Show' }));
    expect(location.search).toBe('?period=2016-17');
    expect(await screen.findByRole('table', { name: /^ICPC timeliness, 2016-17/ })).toBeInTheDocument();
  });

  it('an unknown year falls back to the latest and says so', async () => {
    renderApp('/compare?period=1999-00');
    await findHeading('Compare with statistical neighbours');
    expect(screen.getByText(/There are no published figures for “1999-00”/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^ICPC timeliness, 2017-18/ })).toBeInTheDocument();
  });

  it('follows ?month: the measures of the month’s own period, by the rule stated on the page', async () => {
    const early = { month: '2017-03', values: { CP5: 40 } };
    server.use(...dataHandlers(fixtureFiles({ 'snapshots/2017-03.json': JSON.stringify(early) })));
    renderApp('/compare?month=2017-03');
    await findHeading('Compare with statistical neighbours');
    expect(screen.getByTestId('period-rule')).toHaveTextContent(
      'Comparators are those of the month’s own period: for Mar 2017, the latest published figures for a period that had begun by then',
    );
    // March 2017 is in 2016-17; the workforce census at 30 Sep 2017 had not yet happened.
    expect(screen.getByRole('table', { name: /^ICPC timeliness, 2016-17/ })).toBeInTheDocument();
    const glance = screen.getByRole('table', { name: /the period of Mar 2017/ });
    expect(within(glance).getByText('No published figures for a period that had begun by Mar 2017')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^Vacancy rate/ })).toBeNull();
  });

  it('without comparators.json, explains how to create it', async () => {
    server.use(...dataHandlers(fixtureFiles({ 'comparators.json': null })));
    renderApp('/compare');
    await findHeading('Compare with statistical neighbours');
    expect(screen.getByText(/the data folder has no/)).toBeInTheDocument();
    expect(screen.getByText('npm run import-benchmarks -- --la "Testshire County Council"')).toBeInTheDocument();
  });

  it('a comparators.json naming an unknown indicator is not used, and the page points to the Data page', async () => {
    const bad = { ...comparators, measures: [{ ...comparators.measures[1]!, indicator: 'CP55' }] };
    server.use(...dataHandlers(fixtureFiles({ 'comparators.json': JSON.stringify(bad, null, 2) })));
    renderApp('/compare');
    await findHeading('Compare with statistical neighbours');
    expect(screen.getByText(/has errors, so its figures are not shown/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the problems with the data files' })).toBeInTheDocument();
  });

  it('is in the main navigation', async () => {
    renderApp('/');
    await findHeading(/Overview/);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Compare' })).toHaveAttribute('href', '/compare/');
  });
});
