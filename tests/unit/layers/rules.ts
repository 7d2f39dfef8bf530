// The layer rules of docs/architecture.md, as one table, and the imports that break them. The
// floors, bottom up: the domain (its ground floor, then contract/, board/ and present/); src/routing
// (the page manifest, and links and hooks on the router); src/data; src/components; src/features;
// src/app with the two entries (src/main.tsx, src/entry-server.tsx) on top. Each floor imports only
// the floors below it. scripts/ reuse the domain and the page manifest; mocks/ and tests/ anything.
import { readImports } from './imports';

/** The npm packages the domain may use; everything else outside src/domain is forbidden there. */
// fflate: inflating an .xlsx's parts in memory, synchronously (no worker, no Node or browser API),
// for spreadsheet/, which pages load on demand through contract/workbookFile.ts.
const DOMAIN_PACKAGES = ['zod', 'zod/mini', 'jsonc-parser', 'papaparse', 'fflate'];
/** The ground floor every room of the domain may read. */
export const GROUND_FLOOR = ['src/domain/schema', 'src/domain/valueEntry', 'src/domain/months', 'src/domain/format', 'src/domain/plan', 'src/domain/names'];
/** Browser and network globals the domain must not touch: it is pure functions of its arguments. */
export const BROWSER_GLOBALS = ['fetch', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'XMLHttpRequest'];
/** The app's entries: the page's one script and the build's server rendering. With src/app, the top floor. */
const ENTRIES = ['src/main', 'src/entry-server'];

export interface Rule {
  /** The rule in words, printed with each breach. */
  rule: string;
  /** The importing files: path prefixes from the repository root. `*` stands for one folder name. */
  files: string[];
  /** Files it applies to that are let off, with the reason in `rule`. */
  except?: string[];
  /**
   * Only these may be imported: path prefixes, and packages by name or name/subpath (any package
   * when left out). With `within`, only imports of paths under it are held to `paths`.
   */
  only?: { paths: string[]; packages?: string[]; within?: string };
  /** These path prefixes may not be imported. `{own}` is the folder `*` matched in `files`. */
  never?: string[];
  /** These packages may not be imported. */
  neverPackages?: string[];
  /** These globals may not be used. */
  globals?: string[];
}

