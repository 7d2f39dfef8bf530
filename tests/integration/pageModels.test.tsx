/** @vitest-environment jsdom */
// Every page model of every sample month against the page as drawn from it: each page is drawn to
// HTML (as the build draws it) from the sample publication (data/), and every word of its model
// must be on it, each table cell in its own table, row and column. A page that drops, misplaces or
// rewords anything its model says fails here, naming the page, the table and the cell. Build a
// month from Annex A is drawn for the sample extract (docs/annex-a-sample/) as its worker counts it.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Route, Router } from 'wouter';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/dataFolder';
import { publicationOf } from '../../mocks/handlers';
import { countAnnexA } from '../../src/data/annexACountJob';
import { DatasetContext, PublishedModelContext } from '../../src/data/datasetContext';
import { pageModelFiles } from '../../scripts/lib/pageModelFiles';
import { pageModelFile, type PageModelFile } from '../../src/domain/contract/pageModelFile';
import { snapshotMonths } from '../../src/domain/board/monthView';
import { cellWords, type TableModel, type TableRow } from '../../src/domain/present/table';
import { helpMeasuresTable, problemAdviceTable } from '../../src/domain/present/annexAHelp';
import { annexAPageModel } from '../../src/domain/present/pages/buildFromAnnexA';
import { changesModel } from '../../src/domain/present/pages/changes';
import { compareModel } from '../../src/domain/present/pages/compare';
import { exceptionsModel } from '../../src/domain/present/pages/exceptions';
import { glossaryModel } from '../../src/domain/present/pages/glossary';
import { indicatorModel } from '../../src/domain/present/pages/indicator';
import { meetingPackModel } from '../../src/domain/present/pages/meetingPack';
import { overviewModel } from '../../src/domain/present/pages/overview';
import { surveysModel } from '../../src/domain/present/pages/surveys';
import { targetsModel } from '../../src/domain/present/pages/targets';
import { workstreamsModel } from '../../src/domain/present/pages/workstreams';
import { CountedMonth } from '../../src/features/annex-a/CountedMonth';
import { ChangesPage } from '../../src/features/changes/ChangesPage';
import { ComparePage } from '../../src/features/compare/ComparePage';
import { ExceptionsPage } from '../../src/features/exceptions/ExceptionsPage';
import { AnnexAHelpPage } from '../../src/features/help/AnnexAHelpPage';
import { GlossaryPage } from '../../src/features/help/GlossaryPage';
import { IndicatorPage } from '../../src/features/indicator/IndicatorPage';
import { MeetingPackPage } from '../../src/features/meeting-pack/MeetingPackPage';
import { OverviewPage } from '../../src/features/overview/OverviewPage';
import { SurveysPage } from '../../src/features/surveys/SurveysPage';
import { TargetsPage } from '../../src/features/targets/TargetsPage';
import { WorkstreamsPage } from '../../src/features/workstreams/WorkstreamsPage';

const { bytes } = checkFolder('data');
const publication = publicationOf(bytes);
const dataset = publication.dataset;
const months = snapshotMonths(dataset.snapshots);
const info = { id: publication.id, published: publication.published, file: `publications/${publication.id}.json`, current: true };

/** The Overview's models as the build writes them beside the publication: the page draws from these. */
const modelFiles = pageModelFiles(publication);
const overviewFile = (month: string) => JSON.parse(modelFiles.get(pageModelFile(publication.id, 'overview', month))!) as PageModelFile;

/** The page at an address, drawn to HTML as the build draws it (from its model file, when it has one), in a detached element. */
function draw(path: string, search: string, page: ReactElement, model?: PageModelFile): HTMLElement {
  const html = renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <Router ssrPath={path} ssrSearch={search}>
        <DatasetContext.Provider value={{ dataset, publication: info, previewing: false }}>
          <PublishedModelContext.Provider value={model}>{page}</PublishedModelContext.Provider>
        </DatasetContext.Provider>
      </Router>
    </QueryClientProvider>,
  );
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Everything a reader can be told on the page: its text, and the names and tooltips it gives. */
function said(root: HTMLElement): string {
  const attributes = [...root.querySelectorAll('[aria-label], [title]')].flatMap((element) => [element.getAttribute('aria-label') ?? '', element.getAttribute('title') ?? '']);
  return squash(`${root.textContent} ${attributes.join(' ')}`);
}

