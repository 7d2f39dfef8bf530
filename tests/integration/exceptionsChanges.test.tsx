/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { monthView } from '../../src/domain/board/monthView';
import { changesBetween } from '../../src/domain/board/changes';
import { indicators, snapshots } from '../../mocks/fixtures';
import { dataHandlers } from '../../mocks/handlers';
import { planFixtureFiles } from '../../mocks/planFixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

describe('Exceptions page', () => {
  it('lists an indicator that turned red as newly red, with its figure and RAG in words', async () => {
    // ICPC timeliness: 55% in February (amber against 60%, amber from 50%), 71.4% in March against 85%: red.
    renderApp('/exceptions?month=2018-03');
    await findHeading(/Exceptions\s*Mar 2018/);
    const item = screen.getByRole('link', { name: 'ICPC timeliness' }).closest('li')!;
    expect(within(item).getByText('71.4%')).toBeInTheDocument();
    expect(within(item).getByText('Red')).toBeInTheDocument();
    expect(within(item).getByRole('list', { name: /Why ICPC timeliness/ })).toHaveTextContent('Newly red');
  });

  it('lists exactly the month view’s exceptions, in its order', async () => {
    const expected = monthView({ indicators, snapshots }, '2018-05').exceptions;
    expect(expected.length).toBeGreaterThan(0);
    renderApp('/exceptions?month=2018-05');
    await findHeading(/Exceptions\s*May 2018/);
    const list = document.querySelector('.exception-list')!;
    const shown = within(list as HTMLElement).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(shown).toEqual(expected.map(({ status }) => status.indicator.shortName ?? status.indicator.name));
  });
});

describe('Changes page', () => {
  it('shows the RAG changes between the two months in the address, and every month between in the grid', async () => {
    const expected = changesBetween({ indicators, snapshots }, '2018-01', '2018-05');
    renderApp('/changes?from=2018-01&to=2018-05');
    await findHeading(/Changes since the last meeting/);
    const grid = screen.getByRole('table', { name: /Figures and RAG, Jan 2018 to May 2018/ });
    const headers = within(grid).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Indicator', 'Jan 2018', 'Feb 2018', 'Mar 2018', 'May 2018', 'RAG change']);
    const list = screen.getByRole('heading', { name: 'RAG changes' }).nextElementSibling!;
    expect(within(list as HTMLElement).queryAllByRole('listitem')).toHaveLength(expected.rag.length);
    expect(expected.rag.length).toBeGreaterThan(0);
  });

  it('falls back to the latest months, saying why, when the months are out of order; and follows a new choice', async () => {
    renderApp('/changes?from=2018-05&to=2018-01');
    await findHeading(/Changes since the last meeting/);
    expect(screen.getByRole('status')).toHaveTextContent(/must come before/);
    await userEvent.selectOptions(screen.getByLabelText('From'), '2018-02');
    await userEvent.selectOptions(screen.getByLabelText('To'), '2018-03');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('table', { name: /Figures and RAG, Feb 2018 to Mar 2018/ })).toBeInTheDocument();
  });
});

describe('Questions for scrutiny', () => {
  it('suggests a question for each exception, marked as suggested', async () => {
    renderApp('/exceptions?month=2018-03');
    await findHeading(/Exceptions\s*Mar 2018/);
    const list = screen.getByRole('heading', { name: 'Questions for scrutiny' }).parentElement!.querySelector('.question-list')!;
    const items = within(list as HTMLElement).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.textContent?.startsWith('Suggested'))).toBe(true);
    expect(items.map((item) => item.textContent).join(' ')).toMatch(/ICPC timeliness is red this month \(71\.4% against a target of 85%\)/);
  });
});

describe('Exceptions with the plan’s fields', () => {
  it('lists poor-quality and behind-trajectory figures, and the officer’s own questions apart from the suggested ones', async () => {
    server.use(...dataHandlers(planFixtureFiles()));
    renderApp('/exceptions?month=2018-05');
    await findHeading(/Exceptions\s*May 2018/);
    // Case supervision: 48%, marked poor quality in May 2018.
    const supervision = screen.getByRole('link', { name: 'Case supervision' }).closest('li')!;
    expect(within(supervision).getByRole('list', { name: /Why Case supervision/ })).toHaveTextContent('Poor quality');
    const officer = screen.getByText(/Key lines of enquiry from the scrutiny officer/).nextElementSibling as HTMLElement;
    expect(within(officer).getByRole('listitem')).toHaveTextContent('Case supervision: When will supervision be recorded reliably?');
    expect(within(officer).queryByText('Suggested')).not.toBeInTheDocument();
  });
});

describe('Exceptions page: the story and the owner', () => {
  it('shows each exception’s narrative under its headings, and who answers for it', async () => {
    server.use(...dataHandlers(planFixtureFiles()));
    renderApp('/exceptions?month=2018-05');
    await findHeading(/Exceptions\s*May 2018/);
    const supervision = screen.getByRole('heading', { level: 2, name: 'Case supervision' }).closest('li')!;
    expect(within(supervision).getByRole('list', { name: /Why/ })).toHaveTextContent('Poor quality');
    expect(within(supervision).getByText('Supervision is held but not recorded on the case system')).toBeInTheDocument();
    expect(within(supervision).getByText('Owner: Principal Social Worker')).toBeInTheDocument();
  });
});
