// Reading every import of a source file with the parser Vite ships (oxc, through `parseSync`):
// static, dynamic `import()`, `import('x').T` types, `export ... from`, `require()`,
// `new URL('x', import.meta.url)` for workers and assets, and `import.meta.glob` patterns; and the
// browser globals it reads. Used by the layer test (tests/unit/layers.test.ts).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';

export interface Import {
  /** The specifier as written: './x', 'react', 'node:fs'. */
  specifier: string;
  line: number;
  /** Repository-relative path without extension for a relative import; undefined for a package. */
  target?: string;
  /** `url` for `new URL('x', import.meta.url)`: a worker or an asset, bundled apart, not a module this one runs. */
  kind?: 'url';
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

const isImportMeta = (node: unknown, property: string) =>
  isNode(node) &&
  node.type === 'MemberExpression' &&
  isNode(node.object) &&
  node.object.type === 'MetaProperty' &&
  isNode(node.property) &&
  node.property.name === property;
const isImportMetaUrl = (node: unknown) => isImportMeta(node, 'url');
const isImportMetaGlob = (node: unknown) => isImportMeta(node, 'glob');

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

/** Every import of one file, and which of `globalNames` it reads as globals. */
export function readImports(file: string, text: string, globalNames: readonly string[]): { imports: Import[]; globals: Import[]; errors: string[] } {
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
  const add = (specifier: string | undefined, at: Node, kind?: 'url') => {
    if (specifier === undefined) return;
    const relative = specifier.startsWith('.') || specifier.startsWith('/');
    const target = relative
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/(\/index)?\.(tsx?|mts|m?js|cjs)$/, '').replace(/\/index$/, '')
      : undefined;
    imports.push({ specifier, line: lineOf(at.start ?? 0), target, ...(kind ? { kind } : {}) });
  };
  // Vite's import.meta.glob('./*/*Page.tsx', { base: '../features' }): an import of every file the
  // pattern matches, its target the pattern from the repository root (src/features/*/*Page).
  const addGlob = (call: Node) => {
    const [patternNode, options] = call.arguments as unknown[];
    const pattern = stringOf(patternNode);
    if (pattern === undefined) return;
    const base = isNode(options) && Array.isArray(options.properties) ? (options.properties as Node[]).find((property) => isNode(property.key) && property.key.name === 'base') : undefined;
    add(stringOf(base?.value) === undefined ? pattern : path.posix.join(stringOf(base?.value)!, pattern), call);
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
        if (isImportMetaGlob(node.callee)) addGlob(node);
        break;
      case 'NewExpression': {
        const args = node.arguments as unknown[];
        if (isNode(node.callee) && node.callee.name === 'URL' && isImportMetaUrl(args[1])) add(stringOf(args[0]), node, 'url');
        break;
      }
      case 'Identifier':
        if (globalNames.includes(node.name as string) && !declared.has(node.name as string) && isGlobalRead(node, parent)) {
          globals.push({ specifier: node.name as string, line: lineOf(node.start ?? 0) });
        }
        break;
    }
  });
  return { imports, globals, errors: parsed.errors.map((error) => `${file}: ${error.message}`) };
}

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCE = /\.(tsx?|mts|m?js|cjs)$/;
/** Every source file under `folder`, as a path from the repository root. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
