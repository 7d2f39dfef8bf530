/** @vitest-environment jsdom */
// Where the council stands nationally (issue 28), on each page that shows it, drawn from a
// comparators.json with national figures as import-benchmarks writes them now: the Indicator
// page's line, strip and table, Compare's column and sentences, the Targets column and the
// meeting pack's at a glance; and nothing of it from a file made before.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureFiles, nationalComparators } from '../../mocks/fixtures';
import { dataHandlers } from '../../mocks/handlers';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

// Each test loads its page's lazy chunk first: slow on a busy machine (as findHeading allows for).
const PAGE_LOAD = 30_000;

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => row.textContent);
const columnHeaders = (table: HTMLElement) => within(table).getAllByRole('columnheader').map((header) => header.textContent);

describe('with national figures', () => {
  beforeEach(() => {
    server.use(...dataHandlers(fixtureFiles({ 'comparators.json': JSON.stringify(nationalComparators) })));
  });

  it('the Indicator page says the band and rank beside the month’s figure, reconciles the two, and draws the band over the years with its table', async () => {
    renderApp('/indicator/CP5/?month=2018-05');
    await findHeading(/ICPC timeliness/);
    const headline = screen.getByRole('region', { name: 'May 2018 at a glance' });
    const fact = within(headline).getByText('Nationally').closest('div')!;
    expect(fact).toHaveTextContent('Band B: 46th of 151 councils in 2017-18, DfE published figure 52%');
    expect(within(headline).getByText(/^86% is Testshire’s own figure for May 2018, from its monthly returns; 52% is the DfE’s published figure for 2017-18/)).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Where Testshire stands nationally' });
    const summary = 'Testshire’s national band for ICPC timeliness, 2016-17 to 2017-18: D, B (A is the best quarter of English councils, D the worst).';
    expect(within(section).getByRole('img', { name: summary })).toBeInTheDocument();
    expect(within(section).getByText('Outlined: 2017-18, the period in force for May 2018.')).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Testshire’s national quartile band for ICPC timeliness, each published period' });
    expect(rowsOf(table)).toEqual(['PeriodBandNational rankDfE published figure', '2016-17D101st of 15060%', '2017-18B46th of 15152%']);
    expect(within(table).getByRole('rowheader', { name: '2017-18' })).toBeInTheDocument();
  }, PAGE_LOAD);

  it('Compare has a column of band and rank, and names the neighbour model, the method, the next figures and the two figures', async () => {
    renderApp('/compare?month=2018-05');
    await findHeading('Compare with statistical neighbours');
    const glance = screen.getByRole('table', { name: /Testshire’s rank among its statistical neighbours/ });
    expect(columnHeaders(glance)).toContain('National band and rank');
    expect(rowsOf(glance).slice(1)).toEqual(['ICPC timeliness3rd of 552%61.2%76.9%Band B, 46th of 1512017-18', 'Vacancy rateJoint 3rd of 525%23.5%17%Band D, 122nd of 152at 30 Sep 2017']);
    const icpc = screen.getByRole('region', { name: 'ICPC timeliness 2017-18' });
    expect(within(icpc).getByText('Nationally: Band B: 46th of 151 councils in 2017-18, DfE published figure 52%.')).toBeInTheDocument();
    expect(within(icpc).getByText(/^86% is Testshire’s own figure for May 2018, from its monthly returns; 52% is the DfE’s published figure for 2017-18 \(April 2017 to March 2018\)/)).toBeInTheDocument();
    expect(
      within(icpc).getByText('Statistical neighbours: the 5 councils most like Testshire in the DfE statistical neighbour model, 2025; the figure in 2017-18 is the mean of the 4 of them that have one.'),
    ).toBeInTheDocument();
    expect(within(icpc).getByText('Next DfE figures due by 1 November 2018.')).toBeInTheDocument();
    const vacancy = screen.getByRole('region', { name: 'Vacancy rate at 30 Sep 2017' });
    expect(within(vacancy).getByText('Next DfE figures overdue: expected by 28 February 2018.')).toBeInTheDocument();
    expect(within(vacancy).getByText(/they are defined differently: the DfE counts vacancies at 30 September, Testshire each month\.$/)).toBeInTheDocument();
  }, PAGE_LOAD);

  it('the Targets table has a National column, its period beside each band, and says which figure it ranks', async () => {
    renderApp('/targets/?month=2018-05');
    await findHeading(/Targets/);
    const table = screen.getByRole('table', { name: /Indicators against target, May 2018/ });
    // The board's columns first (National last of them), then those behind "More columns".
    const national = columnHeaders(table).findIndex((header) => header?.startsWith('National'));
    expect(columnHeaders(table).slice(national - 2, national)).toEqual(['England ⇅', 'vs England ⇅']);
    const icpc = within(table).getAllByRole('row').find((row) => within(row).queryByRole('rowheader', { name: 'ICPC timeliness' }))!;
    expect(icpc.children[national]).toHaveTextContent('Band B, 46th of 151 (2017-18)');
    expect(screen.getByText(/^National band and rank: where Testshire’s DfE published figure for the period/)).toBeInTheDocument();
  }, PAGE_LOAD);

  it('the meeting pack’s at a glance has the band and rank', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack\s*May 2018/);
    const glance = screen.getByRole('table', { name: 'Every indicator at a glance, May 2018' });
    expect(columnHeaders(glance).at(-1)).toBe('National');
    const vacancy = within(glance).getAllByRole('row').find((row) => within(row).queryByRole('rowheader', { name: /Vacancy rate/ }))!;
    expect(vacancy.lastElementChild).toHaveTextContent('Band D, 122nd of 152');
  }, PAGE_LOAD);
});

describe('with a comparators.json made before national figures', () => {
  it('the pages show no national line, strip or column', async () => {
    renderApp('/indicator/CP5/?month=2018-05');
    await findHeading(/ICPC timeliness/);
    expect(screen.queryByText('Nationally')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Where Testshire stands nationally' })).toBeNull();
  }, PAGE_LOAD);
});
