/** @vitest-environment jsdom */
// The Overview's first load reads its model as written at publication (src/data/pageModelFiles.ts),
// not the publication; with no model there (or one that is not the one asked for) it works the
// model out from the publication, the same page either way.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataHandlers, publicationOf } from '../../mocks/handlers';
import { fixtureFiles } from '../../mocks/fixtures';
import { pageModelFile } from '../../src/domain/contract/pageModelFile';
import { publicationFile } from '../../src/domain/contract/publication';
import { findHeading, renderApp, server, useMswServer } from './renderApp';

useMswServer();

const id = publicationOf(fixtureFiles()).id;

/** The data folder's paths the page asked for, in order. */
function requestedPaths(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => paths.push(new URL(request.url).pathname.replace(/^.*?\/data\//, '')));
  return paths;
}

describe('the Overview read from its model written at publication', () => {
  it('reads the pointer and the latest month’s model, never the publication', async () => {
    const paths = requestedPaths();
    // The publication answering 500: the Overview never asks for it.
    server.use(...dataHandlers(fixtureFiles(), { [publicationFile(id)]: 500 }));
    renderApp('/');
    await findHeading(/Overview\s*May 2018/);
    expect(within(screen.getByRole('article', { name: 'ICPC timeliness' })).getByText('86%')).toBeInTheDocument();
    expect(paths).toEqual(['current.json', pageModelFile(id, 'overview')]);
  });

  it('reads the model of the month the address asks for', async () => {
    const paths = requestedPaths();
    renderApp('/?month=2018-03');
    await findHeading(/Overview\s*Mar 2018/);
    expect(paths).toEqual(['current.json', pageModelFile(id, 'overview', '2018-03')]);
  });

  it('a month with no figures: the latest month’s model, and the month picker says so', async () => {
    renderApp('/?month=2016-01');
    await findHeading(/Overview\s*May 2018/);
    expect(screen.getByRole('status')).toHaveTextContent(/Jan 2016|January 2016/);
  });

  it.each([
    ['missing', 404],
    ['not JSON', 'garbage'],
  ] as const)('the model %s: the Overview is worked out from the publication, the same page', async (_, fault) => {
    const paths = requestedPaths();
    server.use(...dataHandlers(fixtureFiles(), { [pageModelFile(id, 'overview')]: fault }));
    renderApp('/');
    await findHeading(/Overview\s*May 2018/);
    expect(await screen.findByRole('article', { name: 'ICPC timeliness' }, { timeout: 12_000 })).toHaveTextContent('86%');
    expect(paths).toContain(publicationFile(id));
  });
});