const isTable = (value: unknown): value is TableModel => typeof value === 'object' && value !== null && 'caption' in value && 'columns' in value && 'rows' in value;

/** Keys whose values are not words on the page: addresses, ids, codes, numbers for charts and sorting, the CSV's own values. */
const NOT_WORDS = new Set(['href', 'id', 'key', 'month', 'months', 'from', 'to', 'tone', 'direction', 'level', 'icon', 'variation', 'assurance', 'csv', 'sort', 'fileName', 'testId', 'kind', 'headingId', 'summaryId', 'chart', 'multiples', 'sparkline', 'entry', 'value', 'pageName', 'publication', 'footer']);

/** Every word of a model outside its tables, and its tables, in the order the model gives them. */
function wordsOf(model: unknown, words: string[] = [], tables: TableModel[] = []): { words: string[]; tables: TableModel[] } {
  if (typeof model === 'string') {
    if (squash(model)) words.push(squash(model));
  } else if (Array.isArray(model)) {
    for (const item of model) wordsOf(item, words, tables);
  } else if (isTable(model)) {
    tables.push(model);
  } else if (typeof model === 'object' && model !== null) {
    for (const [key, value] of Object.entries(model)) {
      // A pack part's target is its heading's id; a filter option's value is the address's.
      if (NOT_WORDS.has(key) || (key === 'target' && typeof value === 'string' && 'reference' in model)) continue;
      wordsOf(value, words, tables);
    }
  }
  return { words, tables };
}

function bodyRows(section: Element | null): Element[] {
  return [...(section?.children ?? [])].filter((row) => !row.classList.contains('note-row') && !row.classList.contains('reconcile-row'));
}

function checkRows(where: string, rows: readonly TableRow[], drawn: Element[], table: TableModel) {
  expect(drawn.length, `${where}: rows`).toBe(rows.length);
  rows.forEach((row, index) => {
    const cells = [...drawn[index]!.children];
    if (row.across !== undefined) {
      expect(squash(drawn[index]!.textContent), `${where}, row ${row.key}`).toContain(squash(row.across));
      return;
    }
    table.columns.forEach((column, at) => {
      const text = squash(cells[at]?.textContent);
      for (const word of cellWords(row.cells[column.key] ?? { text: '' })) expect(text, `${where}, row ${row.key}, column ${column.label}`).toContain(squash(word));
      if (column.rowHeader) expect(cells[at]?.tagName, `${where}, row ${row.key}: the row header`).toBe('TH');
    });
    if (row.note) expect(squash(drawn[index]!.nextElementSibling?.textContent), `${where}, the note under row ${row.key}`).toContain(squash(row.note.text));
  });
}

function checkTable(root: HTMLElement, page: string, table: TableModel) {
  const where = `${page}: “${table.caption}”`;
  const element = [...root.querySelectorAll('table')].find((candidate) => squash(candidate.querySelector('caption')?.textContent) === squash(table.caption));
  expect(element, `${where} is drawn`).toBeDefined();
  const headers = [...element!.querySelectorAll('thead th')].map((header) => squash(header.textContent));
  expect(headers.length, `${where}: columns`).toBe(table.columns.length);
  table.columns.forEach((column, index) => expect(headers[index], `${where}: column ${index + 1}`).toContain(squash(column.label)));
  checkRows(where, table.rows, bodyRows(element!.querySelector('tbody')), table);
  if (table.footer) checkRows(`${where} (footer)`, table.footer, bodyRows(element!.querySelector('tfoot')), table);
}

/** The page shows every word of its model, and every table of it cell by cell. */
function expectShows(page: string, root: HTMLElement, model: unknown) {
  const text = said(root);
  const { words, tables } = wordsOf(model);
  for (const word of words) expect(text, `${page}: “${word}”`).toContain(word);
  for (const table of tables) checkTable(root, page, table);
}

