// The layer rules (docs/architecture.md) as a test: every import of every file in src/, scripts/,
// mocks/ and tests/ (static, dynamic `import()`, `import('x').T` types, `export ... from`,
// `require()`, and `new URL('x', import.meta.url)` for workers and assets) is read with the
// parser Vite ships (oxc, through `parseSync`), then held against RULES below. A failure names
// the file, the line, the import and the rule it breaks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

// ---------- the rules: one table ----------

/** The npm packages the domain may use; everything else outside src/domain is forbidden there. */
// fflate: inflating an .xlsx's parts in memory, synchronously (no worker, no Node or browser API),
// for spreadsheet/, which pages load on demand through contract/workbookFile.ts.
const DOMAIN_PACKAGES = ['zod', 'zod/mini', 'jsonc-parser', 'date-fns', 'papaparse', 'fflate'];
/** The ground floor every room of the domain may read. */
const GROUND_FLOOR = ['src/domain/schema', 'src/domain/valueEntry', 'src/domain/months', 'src/domain/format', 'src/domain/plan'];
/** Browser and network globals the domain must not touch: it is pure functions of its arguments. */
const BROWSER_GLOBALS = ['fetch', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'XMLHttpRequest'];

interface Rule {
  /** The rule in words, printed with each breach. */
  rule: string;
  /** The importing files: path prefixes from the repository root. `*` stands for one folder name. */
  files: string[];
  /** Files it applies to that are let off, with the reason in `rule`. */
  except?: string[];
  /** Only these may be imported (path prefixes, and packages by name or name/subpath). */
  only?: { paths: string[]; packages: string[] };
  /** These path prefixes may not be imported. `{own}` is the folder `*` matched in `files`. */
  never?: string[];
  /** These globals may not be used. */
  globals?: string[];
}

const RULES: Rule[] = [
  {
    rule: 'the domain imports only src/domain and its listed packages (no React, charts, query, router, Node or browser APIs)',
    files: ['src/domain/'],
    only: { paths: ['src/domain/'], packages: DOMAIN_PACKAGES },
    globals: BROWSER_GLOBALS,
  },
  {
    rule: 'the ground floor (schema, months, format) imports no room of the domain',
    files: GROUND_FLOOR,
    only: { paths: GROUND_FLOOR, packages: DOMAIN_PACKAGES },
  },
  {
    rule: 'contract/ shares only the ground floor with the rest of the domain: it imports neither board/ nor present/',
    files: ['src/domain/contract/'],
    never: ['src/domain/board/', 'src/domain/present/'],
  },
  {
    rule: 'board/ shares only the ground floor with the rest of the domain: it imports neither contract/ nor present/',
    files: ['src/domain/board/'],
    never: ['src/domain/contract/', 'src/domain/present/'],
  },
  {
    rule: 'spreadsheet/ (the workbook and CSV readers) imports only the ground floor, itself, fflate and papaparse: contract/ and records/ build on it, never the reverse',
    files: ['src/domain/spreadsheet/'],
    only: { paths: [...GROUND_FLOOR, 'src/domain/spreadsheet/'], packages: ['fflate', 'papaparse'] },
  },
  {
    rule: 'a feature never imports another feature (shared parts go to src/components or src/domain)',
    files: ['src/features/*/'],
    never: ['src/features/'],
  },
  {
    rule: 'a component never imports a feature',
    files: ['src/components/'],
    never: ['src/features/'],
  },
  {
    rule:
      'a component never reads the data layer (src/data): it shows what it is given; src/app and the pages in src/features read it',
    files: ['src/components/'],
    never: ['src/data/'],
  },
  {
    rule: 'src/ never imports scripts/, tests/ or mocks/ (they are not shipped)',
    files: ['src/'],
    never: ['scripts/', 'tests/', 'mocks/'],
  },
  {
    rule: 'scripts/ never imports tests/ (shared Node helpers live in scripts/lib/)',
    files: ['scripts/'],
    never: ['tests/'],
  },
];

// ---------- reading imports ----------

