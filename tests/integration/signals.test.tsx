/** @vitest-environment jsdom */
// Signals that agree, through msw: the cards, the Targets rows and the summary say why when two
// signals differ, show SPC icons only with enough months, and read a changed process as
// "recalculate".
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataHandlers } from '../../mocks/handlers';
import { fixtureFiles, indicators, snapshots } from '../../mocks/fixtures';
import type { Snapshot } from '../../src/domain/schema';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

const card = (name: string) => screen.getByRole('article', { name });
/** An element by its whole text, glossary markup inside it or not. */
const whole = (tag: string, pattern: RegExp) => (_: string, element: Element | null) => element?.tagName === tag && pattern.test(element.textContent ?? '');

/** Thirteen months, 2018-01 to 2019-01: the vacancy rate steady near 40%, then a shift down to 30%. */
function longerFolder() {
  const vacancy = [40, 41, 40, 41, 40, 41, 30, 29, 30, 29, 30, 29, 30];
  const months = vacancy.map((_, i) => (i < 12 ? `2018-${String(i + 1).padStart(2, '0')}` : '2019-01'));
  const files: Record<string, string | null> = {};
  for (const snapshot of snapshots) files[`snapshots/${snapshot.month}.json`] = null;
  months.forEach((month, i) => {
    const snapshot: Snapshot = { month, values: { WF1: vacancy[i]!, CP5: 60 + (i % 2), FD2: 60, SUP1: 50, CL1: 18 } };
    files[`snapshots/${month}.json`] = JSON.stringify(snapshot);
  });
  const withDefinition = indicators.map((indicator) =>
    indicator.id === 'WF1' ? { ...indicator, definition: 'Vacant social worker posts as a share of all funded posts.' } : indicator,
  );
  files['indicators.json'] = JSON.stringify({ indicators: withDefinition });
  return fixtureFiles(files);
}

describe('a card whose signals differ', () => {
  it('says why on the Overview card', async () => {
    renderApp('/?month=2018-03');
    await findHeading(/Overview\s*Mar 2018/);
    const vacancy = card('Vacancy rate');
    expect(within(vacancy).getByText('Green: meets the 25% target')).toBeInTheDocument();
    // England is one tap away, with the sentence saying why it differs from the status.
    const more = within(vacancy).getByText('More about this figure').closest('details')!;
    expect(within(more).getByText('England: 17% (at 30 Sep 2017). Ours is worse.')).toBeInTheDocument();
    expect(
      within(more).getByText(/Green but worse than England: our target of 25% is less demanding than England’s figure of 17%, at 30 Sep 2017\./),
    ).toBeInTheDocument();
  });

  it('says why under the row on the Targets page', async () => {
    renderApp('/targets?month=2018-03');
    await findHeading(/Targets/);
    const table = screen.getByRole('table', { name: /Indicators against target/ });
    expect(within(table).getByText(/Green but worse than England: our target of 25%/)).toBeInTheDocument();
  });

  it('says why on the indicator’s page of the meeting pack', async () => {
    const { container } = renderApp('/meeting-pack?month=2018-03');
    await findHeading(/Meeting pack/);
    const vacancy = container.querySelector('[data-indicator="WF1"]') as HTMLElement;
    expect(within(vacancy).getByText(/^Green but worse than England: our target of 25% is less demanding/)).toBeInTheDocument();
  });

  it('says nothing on a card whose signals agree', async () => {
    renderApp('/?month=2018-05');
    await findHeading(/Overview\s*May 2018/);
    expect(within(card('Front door demand')).queryByText(/ but /)).not.toBeInTheDocument();
  });
});

describe('SPC icons need enough months', () => {
  it('shows no icon and says so with fewer than 12 months', async () => {
    renderApp('/?month=2018-05');
    await findHeading(/Overview\s*May 2018/);
    const vacancy = card('Vacancy rate');
    // Four months with a figure (2018-04 has no file).
    expect(within(vacancy).getByText('Too few months for the SPC icons: 4 of the 12 needed.')).toBeInTheDocument();
    expect(within(vacancy).queryByText(/Will miss target|Will meet target|Hit and miss|Common cause/)).not.toBeInTheDocument();
  });

  it('says what a shift in the process means for the target, keeps “process changed” one tap away, and lists the special cause as a strength', async () => {
    server.use(...dataHandlers(longerFolder()));
    renderApp('/?month=2019-01');
    await findHeading(/Overview\s*Jan 2019/);
    const vacancy = card('Vacancy rate');
    expect(within(vacancy).getByText('Since July 2018 the figure has averaged 29.6%: above the 25% target, so on average it misses the target.')).toBeInTheDocument();
    const more = within(vacancy).getByText('More about this figure').closest('details')!;
    expect(within(more).getByText('Process changed')).toBeInTheDocument();
    expect(within(more).getByText('Improving')).toBeInTheDocument();
    expect(within(vacancy).queryByText(/recalculate the limits/)).not.toBeInTheDocument();
    expect(within(vacancy).queryByText('Will miss target')).not.toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary of the month' });
    expect(within(summary).getByText(whole('LI', /^Vacancy rate at 30% shows special cause variation, improving/))).toBeInTheDocument();
    // The first use of "special cause" on the page links to the glossary.
    expect(within(summary).getAllByRole('link', { name: 'special cause' })[0]).toHaveAttribute('href', '/help/glossary/#special-cause');
    // ICPC timeliness wobbles 60, 61: a move inside common cause is no significant change, quiet, and not in the summary.
    expect(within(card('ICPC timeliness')).getByText('No significant change (61% → 60%)')).toHaveClass('direction-quiet');
    expect(within(summary).queryByText(/^ICPC timeliness (improved|worsened)/)).not.toBeInTheDocument();
  });

  it('shows what each card measures, from the indicator’s definition', async () => {
    server.use(...dataHandlers(longerFolder()));
    renderApp('/?month=2019-01');
    await findHeading(/Overview\s*Jan 2019/);
    const vacancy = card('Vacancy rate');
    expect(within(vacancy).getByText('More about this figure')).toBeInTheDocument();
    expect(within(vacancy).getByText('Vacant social worker posts as a share of all funded posts.')).toBeInTheDocument();
  });
});

describe('the glossary', () => {
  it('is in the navigation and explains every term, each with its own anchor', async () => {
    renderApp('/help/glossary');
    await findHeading('Glossary');
    expect(screen.getByRole('navigation', { name: 'Main' })).toContainElement(screen.getByRole('link', { name: 'Glossary' }));
    expect(screen.getByText(/The first meeting of professionals and the family/).closest('div')).toHaveAttribute('id', 'icpc');
    expect(screen.getByText('Hit and miss')).toBeInTheDocument();
  });

  it('marks the first use of a term on the Overview with <abbr title>', async () => {
    const { container } = renderApp('/?month=2018-05');
    await findHeading(/Overview/);
    const abbrs = [...container.querySelectorAll('abbr')].filter((abbr) => abbr.textContent === 'ICPC');
    expect(abbrs).toHaveLength(1);
    expect(abbrs[0]).toHaveAttribute('title', 'Initial child protection conference');
  });
});