export const RULES: Rule[] = [
  {
    rule: 'the domain imports only src/domain and its listed packages (no React, charts, query, router, Node or browser APIs)',
    files: ['src/domain/'],
    only: { paths: ['src/domain/'], packages: DOMAIN_PACKAGES },
    globals: BROWSER_GLOBALS,
  },
  {
    rule: 'the ground floor (schema, months, format, names) imports no room of the domain',
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
    rule: 'records/ (counting a month from Annex A) imports only the ground floor, spreadsheet/, contract/suggest, contract/decodeText and itself: no package, no board/, present/ or other contract/ module',
    files: ['src/domain/records/'],
    only: { paths: [...GROUND_FLOOR, 'src/domain/records/', 'src/domain/spreadsheet/', 'src/domain/contract/suggest', 'src/domain/contract/decodeText'], packages: [] },
  },
  {
    rule: 'present/ words what board/ works out: it imports the ground floor, board/ and itself, never contract/',
    files: ['src/domain/present/'],
    never: ['src/domain/contract/'],
  },
  {
    rule: 'src/routing (the page manifest, links and hooks on the router) imports only itself, React and the router: it sits below data, components and features',
    files: ['src/routing/'],
    only: { paths: ['src/routing/'], packages: ['react', 'wouter', 'regexparam'] },
  },
  {
    rule: 'only src/routing/routing.tsx and the router (src/app/routes.tsx) use wouter: pages and components take their links and hooks from src/routing/routing.tsx',
    files: ['src/'],
    except: ['src/routing/routing.tsx', 'src/app/routes.tsx'],
    neverPackages: ['wouter'],
  },
  {
    rule: 'src/data imports only src/domain, src/routing, itself and packages: never a component, a feature or the app',
    files: ['src/data/'],
    only: { paths: ['src/domain/', 'src/routing/', 'src/data/'] },
  },
  {
    rule: 'a component never imports a feature',
    files: ['src/components/'],
    never: ['src/features/'],
  },
  {
    rule: 'a component never reads the data layer (src/data): it shows what it is given; src/app and the pages in src/features read it',
    files: ['src/components/'],
    never: ['src/data/'],
  },
  {
    rule: 'a component imports only src/domain, src/routing and other components: never the data layer, a feature or the app',
    files: ['src/components/'],
    only: { paths: ['src/domain/', 'src/routing/', 'src/components/'] },
  },
  {
    rule: 'a feature never imports another feature (shared parts go to src/components or src/domain)',
    files: ['src/features/*/'],
    never: ['src/features/'],
  },
  {
    rule: 'a feature never imports board/: it shows what present/ words and the data layer gives it, and decides nothing',
    files: ['src/features/*/'],
    never: ['src/domain/board/'],
  },
  {
    rule: 'a feature imports only src/domain, src/data, src/components, src/routing and its own folder: never the app',
    files: ['src/features/*/'],
    only: { paths: ['src/domain/', 'src/data/', 'src/components/', 'src/routing/', 'src/features/'] },
  },
  {
    rule: 'src/app is the top floor: only its entries (src/main.tsx, src/entry-server.tsx) import it',
    files: ['src/'],
    except: ['src/app/', ...ENTRIES],
    never: ['src/app/'],
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
  {
    rule: 'scripts/ reuse src/domain and the page manifest (src/routing/pages.ts), nothing else of src/: the build draws pages through src/entry-server.tsx, by path',
    files: ['scripts/'],
    only: { within: 'src/', paths: ['src/domain/', 'src/routing/pages'] },
  },
];

export interface Breach {
  file: string;
  line: number;
  what: string;
  rule: string;
}

const under = (target: string, prefix: string) =>
  prefix.endsWith('/') ? target.startsWith(prefix) : target === prefix || target.startsWith(`${prefix}/`);
const packageAllowed = (specifier: string, packages: string[]) =>
  packages.some((name) => specifier === name || specifier.startsWith(`${name}/`));

/** The folder `*` stands for in a rule's `files`, or undefined when the file is not one of them. */
function matchFiles(rule: Rule, file: string): { own: string } | undefined {
  if (rule.except?.some((prefix) => under(file.replace(/\.(tsx?|mts|m?js|cjs)$/, ''), prefix.replace(/\.(tsx?|mts|m?js|cjs)$/, '')))) return undefined;
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

/** Every breach of every rule by `files`. */
export function breaches(files: { file: string; text: string }[], rules: Rule[] = RULES): { breaches: Breach[]; errors: string[] } {
  const found: Breach[] = [];
  const errors: string[] = [];
  for (const { file, text } of files) {
    const read = readImports(file, text, BROWSER_GLOBALS);
    errors.push(...read.errors);
    for (const rule of rules) {
      const match = matchFiles(rule, file);
      if (!match) continue;
      for (const entry of read.imports) {
        const { target, specifier } = entry;
        let broken = false;
        if (rule.only) {
          const { paths, packages, within } = rule.only;
          if (target === undefined) broken = packages !== undefined && !packageAllowed(specifier, packages);
          else broken = (within === undefined || under(target, within)) && !paths.some((prefix) => under(target, prefix));
        }
        if (rule.never && target !== undefined) {
          broken ||= rule.never.some((prefix) => under(target, prefix) && !(match.own && under(target, match.own)));
        }
        if (rule.neverPackages && target === undefined) broken ||= packageAllowed(specifier, rule.neverPackages);
        if (broken) found.push({ file, line: entry.line, what: `imports '${specifier}'`, rule: rule.rule });
      }
      for (const entry of rule.globals ? read.globals.filter((global) => rule.globals!.includes(global.specifier)) : []) {
        found.push({ file, line: entry.line, what: `uses the global '${entry.specifier}'`, rule: rule.rule });
      }
    }
  }
  return { breaches: found, errors };
}

export const describeBreach = (breach: Breach) => `${breach.file}:${breach.line} ${breach.what}: ${breach.rule}`;