interface Import {
  /** The specifier as written: './x', 'react', 'node:fs'. */
  specifier: string;
  line: number;
  /** Repository-relative path without extension for a relative import; undefined for a package. */
  target?: string;
}
interface Breach {
  file: string;
  line: number;
  what: string;
  rule: string;
}

type Node = { type?: string; start?: number; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const stringOf = (node: unknown): string | undefined =>
  isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;

function walk(node: unknown, visit: (node: Node, parent: Node | undefined) => void, parent?: Node) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (!isNode(node)) return;
  if (typeof node.type === 'string') visit(node, parent);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'parent' && typeof value === 'object') walk(value, visit, typeof node.type === 'string' ? node : parent);
  }
}

const isImportMetaUrl = (node: unknown) =>
  isNode(node) &&
  node.type === 'MemberExpression' &&
  isNode(node.object) &&
  node.object.type === 'MetaProperty' &&
  isNode(node.property) &&
  node.property.name === 'url';

/** Where an identifier is a name being declared (a variable, a parameter, a function, an import). */
function isDeclaration(node: Node, parent: Node | undefined): boolean {
  if (!parent) return false;
  if (['VariableDeclarator', 'FunctionDeclaration', 'FunctionExpression', 'ClassDeclaration'].includes(parent.type ?? '') && parent.id === node) return true;
  if (['ImportSpecifier', 'ImportDefaultSpecifier', 'ImportNamespaceSpecifier'].includes(parent.type ?? '') && parent.local === node) return true;
  if (parent.type === 'CatchClause' && parent.param === node) return true;
  return Array.isArray(parent.params) && parent.params.includes(node);
}

/** Where `name` is a variable read, not a property name, an object key or a declaration. */
function isGlobalRead(node: Node, parent: Node | undefined): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return false;
  if ((parent.type === 'Property' || parent.type === 'TSPropertySignature' || parent.type === 'MethodDefinition') && parent.key === node && !parent.computed)
    return false;
  if (parent.type === 'VariableDeclarator' && parent.id === node) return false;
  if (parent.type === 'TSQualifiedName' && parent.right === node) return false;
  return !['ImportSpecifier', 'ExportSpecifier', 'FunctionDeclaration', 'TSTypeReference', 'LabeledStatement'].includes(parent.type ?? '');
}

/** Every import of one file, and the browser globals it reads. */
function readImports(file: string, text: string): { imports: Import[]; globals: Import[]; errors: string[] } {
  const lang = file.endsWith('.tsx') ? 'tsx' : file.endsWith('.ts') || file.endsWith('.mts') ? 'ts' : 'js';
  const parsed = parseSync(file, text, { lang, sourceType: 'module' });
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const imports: Import[] = [];
  const globals: Import[] = [];
  // A name the file declares itself (`const window = ...`) is not the global of that name.
  const declared = new Set<string>();
  walk(parsed.program, (node, parent) => {
    if (node.type === 'Identifier' && isDeclaration(node, parent)) declared.add(node.name as string);
  });
  const add = (specifier: string | undefined, at: Node) => {
    if (specifier === undefined) return;
    const relative = specifier.startsWith('.') || specifier.startsWith('/');
    const target = relative
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/(\/index)?\.(tsx?|mts|m?js|cjs)$/, '').replace(/\/index$/, '')
      : undefined;
    imports.push({ specifier, line: lineOf(at.start ?? 0), target });
  };
  walk(parsed.program, (node, parent) => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
      case 'ImportExpression':
        add(stringOf(node.source), node);
        if (node.type === 'ImportExpression' && stringOf(node.source) === undefined) {
          imports.push({ specifier: '<computed import()>', line: lineOf(node.start ?? 0), target: '<computed>' });
        }
        break;
      case 'TSImportType': {
        const argument = node.argument as Node | undefined;
        add(stringOf(node.source) ?? stringOf(argument?.literal) ?? stringOf(argument), node);
        break;
      }
      case 'CallExpression':
        if (isNode(node.callee) && node.callee.type === 'Identifier' && node.callee.name === 'require') add(stringOf((node.arguments as unknown[])[0]), node);
        break;
      case 'NewExpression': {
        const args = node.arguments as unknown[];
        if (isNode(node.callee) && node.callee.name === 'URL' && isImportMetaUrl(args[1])) add(stringOf(args[0]), node);
        break;
      }
      case 'Identifier':
        if (BROWSER_GLOBALS.includes(node.name as string) && !declared.has(node.name as string) && isGlobalRead(node, parent)) {
          globals.push({ specifier: node.name as string, line: lineOf(node.start ?? 0) });
        }
        break;
    }
  });
  return { imports, globals, errors: parsed.errors.map((error) => `${file}: ${error.message}`) };
}

