/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../mocks/handlers';
import { fixtureFiles, indicators } from '../../mocks/fixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

function rowFor(table: HTMLElement, name: string) {
  return within(table).getByRole('row', { name: new RegExp(`^${name}`) });
}

/** A month's note: a row of its own under the month's figures. */
function noteFor(table: HTMLElement, month: string) {
  return within(table).getByRole('row', { name: new RegExp(`^Note for ${month}:`) });
}

describe('Indicator page', () => {
  it('draws the trend chart and shows every month in a table, the gap and the null included', async () => {
    const { container } = renderApp('/indicator/SUP1');
    await findHeading(/Case supervision/);
    // The chart's SVG exists before anything is read from it.
    expect(container.querySelector('.recharts-surface')).not.toBeNull();
    const table = screen.getByRole('table', { name: /Case supervision: every month’s figure/ });
    expect(within(rowFor(table, 'Jan 2018')).getByText('43')).toBeInTheDocument();
    expect(within(rowFor(table, 'Feb 2018')).getByText('Not available')).toBeInTheDocument();
    expect(noteFor(table, 'Feb 2018')).toHaveTextContent(/Not reportable from the case system/);
    expect(noteFor(table, 'Apr 2018')).toHaveTextContent('No snapshot for this month');
  });

  it('gives the chart a text summary', async () => {
    renderApp('/indicator/WF1');
    await findHeading(/Vacancy rate/);
    expect(screen.getByText(/Vacancy rate fell from 43% in Jan 2018 to 30% in May 2018, an improvement\./)).toBeInTheDocument();
  });

  it('shows numerator, denominator and the target that applied each month', async () => {
    renderApp('/indicator/CP5');
    await findHeading(/ICPC timeliness/);
    const table = screen.getByRole('table', { name: /ICPC timeliness: every month/ });
    const february = rowFor(table, 'Feb 2018');
    expect(within(february).getByText('22 of 40')).toBeInTheDocument();
    expect(within(february).getByText('60')).toBeInTheDocument();
    expect(within(february).getByText('Amber')).toBeInTheDocument();
    const march = rowFor(table, 'Mar 2018');
    expect(within(march).getByText('85')).toBeInTheDocument();
    expect(within(march).getByText('Red')).toBeInTheDocument();
    expect(noteFor(table, 'Mar 2018')).toHaveTextContent(/Small number: based on 7 children/);
  });

  it('shows breakdown series by team in a table of their own, and a small chart per team', async () => {
    const { container } = renderApp('/indicator/CL1');
    await findHeading(/Average caseload/);
    expect(screen.getByRole('table', { name: /Average caseload: every month/ }).querySelectorAll('th[scope="col"]')).not.toHaveLength(0);
    expect(within(screen.getByRole('table', { name: /Average caseload: every month/ })).queryByRole('columnheader', { name: 'Assessment' })).toBeNull();
    expect(screen.getByRole('img', { name: /^Assessment: from/ })).toBeInTheDocument();
    expect(container.querySelectorAll('.small-multiple .recharts-surface').length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: /Average caseload by team/ });
    expect(within(table).getByRole('columnheader', { name: 'Assessment' })).toBeInTheDocument();
    expect(within(rowFor(table, 'Jan 2018')).getByText('27')).toBeInTheDocument();
  });

  it('suggests the nearest indicator for an unknown id', async () => {
    renderApp('/indicator/cp5');
    await findHeading('Indicator not found');
    expect(screen.getByRole('link', { name: 'CP5' })).toBeInTheDocument();
  });
});

describe('Targets page', () => {
  it('lists every indicator with value, target, status, change and England', async () => {
    renderApp('/targets?month=2018-05');
    await findHeading(/Targets\s*May 2018/);
    const table = screen.getByRole('table', { name: /Indicators against target/ });
    const icpc = rowFor(table, 'ICPC timeliness');
    expect(within(icpc).getByText('86%')).toBeInTheDocument();
    expect(within(icpc).getByText('Green')).toBeInTheDocument();
    // Five months: too few for the SPC to judge the move, so the row says only which way it went.
    expect(within(icpc).getByText('Up')).toBeInTheDocument();
    expect(within(icpc).getByText('Better')).toBeInTheDocument();
    expect(within(rowFor(table, 'Vacancy rate')).getByText('Worse')).toBeInTheDocument();
    expect(within(rowFor(table, 'Front door demand')).getByText('Up')).toBeInTheDocument();
  });

  it('filters by status and by area, keeping the choice in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/targets?month=2018-05');
    await findHeading(/Targets/);
    await user.selectOptions(screen.getByLabelText('Status'), 'Red');
    const table = screen.getByRole('table', { name: /Indicators against target/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(rowFor(table, 'Case supervision')).toBeInTheDocument();
    expect(location.search).toContain('status=red');
    await user.selectOptions(screen.getByLabelText('Status'), 'All statuses');
    await user.selectOptions(screen.getByLabelText('Area'), 'Workforce');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Indicator'),
      expect.stringContaining('Vacancy rate'),
      expect.stringContaining('Average caseload'),
    ]);
  });

  it('sorts by value when the column heading is chosen, and says how it is sorted', async () => {
    const user = userEvent.setup();
    renderApp('/targets?month=2018-05');
    await findHeading(/Targets/);
    await user.click(screen.getByRole('button', { name: /^Value/ }));
    const header = screen.getByRole('columnheader', { name: /Value/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const table = screen.getByRole('table', { name: /Indicators against target/ });
    const names = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Average caseload', 'Vacancy rate', 'Case supervision', 'Front door demand', 'ICPC timeliness']);
  });
});

