/** @vitest-environment jsdom */
// The meeting pack as a reader sees it on screen (the printed form is checked in the browser
// tests): the cover, a section per priority indicator with its page reference, the workstreams
// and the survey with small counts suppressed.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../mocks/handlers';
import { fixtureFiles, indicators, snapshots } from '../../mocks/fixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

function section(name: string | RegExp) {
  return screen.getByRole('region', { name });
}

describe('Meeting pack', () => {
  it('shows a cover with the council, the board, the month and the date the figures were produced', async () => {
    const may = snapshots.find((snapshot) => snapshot.month === '2018-05')!;
    server.use(...dataHandlers(fixtureFiles({ 'snapshots/2018-05.json': JSON.stringify({ ...may, produced: '2018-06-12' }) })));
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack\s*May 2018/);
    const cover = section('Performance report: May 2018');
    expect(within(cover).getByText('Testshire County Council')).toBeInTheDocument();
    expect(within(cover).getByText('Children’s Improvement Board')).toBeInTheDocument();
    expect(within(cover).getByText('12 June 2018')).toBeInTheDocument();
    expect(within(cover).getByText(/The figures in this pack are illustrative/)).toBeInTheDocument();
    expect(within(cover).getByText('CP5 · May 2018')).toBeInTheDocument();
    expect(within(cover).getByText('Workstreams · May 2018')).toBeInTheDocument();
  });

  it('says so when the snapshot does not give the date the figures were produced', async () => {
    renderApp('/meeting-pack?month=2018-03');
    await findHeading(/Meeting pack\s*Mar 2018/);
    expect(within(section('Performance report: March 2018')).getByTestId('pack-produced')).toHaveTextContent('Date not given');
  });

  it('defaults to the latest month and offers the month picker and a print button', async () => {
    renderApp('/meeting-pack');
    await findHeading(/Meeting pack\s*May 2018/);
    expect(screen.getByRole('button', { name: 'Print this pack' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Choose a month' })).toBeInTheDocument();
  });

  it('gives the summary of strengths and underperformance', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const summary = section('Summary of May 2018');
    expect(within(summary).getByText('Summary · May 2018')).toBeInTheDocument();
    expect(within(summary).getByText('ICPC timeliness turned green at 86% (target 85%), from red in Mar 2018.')).toBeInTheDocument();
    expect(within(summary).getByText('Vacancy rate slipped to amber at 30% (target 25%), from green in Mar 2018.')).toBeInTheDocument();
    expect(within(summary).getByText('May: vacancies rose again.')).toBeInTheDocument();
  });

  it('has a section for each priority indicator, headed by its page reference, with figure, RAG, direction, target, chart and table', async () => {
    const { container } = renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const priority = indicators.filter((indicator) => indicator.priority);
    expect(container.querySelectorAll('.pack-indicator')).toHaveLength(priority.length);
    for (const indicator of priority) {
      const one = section(indicator.shortName ?? indicator.name);
      expect(within(one).getByText(`${indicator.id} · May 2018`)).toBeInTheDocument();
    }
    const icpc = section('ICPC timeliness');
    expect(within(icpc).getAllByText('86%').length).toBeGreaterThan(0);
    expect(within(icpc).getAllByText('Green').length).toBeGreaterThan(0);
    expect(within(icpc).getAllByText('Improved').length).toBeGreaterThan(0);
    expect(within(icpc).getByText(/Green at 85% or more; amber from 75%/)).toBeInTheDocument();
    expect(within(icpc).getByText(/ICPC timeliness rose from 32% in Jan 2018 to 86% in May 2018/)).toBeInTheDocument();
    expect(icpc.querySelector('.recharts-surface')).not.toBeNull();
    const table = within(icpc).getByRole('table', { name: /ICPC timeliness: the last 5 months/ });
    expect(within(table).getByRole('row', { name: /^Mar 2018/ })).toHaveTextContent(/71\.4%.*Red.*85%.*Improved/);
    expect(within(table).getByRole('row', { name: /^Apr 2018/ })).toHaveTextContent('No snapshot');
  });

  it('flags a percentage resting on a small denominator', async () => {
    renderApp('/meeting-pack?month=2018-03');
    await findHeading(/Meeting pack/);
    expect(within(section('ICPC timeliness')).getByText(/Small number: based on 7 children/)).toBeInTheDocument();
  });

  it('shows a null month’s note and says Not available', async () => {
    renderApp('/meeting-pack?month=2018-02');
    await findHeading(/Meeting pack\s*Feb 2018/);
    const supervision = section('Case supervision');
    expect(within(supervision).getByText('Note: Not reportable from the case system this month')).toBeInTheDocument();
    expect(within(supervision).getAllByText('Not available').length).toBeGreaterThan(0);
  });

  it('shows the workstream table with each workstream’s RAG in words', async () => {
    renderApp('/meeting-pack?month=2018-01');
    await findHeading(/Meeting pack/);
    const workstreams = section('Improvement plan workstreams');
    expect(within(workstreams).getByText('Workstreams · Jan 2018')).toBeInTheDocument();
    const table = within(workstreams).getByRole('table', { name: 'Workstream progress, Jan 2018' });
    expect(within(table).getByRole('row', { name: /^Practice/ })).toHaveTextContent(/Red.*Behind plan.*Practice model agreed.*High caseloads/);
    expect(within(table).getByRole('row', { name: /^People and Performance/ })).toHaveTextContent('Amber');
    expect(within(workstreams).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the latest survey with teams of fewer than 5 suppressed', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const survey = section('Staff survey');
    expect(within(survey).getByText('Survey · May 2018')).toBeInTheDocument();
    expect(within(survey).getByRole('table', { name: /Survey returns/ })).toHaveTextContent('24.8%');
    const teams = within(survey).getByRole('table', { name: /Responses by team/ });
    expect(within(teams).getByRole('row', { name: /Children with disabilities/ })).toHaveTextContent('fewer than 5');
    expect(within(teams).queryByText('3')).not.toBeInTheDocument();
    expect(within(teams).getByRole('row', { name: /Permanence/ })).toHaveTextContent('15');
    expect(within(survey).getByRole('table', { name: /Answers to each statement/ })).toHaveTextContent('I understand the wider improvement journey');
  });

  it('says when no survey had been reported by the month', async () => {
    renderApp('/meeting-pack?month=2018-01');
    await findHeading(/Meeting pack/);
    expect(within(section('Staff survey')).getByText('No staff survey had been reported by January 2018.')).toBeInTheDocument();
  });
});