// ---------- holding imports against the rules ----------

const under = (target: string, prefix: string) =>
  prefix.endsWith('/') ? target.startsWith(prefix) : target === prefix || target.startsWith(`${prefix}/`);
const packageAllowed = (specifier: string, packages: string[]) =>
  packages.some((name) => specifier === name || specifier.startsWith(`${name}/`));

/** The folder `*` stands for in a rule's `files`, or undefined when the file is not one of them. */
function matchFiles(rule: Rule, file: string): { own: string } | undefined {
  if (rule.except?.some((prefix) => under(file, prefix))) return undefined;
  for (const pattern of rule.files) {
    const [head, tail = ''] = pattern.split('*');
    if (!pattern.includes('*')) {
      if (under(file.replace(/\.(tsx?|mts|m?js|cjs)$/, ''), pattern)) return { own: '' };
      continue;
    }
    if (!file.startsWith(head!)) continue;
    const folder = file.slice(head!.length).split('/')[0]!;
    if (file.startsWith(`${head}${folder}${tail}`)) return { own: `${head}${folder}${tail}` };
  }
  return undefined;
}

function breaches(files: { file: string; text: string }[]): { breaches: Breach[]; errors: string[] } {
  const found: Breach[] = [];
  const errors: string[] = [];
  for (const { file, text } of files) {
    const read = readImports(file, text);
    errors.push(...read.errors);
    for (const rule of RULES) {
      const match = matchFiles(rule, file);
      if (!match) continue;
      for (const entry of read.imports) {
        const { target, specifier } = entry;
        let broken = false;
        if (rule.only) {
          broken = target === undefined ? !packageAllowed(specifier, rule.only.packages) : !rule.only.paths.some((prefix) => under(target, prefix));
        }
        if (rule.never && target !== undefined) {
          broken ||= rule.never.some((prefix) => under(target, prefix) && !(match.own && under(target, match.own)));
        }
        if (broken) found.push({ file, line: entry.line, what: `imports '${specifier}'`, rule: rule.rule });
      }
      for (const entry of rule.globals ? read.globals.filter((global) => rule.globals!.includes(global.specifier)) : []) {
        found.push({ file, line: entry.line, what: `uses the global '${entry.specifier}'`, rule: rule.rule });
      }
    }
  }
  return { breaches: found, errors };
}

const describeBreach = (breach: Breach) => `${breach.file}:${breach.line} ${breach.what}: ${breach.rule}`;

// ---------- the repository ----------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = /\.(tsx?|mts|m?js|cjs)$/;
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('the layer rules', () => {
  const files = ['src', 'scripts', 'mocks', 'tests'].flatMap(sourceFiles);

  it('reads every source file of src/, scripts/, mocks/ and tests/', () => {
    expect(files.filter((file) => file.startsWith('src/domain/')).length).toBeGreaterThan(20);
    expect(files).toContain('tests/unit/layers.test.ts');
  });

  it('hold for every import of every file', () => {
    const result = breaches(files.map((file) => ({ file, text: readFileSync(path.join(repoRoot, file), 'utf8') })));
    expect(result.errors).toEqual([]);
    expect(result.breaches.map(describeBreach).join('\n')).toBe('');
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
    expect(check('src/domain/months.ts', "import { format } from 'date-fns';\nimport { enGB } from 'date-fns/locale/en-GB';")).toEqual([]);
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
});
