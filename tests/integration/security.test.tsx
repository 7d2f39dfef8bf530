/** @vitest-environment jsdom */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataHandlers } from '../../mocks/handlers';
import { fixtureFiles, indicators, site, snapshots, workstreams, events } from '../../mocks/fixtures';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

const ATTACK = '<img src=x onerror="window.__attacked=1"><script>window.__attacked=2</script>';

/** The fixture folder with the attack string in every text field an officer can write. */
function hostileFiles() {
  const text = (value: string) => `${value} ${ATTACK}`;
  return fixtureFiles({
    'site.json': JSON.stringify({ ...site, organisation: text(site.organisation), title: text(site.title), board: text(site.board) }),
    'indicators.json': JSON.stringify({
      indicators: indicators.map((indicator) => ({
        ...indicator,
        name: text(indicator.name),
        shortName: text(indicator.shortName ?? indicator.id),
        area: text(indicator.area),
        definition: text('Definition'),
        benchmarks: (indicator.benchmarks ?? []).map((benchmark) => ({ ...benchmark, label: text(benchmark.label), source: text('DfE') })),
      })),
    }),
    'workstreams.json': JSON.stringify({ workstreams: workstreams.map((workstream) => ({ ...workstream, name: text(workstream.name), sro: text(workstream.sro) })) }),
    'events.json': JSON.stringify({ events: events.map((event) => ({ ...event, label: text(event.label) })) }),
    ...Object.fromEntries(
      snapshots.map((snapshot) => [
        `snapshots/${snapshot.month}.json`,
        JSON.stringify({
          ...snapshot,
          commentary: text('Commentary'),
          values: { ...snapshot.values, WF1: { value: 30, note: text('Note') } },
          workstreams: { practice: { rag: 'green', status: text('Status'), highlights: [text('Highlight')], risks: [text('Risk')] } },
          surveys: (snapshot.surveys ?? []).map((survey) => ({ ...survey, name: text(survey.name), statements: (survey.statements ?? []).map((statement) => ({ ...statement, text: text(statement.text) })) })),
        }),
      ]),
    ),
  });
}

afterEach(() => {
  delete (window as { __attacked?: number }).__attacked;
});

describe('text from the data is never rendered as HTML', () => {
  it.each(['/', '/indicator/WF1', '/indicator/CP5', '/targets', '/workstreams', '/surveys?month=2018-05', '/data-files/'])('on %s', async (path) => {
    server.use(...dataHandlers(hostileFiles()));
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const { container } = renderApp(path);
    await findHeading(/./);
    // The attack shows as the text it is...
    expect(screen.getAllByText(/<img src=x onerror=/).length).toBeGreaterThan(0);
    // ...and nothing of it became an element or ran.
    expect(container.querySelector('img[src="x"], script')).toBeNull();
    expect((window as { __attacked?: number }).__attacked).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
  });
});
