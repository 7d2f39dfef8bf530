/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findHeading, renderApp, useMswServer } from './renderApp';

useMswServer();

/** A list item by its whole text: glossary terms inside it are marked up (<abbr>, links). */
const item = (text: string) => (_: string, element: Element | null) => element?.tagName === 'LI' && element.textContent === text;

function card(name: string) {
  return screen.getByRole('article', { name });
}

describe('Overview', () => {
  it('shows the latest month by default, with each priority indicator’s figure and one status against the target in words', async () => {
    renderApp('/');
    await findHeading(/Overview\s*May 2018/);
    const icpc = card('ICPC timeliness');
    expect(within(icpc).getByText('86%')).toBeInTheDocument();
    expect(within(icpc).getByText('Green: meets the 85% target')).toBeInTheDocument();
    // The target's bands are one tap away, under "More about this figure".
    const more = within(icpc).getByText('More about this figure').closest('details')!;
    expect(more).not.toHaveAttribute('open');
    expect(within(more).getByText(/Green at 85% or more; amber from 75%/)).toBeInTheDocument();
  });

  it('says which way a figure moved, quietly and with no arrow, before there are months enough to tell a change from noise', async () => {
    renderApp('/?month=2018-05');
    await findHeading(/Overview/);
    const up = within(card('ICPC timeliness')).getByText('Up (71.4% → 86%): too few months to judge');
    expect(up).toHaveClass('direction-quiet');
    expect(up).not.toHaveTextContent(/[↑↓]/);
    const vacancy = card('Vacancy rate');
    expect(within(vacancy).getByText('30%')).toBeInTheDocument();
    expect(within(vacancy).getByText('Amber: above the 25% target')).toBeInTheDocument();
    expect(within(vacancy).queryByText(/Worsened/)).not.toBeInTheDocument();
  });

  it('gives a neutral indicator no RAG and says No change when it did not move', async () => {
    renderApp('/?month=2018-03');
    await findHeading(/Overview\s*Mar 2018/);
    const demand = card('Front door demand');
    expect(within(demand).getByText('Context only')).toBeInTheDocument();
    expect(within(demand).getByText(/^No change \(/)).toBeInTheDocument();
    expect(within(demand).queryByText(/^(Red|Amber|Green)/)).not.toBeInTheDocument();
  });

  it('applies the target in force that month when the target changes mid-series', async () => {
    // 71.4% is green against February’s 60% target but red against March’s 85%.
    renderApp('/?month=2018-03');
    await findHeading(/Overview\s*Mar 2018/);
    const icpc = card('ICPC timeliness');
    expect(within(icpc).getByText('71.4%')).toBeInTheDocument();
    expect(within(icpc).getByText('Red: below the 85% target')).toBeInTheDocument();
  });

  it('flags a percentage resting on a small denominator', async () => {
    renderApp('/?month=2018-03');
    await findHeading(/Overview/);
    expect(within(card('ICPC timeliness')).getByText(/based on 7 children/)).toBeInTheDocument();
  });

  it('says Not available once for a null month, with its reason, and no RAG', async () => {
    renderApp('/?month=2018-02');
    await findHeading(/Overview\s*Feb 2018/);
    const supervision = card('Case supervision');
    expect(within(supervision).getAllByText('Not available')).toHaveLength(1);
    expect(within(supervision).getByText(/Not reportable from the case system/)).toBeInTheDocument();
    expect(within(supervision).queryByText(/^(Red|Amber|Green)$/)).not.toBeInTheDocument();
  });

  it('compares with the previous month that has a value, across a missing month', async () => {
    // April 2018 has no snapshot: May compares with March.
    renderApp('/?month=2018-05');
    await findHeading(/Overview/);
    expect(within(card('Vacancy rate')).getByText(/\(24% → 30%\)/)).toBeInTheDocument();
  });

  it('summarises strengths and underperformance in sentences', async () => {
    renderApp('/?month=2018-05');
    await findHeading(/Overview/);
    expect(screen.getByText(item('ICPC timeliness turned green at 86% (target 85%), from red in Mar 2018.'))).toBeInTheDocument();
    expect(screen.getByText(item('Vacancy rate slipped to amber at 30% (target 25%), from green in Mar 2018.'))).toBeInTheDocument();
  });

  it('lists neither a single month’s move nor one read from too few months for SPC', async () => {
    renderApp('/?month=2018-05');
    await findHeading(/Overview/);
    const summary = screen.getByRole('region', { name: 'Summary of the month' });
    expect(within(summary).queryByText(/worsened to|improved to/)).not.toBeInTheDocument();
    expect(within(summary).queryByText(/special cause/)).not.toBeInTheDocument();
  });

  it('shows the month’s commentary as paragraphs and the workstreams’ RAG in words', async () => {
    renderApp('/?month=2018-01');
    await findHeading(/Overview\s*Jan 2018/);
    expect(screen.getByText('January was a difficult month.')).toBeInTheDocument();
    expect(screen.getByText('Demand at the front door peaked.')).toBeInTheDocument();
    const workstreams = screen.getByRole('region', { name: 'Improvement plan workstreams' });
    expect(within(workstreams).getByText('Red')).toBeInTheDocument();
    expect(within(workstreams).getByText('Amber')).toBeInTheDocument();
  });

  it('says plainly that the figures are sample data', async () => {
    renderApp('/');
    await findHeading(/Overview/);
    expect(screen.getByText(/The figures on this dashboard are illustrative/)).toBeInTheDocument();
  });
});

describe('Overview: exceptions first', () => {
  it('lists the month view’s exceptions before the summary and the cards, each with its reasons', async () => {
    const { monthView } = await import('../../src/domain/board/monthView');
    const { indicators, snapshots } = await import('../../mocks/fixtures');
    const expected = monthView({ indicators, snapshots }, '2018-03').exceptions;
    expect(expected.length).toBeGreaterThan(0);
    renderApp('/?month=2018-03');
    await findHeading(/Overview\s*Mar 2018/);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toBe('Exceptions: look at these first');
    expect(headings.indexOf('Priority indicators')).toBeGreaterThan(0);
    const list = document.querySelector('.exception-summary-list') as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((element) => within(element).getAllByRole('link')[0]!.textContent)).toEqual(expected.map(({ status }) => status.indicator.shortName ?? status.indicator.name));
    // ICPC timeliness turned red in March (71.4% against 85%).
    const icpc = items.find((element) => element.textContent?.startsWith('ICPC timeliness'))!;
    expect(icpc).toHaveTextContent('71.4%');
    expect(icpc).toHaveTextContent('Red');
    expect(icpc).toHaveTextContent('Newly red.');
    expect(screen.getByRole('link', { name: /The exceptions for Mar 2018 with their stories/ })).toHaveAttribute('href', '/exceptions/?month=2018-03');
  });
});