describe('Workstreams page', () => {
  it('shows each workstream’s RAG, status, highlights, risks and actions for the month', async () => {
    renderApp('/workstreams?month=2018-01');
    await findHeading(/Workstreams\s*Jan 2018/);
    const table = screen.getByRole('table', { name: /Workstream progress/ });
    const practice = rowFor(table, 'Practice');
    expect(within(practice).getByText('Red')).toBeInTheDocument();
    expect(within(practice).getByText('Practice model agreed')).toBeInTheDocument();
    expect(within(practice).getByText('High caseloads')).toBeInTheDocument();
    expect(within(practice).getByText('4')).toBeInTheDocument();
  });

  it('shows the RAG history as a workstream by month matrix in words', async () => {
    renderApp('/workstreams?month=2018-05');
    await findHeading(/Workstreams/);
    const matrix = screen.getByRole('table', { name: 'Workstream RAG by month' });
    const people = rowFor(matrix, 'People and Performance');
    expect(within(people).getByText('Blue (complete)')).toBeInTheDocument();
    expect(within(people).getByText('Not reported')).toBeInTheDocument();
  });
});

describe('Surveys page', () => {
  it('shows the response rate and counts under 5 as “fewer than 5”', async () => {
    renderApp('/surveys?month=2018-03');
    await findHeading(/Staff surveys/);
    const returns = screen.getByRole('table', { name: 'Survey returns' });
    expect(within(returns).getByText('24.8%')).toBeInTheDocument();
    const teams = screen.getByRole('table', { name: /Responses by team/ });
    expect(within(rowFor(teams, 'Children with disabilities')).getByText('fewer than 5')).toBeInTheDocument();
    expect(within(teams).queryByText('3')).not.toBeInTheDocument();
    expect(within(rowFor(teams, 'Permanence')).getByText('15')).toBeInTheDocument();
  });

  it('says when no survey has been reported yet', async () => {
    renderApp('/surveys?month=2018-01');
    await findHeading(/Staff surveys/);
    expect(screen.getByText('No survey had been reported by Jan 2018.')).toBeInTheDocument();
  });
});

describe('Month picker', () => {
  it('moves to the previous month and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/?month=2018-05');
    await findHeading(/Overview\s*May 2018/);
    await user.click(screen.getByRole('link', { name: /Previous month: March 2018/ }));
    await findHeading(/Overview\s*Mar 2018/);
    expect(location.search).toBe('?month=2018-03');
  });

  it('shows a chosen month with the Show button', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await findHeading(/Overview\s*May 2018/);
    await user.selectOptions(screen.getByLabelText('Month'), 'February 2018');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await findHeading(/Overview\s*Feb 2018/);
  });
});

describe('Month picker after moving by link', () => {
  it('shows the new month in the select after “previous month”', async () => {
    const user = userEvent.setup();
    renderApp('/?month=2018-05');
    await findHeading(/Overview\s*May 2018/);
    await user.click(screen.getByRole('link', { name: /Previous month: March 2018/ }));
    await findHeading(/Overview\s*Mar 2018/);
    expect(screen.getByLabelText('Month')).toHaveValue('2018-03');
  });
});

describe('Indicator page glossary terms', () => {
  it('marks the first use of a glossary term in the definition, with its expansion and a link to the glossary', async () => {
    const withDefinition = indicators.map((indicator) => (indicator.id === 'CP5' ? { ...indicator, definition: 'Counted from the ICPC log. Every ICPC held is counted once.' } : indicator));
    server.use(...dataHandlers(fixtureFiles({ 'indicators.json': JSON.stringify({ indicators: withDefinition }) })));
    renderApp('/indicator/CP5');
    await findHeading(/ICPC timeliness/);
    const section = screen.getByRole('region', { name: 'How it is counted' });
    const marked = section.querySelectorAll('abbr');
    expect(marked).toHaveLength(1); // the first use only
    expect(marked[0]).toHaveAttribute('title', 'Initial child protection conference');
    expect(marked[0]!.closest('a')).toHaveAttribute('href', expect.stringContaining('glossary'));
  });
});