describe('every page model of every sample month is what its page shows', () => {
  it('has a sample publication to walk', () => {
    expect(months.length).toBeGreaterThan(12);
  });

  it.each(months)('Overview, Targets, Exceptions, Workstreams, Surveys and Compare, %s', (month) => {
    const search = `month=${month}`;
    expectShows(`Overview ${month}`, draw('/', search, <OverviewPage />, overviewFile(month)), overviewModel(dataset, month));
    expectShows(`Targets ${month}`, draw('/targets/', search, <TargetsPage />), targetsModel(dataset, month));
    expectShows(`Exceptions ${month}`, draw('/exceptions/', search, <ExceptionsPage />), exceptionsModel(dataset, month));
    expectShows(`Workstreams ${month}`, draw('/workstreams/', search, <WorkstreamsPage />), workstreamsModel(dataset, month));
    expectShows(`Surveys ${month}`, draw('/surveys/', search, <SurveysPage />), surveysModel(dataset, month));
    expectShows(`Compare ${month}`, draw('/compare/', search, <ComparePage />), compareModel(dataset, month));
  });

  it.each(months)('the meeting pack, %s', (month) => {
    expectShows(`Meeting pack ${month}`, draw('/meeting-pack/', `month=${month}`, <MeetingPackPage />), meetingPackModel(dataset, month, { publication: info }));
  });

  it.each(months)('every indicator’s page, %s', (month) => {
    for (const indicator of dataset.indicators) {
      const path = `/indicator/${indicator.id}/`;
      const page = <Route path="/indicator/:id/" component={IndicatorPage} />;
      expectShows(`${indicator.id} ${month}`, draw(path, `month=${month}`, page), indicatorModel(dataset, month, { id: indicator.id }));
      if (month === months.at(-1)) expectShows(`${indicator.id} ${month}, SPC`, draw(path, `month=${month}&view=spc`, page), indicatorModel(dataset, month, { id: indicator.id, view: 'spc' }));
    }
  });

  it.each(months.slice(1))('Changes from the first month to %s', (month) => {
    const search = `from=${months[0]}&to=${month}`;
    expectShows(`Changes to ${month}`, draw('/changes/', search, <ChangesPage />), changesModel(dataset, undefined, { from: months[0], to: month }));
  });

  it('the Glossary', () => {
    expectShows('Glossary', draw('/help/glossary/', '', <GlossaryPage />), glossaryModel());
  });

  it('how a month is built from Annex A', () => {
    expectShows('Annex A help', draw('/help/annex-a/', '', <AnnexAHelpPage />), { measures: helpMeasuresTable(), problems: problemAdviceTable() });
  });

  // The sample extract counted for the month after the sample's latest, and for the latest itself
  // (whose published figures the extract would change: kept, and said so).
  it.each([months.at(-1)!, '2019-04'])('Build a month from Annex A, the sample extract counted for %s', (month) => {
    const bytes = (path: string) => ({ name: path.split('/').at(-1)!, bytes: new Uint8Array(readFileSync(path)) });
    const result = countAnnexA(
      { month, extract: [bytes('docs/annex-a-sample/annex-a-2019-04.xlsx')], staff: bytes('docs/annex-a-sample/staff-2019-04.csv'), calendar: new Uint8Array(readFileSync('data/calendar.json')) },
      () => {},
    );
    if (result.kind !== 'counted') throw new Error(`The sample extract was not counted: ${result.file}: ${result.detail}`);
    const existing = dataset.snapshots.find((snapshot) => snapshot.month === month);
    // The month's file the model makes is what Prepare a month is handed, not words on this page.
    const { snapshot, ...model } = annexAPageModel(result.count, dataset.indicators, existing, false, result.calendar);
    expect(snapshot.month).toBe(month);
    expect(model.problems.rows.length, 'the sample has records that cannot be counted').toBeGreaterThan(0);
    if (existing) expect(model.kept.length, 'figures the extract would change').toBeGreaterThan(0);
    expectShows(`Build a month from Annex A, ${month}`, draw('/build-from-annex-a/', '', <CountedMonth count={result.count} calendar={result.calendar} />), model);
  });
});
