// The layer rules (docs/architecture.md) as a test: every import of every file in src/, scripts/,
// mocks/ and tests/ (layers/imports.ts reads them with Vite's own parser) is held against the one
// table of rules in layers/rules.ts; the import graph has no cycle; and the diagram of the rooms
// in docs/architecture.md draws exactly the imports between them. A failure names the file, the
// line, the import and the rule it breaks, or the files of the cycle, or the arrows that differ.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, roomEdges, roomOf } from './layers/graph';
import { repoRoot, sourceFiles } from './layers/imports';
import { breaches, describeBreach, GROUND_FLOOR } from './layers/rules';

const read = (file: string) => ({ file, text: readFileSync(path.join(repoRoot, file), 'utf8') });

/** The arrows of the rooms' diagram in docs/architecture.md: the Mermaid block after "## The rooms". */
function diagramEdges(): Set<string> {
  const doc = readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## The rooms'));
  const block = /```mermaid\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return new Set([...block.matchAll(/^\s*(\w+)\s*-->\s*(\w+)\s*$/gm)].map((match) => `${match[1]} --> ${match[2]}`));
}

describe('the layer rules', () => {
  const files = ['src', 'scripts', 'mocks', 'tests'].flatMap(sourceFiles).map(read);

  it('reads every source file of src/, scripts/, mocks/ and tests/', () => {
    expect(files.filter(({ file }) => file.startsWith('src/domain/')).length).toBeGreaterThan(20);
    expect(files.map(({ file }) => file)).toContain('tests/unit/layers.test.ts');
  });

  it('hold for every import of every file', () => {
    const result = breaches(files);
    expect(result.errors).toEqual([]);
    expect(result.breaches.map(describeBreach).join('\n')).toBe('');
  });

  it('leave no import cycle', () => {
    const cycles = importCycles(importGraph(files));
    expect(cycles.map((cycle) => cycle.join(' → ')).join('\n')).toBe('');
  });

  it('are drawn in docs/architecture.md: its diagram of the rooms has exactly the imports between them', () => {
    const actual = roomEdges(importGraph(files), GROUND_FLOOR);
    const drawn = diagramEdges();
    expect(drawn.size).toBeGreaterThan(5);
    expect({ missingFromDiagram: [...actual].filter((edge) => !drawn.has(edge)).sort(), notImported: [...drawn].filter((edge) => !actual.has(edge)).sort() }).toEqual({
      missingFromDiagram: [],
      notImported: [],
    });
  });
});

describe('the layer test itself catches each kind of breach', () => {
  const check = (file: string, text: string) => breaches([{ file, text }]).breaches.map(describeBreach);

  it('the domain importing React, a chart library, Node, or anything outside src/domain', () => {
    expect(check('src/domain/board/rag.ts', "import { useMemo } from 'react';")).toEqual([
      expect.stringMatching(/^src\/domain\/board\/rag\.ts:1 imports 'react': the domain imports only/),
    ]);
    expect(check('src/domain/present/x.ts', "\n\nexport { LineChart } from 'recharts';")[0]).toMatch(/^src\/domain\/present\/x\.ts:3 imports 'recharts'/);
    expect(check('src/domain/board/x.ts', "const fs = await import('node:fs');")).toHaveLength(1);
    expect(check('src/domain/board/x.ts', "import type { Q } from '@tanstack/react-query';")).toHaveLength(1);
    expect(check('src/domain/board/x.ts', "type T = import('../../data/useDataset').T;")).toHaveLength(1);
    expect(check('src/domain/board/x.ts', "import { x } from '../../components/RagTag';")).toHaveLength(1);
    // Allowed: its own packages (with subpaths) and the domain's own files.
    // date-fns is a dev dependency: only the months test holds months.ts's tables to it.
    expect(check('src/domain/months.ts', "import { format } from 'date-fns';")[0]).toMatch(/^src\/domain\/months\.ts:1 imports 'date-fns': the domain imports only/);
    expect(check('src/domain/board/x.ts', "import { z } from 'zod/mini';\nimport type { Indicator } from '../schema';")).toEqual([]);
  });

  it('the domain reading fetch, window or document', () => {
    expect(check('src/domain/board/x.ts', 'export const get = () => fetch("data/x.json");')).toEqual([
      expect.stringMatching(/^src\/domain\/board\/x\.ts:1 uses the global 'fetch'/),
    ]);
    expect(check('src/domain/board/x.ts', 'export const w = window.innerWidth;')).toHaveLength(1);
    // A property or key of that name is not the global, nor is a variable the file declares.
    expect(check('src/domain/board/x.ts', 'export const f = (o: { document: string }) => o.document;')).toEqual([]);
    expect(check('src/domain/board/x.ts', 'const window = [1, 2];\nexport const n = window.length;')).toEqual([]);
    expect(check('src/domain/board/x.ts', 'export const n = (window: number[]) => window.length;')).toEqual([]);
  });

  it('contract/ and board/ reading each other or present/; the ground floor reading a room', () => {
    expect(check('src/domain/contract/checks.ts', "import { ragFor } from '../board/rag';")[0]).toMatch(/contract\/ shares only the ground floor/);
    expect(check('src/domain/board/rag.ts', "import type { Dataset } from '../contract/checks';")[0]).toMatch(/board\/ shares only the ground floor/);
    expect(check('src/domain/board/rag.ts', "import { rows } from '../present/trendData';")).toHaveLength(1);
    expect(check('src/domain/schema.ts', "import { ragFor } from './board/rag';")[0]).toMatch(/ground floor/);
    expect(check('src/domain/present/trendData.ts', "import { ragFor } from '../board/rag';\nimport { formatValue } from '../format';")).toEqual([]);
  });

  it('records/ reading board/, present/, the rest of contract/ or a package', () => {
    expect(check('src/domain/records/caseload.ts', "import { ragFor } from '../board/rag';")[0]).toMatch(/records\/ \(counting a month from Annex A\) imports only/);
    expect(check('src/domain/records/caseload.ts', "import { checkDataset } from '../contract/dataset';")).toHaveLength(1);
    expect(check('src/domain/records/caseload.ts', "import Papa from 'papaparse';")).toHaveLength(1);
    expect(
      check('src/domain/records/caseload.ts', "import { nearest } from '../contract/suggest';\nimport type { Cell } from '../spreadsheet/cells';\nimport { isMonth } from '../months';\nimport { dayNumber } from './days';"),
    ).toEqual([]);
  });

  it('spreadsheet/ reading another room of the domain or a package not its own', () => {
    expect(check('src/domain/spreadsheet/xlsx.ts', "import { cellName } from '../contract/xlsxImport';")[0]).toMatch(/^src\/domain\/spreadsheet\/xlsx\.ts:1 imports '\.\.\/contract\/xlsxImport': spreadsheet\//);
    expect(check('src/domain/spreadsheet/xlsx.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(check('src/domain/spreadsheet/xlsx.ts', "import { Inflate } from 'fflate';\nimport type { Cell } from './cells';\nimport { monthOf } from '../months';")).toEqual([]);
  });

  it('a feature importing another feature; a component importing a feature', () => {
    expect(check('src/features/overview/OverviewPage.tsx', "import { X } from '../indicator/IndicatorTable';")[0]).toMatch(
      /^src\/features\/overview\/OverviewPage\.tsx:1 imports '\.\.\/indicator\/IndicatorTable': a feature never imports another feature/,
    );
    expect(check('src/features/overview/OverviewPage.tsx', "import { X } from './Part';\nimport { Page } from '../../components/Page';")).toEqual([]);
    expect(check('src/components/RagTag.tsx', "import { X } from '../features/overview/OverviewPage';")[0]).toMatch(/a component never imports a feature/);
    expect(check('src/components/RagTag.tsx', "import { useReadyDataset } from '../data/datasetContext';")[0]).toMatch(/never reads the data layer/);
    expect(check('src/components/Page.tsx', "import { useReadyDataset } from '../data/datasetContext';")[0]).toMatch(/never reads the data layer/);
  });

  it('src/ importing scripts/, tests/ or mocks/; scripts/ importing tests/', () => {
    expect(check('src/app/App.tsx', "import { handlers } from '../../mocks/handlers';")[0]).toMatch(/src\/ never imports/);
    expect(check('src/main.tsx', "const w = new Worker(new URL('../scripts/lib/worker.ts', import.meta.url));")[0]).toMatch(/src\/ never imports/);
    expect(check('scripts/bench/run.ts', "import { x } from '../../tests/e2e/devServer.e2e';")[0]).toMatch(/scripts\/ never imports tests\//);
    expect(check('scripts/bench/run.ts', "import { serve } from '../lib/staticServer';")).toEqual([]);
    expect(check('tests/e2e/x.e2e.ts', "import { serve } from '../../scripts/lib/staticServer';")).toEqual([]);
  });

  it('present/ reading contract/; src/routing reading anything above it; wouter outside src/routing and the router', () => {
    expect(check('src/domain/present/changeRows.ts', "import type { Publication } from '../contract/publication';")[0]).toMatch(/present\/ words what board\/ works out/);
    expect(check('src/routing/pages.ts', "import { useDataset } from '../data/useDataset';")[0]).toMatch(/src\/routing .* imports only itself/);
    expect(check('src/routing/routing.tsx', "import { useQuery } from '@tanstack/react-query';")[0]).toMatch(/src\/routing .* imports only itself/);
    expect(check('src/routing/routing.tsx', "import { useSearch } from 'wouter';\nimport { forwardRef } from 'react';")).toEqual([]);
    expect(check('src/features/targets/TargetsPage.tsx', "import { useSearch } from 'wouter';")[0]).toMatch(/only src\/routing\/routing\.tsx and the router/);
    expect(check('src/components/MonthPicker.tsx', "import { Link } from '../routing/routing';")).toEqual([]);
  });

  it('src/data reading a component, a feature or the app', () => {
    expect(check('src/data/useDataset.ts', "import { Page } from '../components/Page';")[0]).toMatch(/src\/data imports only src\/domain, src\/routing/);
    expect(check('src/data/useDataset.ts', "import { start } from '../app/start';")).toHaveLength(2);
    expect(check('src/data/useDataset.ts', "import { useSearchParams } from '../routing/routing';\nimport { isPublicationId } from '../domain/contract/publication';")).toEqual([]);
  });

  it('a component or a feature reading the app; a feature reading board/; anything but the entries reading the app', () => {
    expect(check('src/components/Page.tsx', "import { App } from '../app/App';")).toEqual([
      expect.stringMatching(/a component imports only src\/domain, src\/routing and other components/),
      expect.stringMatching(/src\/app is the top floor/),
    ]);
    expect(check('src/components/Page.tsx', "import { useReadyDataset } from '../data/datasetContext';")).toHaveLength(2);
    expect(check('src/features/help/GlossaryPage.tsx', "import { ragFor } from '../../domain/board/rag';")[0]).toMatch(/a feature never imports board\//);
    expect(check('src/features/help/GlossaryPage.tsx', "import { Layout } from '../../app/Layout';")[0]).toMatch(/a feature imports only src\/domain, src\/data/);
    expect(check('src/main.tsx', "import { start } from './app/start';")).toEqual([]);
    expect(check('src/entry-server.tsx', "import { AppRoutes } from './app/routes';")).toEqual([]);
  });

  it('scripts/ reading src/ beyond the domain and the page manifest', () => {
    expect(check('scripts/lib/vitePluginPrerender.ts', "import type { PublishedData } from '../../src/app/preloadData.ts';")[0]).toMatch(/scripts\/ reuse src\/domain and the page manifest/);
    expect(check('scripts/bench/bundle.ts', "import { PAGES } from '../../src/routing/pages.ts';\nimport { formatMonth } from '../../src/domain/months.ts';")).toEqual([]);
  });

  it('an import.meta.glob is read as an import of what it matches', () => {
    expect(check('src/components/X.tsx', "const pages = import.meta.glob('./*/*Page.tsx', { base: '../features' });")[0]).toMatch(
      /^src\/components\/X\.tsx:1 imports '\.\.\/features\/\*\/\*Page\.tsx': a component never imports a feature/,
    );
  });
});

describe('the cycle finder itself', () => {
  const graphOf = (files: Record<string, string>) => importGraph(Object.entries(files).map(([file, text]) => ({ file, text })));

  it('names a cycle of two files, and of three, each once, in import order', () => {
    const two = graphOf({ 'src/a.ts': "import { b } from './b';", 'src/b.ts': "import type { A } from './a';" });
    expect(importCycles(two)).toEqual([['src/a.ts', 'src/b.ts', 'src/a.ts']]);
    const three = graphOf({
      'src/x/a.ts': "export { b } from '../y/b';",
      'src/y/b.ts': "const c = () => import('../z/c');",
      'src/z/c.tsx': "import { a } from '../x/a';\nimport { d } from './d';",
      'src/z/d.ts': 'export const d = 1;',
    });
    expect(importCycles(three)).toEqual([['src/x/a.ts', 'src/y/b.ts', 'src/z/c.tsx', 'src/x/a.ts']]);
  });

  it('finds none in a graph without one, and follows an import.meta.glob to every file it matches', () => {
    expect(importCycles(graphOf({ 'src/a.ts': "import { b } from './b';", 'src/b.ts': 'export const b = 1;' }))).toEqual([]);
    const glob = graphOf({
      'src/app/routes.tsx': "const pages = import.meta.glob('./*/*Page.tsx', { base: '../features' });",
      'src/features/x/XPage.tsx': "import { routes } from '../../app/routes';",
    });
    expect(importCycles(glob)).toEqual([['src/app/routes.tsx', 'src/features/x/XPage.tsx', 'src/app/routes.tsx']]);
  });

  it('draws an arrow from a room to each room it imports, once, and none within a room or from the tests', () => {
    const graph = graphOf({
      'src/features/x/XPage.tsx': "import { ragFor } from '../../domain/board/rag';\nimport { Part } from './Part';\nimport { months } from '../../domain/months';",
      'src/features/x/Part.tsx': "import { ragFor } from '../../domain/board/rag';",
      'src/domain/board/rag.ts': "import type { Indicator } from '../schema';",
      'src/domain/months.ts': '',
      'src/domain/schema.ts': '',
      'tests/unit/x.test.ts': "import { XPage } from '../../src/features/x/XPage';",
    });
    expect([...roomEdges(graph, GROUND_FLOOR)].sort()).toEqual(['board --> ground', 'features --> board', 'features --> ground']);
    expect(['src/main.tsx', 'src/app/App.tsx', 'src/domain/names.ts', 'src/domain/board/spc/spc.ts', 'scripts/report.ts', 'mocks/handlers.ts'].map((file) => roomOf(file, GROUND_FLOOR))).toEqual([
      'app', 'app', 'ground', 'board', 'scripts', undefined,
    ]);
  });
});
