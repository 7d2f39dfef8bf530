/** @vitest-environment jsdom */
// The meeting pack as a committee paper, as a reader sees it on screen (its print layout and the
// contents' page numbers are checked in the browser, tests/e2e/meetingPack.e2e.ts): the cover's
// meeting, agenda item, author and contact; the contents linked to each part; every indicator at
// a glance; the exceptions with their stories; the changes since the previous pack; questions,
// the suggested ones marked; the terms used, marked where first used.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../mocks/handlers';
import { fixtureFiles, site } from '../../mocks/fixtures';
import { planFixtureFiles } from '../../mocks/planFixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

const section = (name: string | RegExp) => screen.getByRole('region', { name });
const rowFor = (table: HTMLElement, name: RegExp) => within(table).getByRole('row', { name });

describe('Meeting pack as a committee paper', () => {
  it('puts the meeting, agenda item, author and contact from site.json on the cover', async () => {
    const pack = { meeting: 'Scrutiny and Overview Committee, 23 January 2018', agendaItem: 'Item 6', author: 'Head of Performance, Children’s Services', contact: 'performance@testshire.example' };
    server.use(...dataHandlers(fixtureFiles({ 'site.json': JSON.stringify({ ...site, pack }) })));
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack\s*May 2018/);
    const cover = section('Performance report: May 2018');
    expect(within(cover).getByText('Scrutiny and Overview Committee, 23 January 2018')).toBeInTheDocument();
    expect(within(cover).getByText('Agenda item').nextElementSibling).toHaveTextContent('Item 6');
    expect(within(cover).getByText('Report author').nextElementSibling).toHaveTextContent('Head of Performance, Children’s Services');
    expect(within(cover).getByText('Contact').nextElementSibling).toHaveTextContent('performance@testshire.example');
  });

  it('leaves the cover’s meeting, agenda item, author and contact off when site.json has none', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack\s*May 2018/);
    const cover = section('Performance report: May 2018');
    for (const label of ['Agenda item', 'Report author', 'Contact']) expect(within(cover).queryByText(label)).not.toBeInTheDocument();
    expect(within(cover).getByText('Month reported')).toBeInTheDocument();
  });

  it('lists every part in the contents, each linked to its heading, which the link moves focus to', async () => {
    const user = userEvent.setup();
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const contents = screen.getByRole('table', { name: 'Contents' });
    const titles = within(contents).getAllByRole('link').map((link) => link.textContent);
    expect(titles).toEqual([
      'At a glance: every indicator', 'Summary: strengths, underperformance and commentary', 'Exceptions, with their stories', 'Changes since the previous pack', 'Questions for the committee',
      'ICPC timeliness', 'Vacancy rate', 'Front door demand', 'Case supervision', 'Improvement plan workstreams', 'Staff survey', 'Terms used in this pack',
    ]);
    expect(rowFor(contents, /Exceptions · May 2018/)).toHaveTextContent('Exceptions, with their stories');
    // The link is to this page's own address, not the site's root (the page has a <base href>).
    const glance = within(contents).getByRole('link', { name: 'At a glance: every indicator' });
    expect(glance.getAttribute('href')).toMatch(/\/meeting-pack\/?\?month=2018-05#pack-glance-heading$/);
    await user.click(within(contents).getByRole('link', { name: 'Case supervision' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Case supervision' })).toHaveFocus();
  });

  it('gives no page numbers where it cannot lay itself out for print, rather than wrong ones', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const contents = screen.getByRole('table', { name: 'Contents' });
    for (const cell of within(contents).getAllByRole('cell').filter((candidate) => candidate.classList.contains('pack-contents-page'))) expect(cell).toBeEmptyDOMElement();
  });

  it('has every indicator at a glance, not only the priority ones, with RAG and change in words and England', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const glance = within(section('At a glance: every indicator')).getByRole('table', { name: 'Every indicator at a glance, May 2018' });
    expect(within(glance).getAllByRole('row')).toHaveLength(6);
    expect(rowFor(glance, /^CP5\b.*priority.*ICPC timeliness/)).toHaveTextContent(/86%.*Green.*85%.*Up.*76\.9% \(2017-18\)/);
    expect(rowFor(glance, /^CL1 Average caseload/)).toHaveTextContent(/16.*Amber.*15.*Down/);
    expect(rowFor(glance, /^FD2/)).toHaveTextContent(/Context only.*None/);
    // Without the plan's fields, no trajectory or year to date.
    expect(within(glance).queryByRole('columnheader', { name: 'Trajectory' })).not.toBeInTheDocument();
  });

  it('adds the trajectory and the year to date to the glance when the folder uses the plan’s fields', async () => {
    server.use(...dataHandlers(planFixtureFiles()));
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const glance = screen.getByRole('table', { name: 'Every indicator at a glance, May 2018' });
    expect(within(glance).getByRole('columnheader', { name: 'Trajectory' })).toBeInTheDocument();
    expect(within(glance).getByRole('columnheader', { name: 'Year to date' })).toBeInTheDocument();
    expect(rowFor(glance, /^CP5/)).toHaveTextContent('On trajectory');
    expect(rowFor(glance, /^WF1/)).toHaveTextContent(/Behind trajectory.*30%.*2018-19, 1 month/);
  });

  it('lists the exceptions with their reasons in words, and each one’s story and owner', async () => {
    server.use(...dataHandlers(planFixtureFiles()));
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const exceptions = section('Exceptions: the indicators to look at first');
    const supervision = within(exceptions).getByRole('heading', { level: 3, name: /SUP1 Case supervision: 48%/ }).closest('li')!;
    expect(supervision).toHaveTextContent('Red');
    expect(within(supervision).getByText(/Why it is here:/).parentElement).toHaveTextContent(/Red for \d+ months; Poor quality\./);
    expect(within(supervision).getByText('What the figure shows').nextElementSibling).toHaveTextContent('Supervision recorded in time is far below target');
    expect(within(supervision).getByText('Owner: Principal Social Worker')).toBeInTheDocument();
  });

  it('says what changed since the previous pack, three reporting months before: RAG changes and target changes in words', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const changes = section('Changes since the previous pack');
    expect(changes).toHaveTextContent('From Jan 2018 (three reporting months before');
    const lists = within(changes).getAllByRole('list');
    expect(within(lists[0]!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['CP5 ICPC timeliness: Red to Green', 'WF1 Vacancy rate: Red to Amber', 'CL1 Average caseload: Red to Amber']);
    expect(within(lists[1]!).getByRole('listitem')).toHaveTextContent('ICPC timeliness: target changed from 60% to 85% in Mar 2018.');
  });

  it('says there is no earlier pack for the first month', async () => {
    renderApp('/meeting-pack?month=2018-01');
    await findHeading(/Meeting pack\s*Jan 2018/);
    expect(section('Changes since the previous pack')).toHaveTextContent('Jan 2018 is the first month with figures: there is no earlier pack to compare with.');
  });

  it('gives the officer’s questions, then the suggested ones, each marked Suggested', async () => {
    server.use(...dataHandlers(planFixtureFiles()));
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const questions = section('Questions for the committee');
    const [officer, suggested] = within(questions).getAllByRole('list');
    expect(within(officer!).getByRole('listitem')).toHaveTextContent('Case supervision: When will supervision be recorded reliably?');
    expect(within(officer!).queryByText('Suggested')).not.toBeInTheDocument();
    const items = within(suggested!).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent(/^Suggested /);
    expect(items.map((item) => item.textContent)).toContainEqual(expect.stringMatching(/^Suggested Case supervision has been red for \w+ months/));
  });

  it('marks the first use of each glossary term and explains the terms used at the end', async () => {
    renderApp('/meeting-pack?month=2018-05');
    await findHeading(/Meeting pack/);
    const glance = screen.getByRole('table', { name: 'Every indicator at a glance, May 2018' });
    const icpc = within(glance).getByRole('link', { name: 'ICPC' });
    expect(icpc.querySelector('abbr')).toHaveAttribute('title', 'Initial child protection conference');
    expect(icpc.getAttribute('href')).toMatch(/#pack-glossary-icpc$/);
    // Only the first use: the exceptions and questions name ICPC timeliness again, unmarked.
    expect(screen.getAllByRole('link', { name: 'ICPC' })).toHaveLength(1);
    const terms = section('Terms used in this pack');
    expect(within(terms).getByText('ICPC: Initial child protection conference')).toBeInTheDocument();
    expect(within(terms).getByText('SRO: Senior responsible owner')).toBeInTheDocument();
    expect(within(terms).queryByText(/^ASYE/)).not.toBeInTheDocument();
  });
});
