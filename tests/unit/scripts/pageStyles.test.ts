// A drawn page links its own style sheets (its lazily loaded chunk's CSS) in its <head>, so it
// is styled before its script loads: the route a drawn page falls under, the sheets each page
// needs from the build's chunks, and the links added once.
import { describe, expect, it } from 'vitest';
import { pageModulesOf, pageStylesOf, routePathFor, withInlineStyles, withStyleSheets } from '../../../scripts/lib/vitePluginPrerender';

describe('routePathFor', () => {
  const paths = ['', 'targets', 'indicator/:id', 'help/spc'];
  it('finds the route path a drawn route falls under, parameters included', () => {
    expect(routePathFor('/', paths)).toBe('');
    expect(routePathFor('/targets/', paths)).toBe('targets');
    expect(routePathFor('/indicator/CP5/', paths)).toBe('indicator/:id');
    expect(routePathFor('/help/spc/', paths)).toBe('help/spc');
  });
  it('finds none for a route of another shape', () => {
    expect(routePathFor('/help/glossary/', paths)).toBeUndefined();
    expect(routePathFor('/indicator/', paths)).toBeUndefined();
  });
});

describe('withStyleSheets', () => {
  const page = '<html><head>\n    <link rel="stylesheet" crossorigin href="./assets/index.css">\n  </head><body></body></html>';
  it('links each sheet the page does not link already, at the end of its head', () => {
    const styled = withStyleSheets(page, ['assets/index.css', 'assets/TargetsPage.css']);
    expect(styled.match(/rel="stylesheet"/g)).toHaveLength(2);
    expect(styled).toContain('<link rel="stylesheet" href="assets/TargetsPage.css">\n  </head>');
  });
  it('leaves a page that links them all alone', () => {
    expect(withStyleSheets(page, ['assets/index.css'])).toBe(page);
  });
});

describe('pageStylesOf', () => {
  const css = (...sheets: string[]) => ({ importedCss: new Set(sheets) });
  const bundle = {
    'assets/index.js': { type: 'chunk' as const, fileName: 'assets/index.js', facadeModuleId: '/p/index.html', imports: [], viteMetadata: css('assets/index.css') },
    'assets/TargetsPage.js': { type: 'chunk' as const, fileName: 'assets/TargetsPage.js', facadeModuleId: '/p/src/features/targets/TargetsPage.tsx', imports: ['assets/table.js', 'assets/index.js'], viteMetadata: css('assets/TargetsPage.css') },
    'assets/table.js': { type: 'chunk' as const, fileName: 'assets/table.js', facadeModuleId: null, imports: [], viteMetadata: css('assets/table.css') },
    'assets/OverviewPage.js': { type: 'chunk' as const, fileName: 'assets/OverviewPage.js', facadeModuleId: '/p/src/features/overview/OverviewPage.tsx', imports: [], viteMetadata: css() },
    'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
  };
  it('gives each page its chunk’s CSS and that of every chunk it imports; a page with none has no entry', () => {
    const styles = pageStylesOf(bundle, [{ path: 'targets', module: 'src/features/targets/TargetsPage.tsx' }, { path: '', module: 'src/features/overview/OverviewPage.tsx' }, { path: 'gone', module: 'src/features/gone/GonePage.tsx' }], '/p');
    expect(styles).toEqual({ targets: ['assets/TargetsPage.css', 'assets/index.css', 'assets/table.css'] });
  });
  it('gives each page its chunk first, then every chunk it imports, once each; a page with no chunk has no entry', () => {
    const modules = pageModulesOf(bundle, [{ path: 'targets', module: 'src/features/targets/TargetsPage.tsx' }, { path: '', module: 'src/features/overview/OverviewPage.tsx' }, { path: 'gone', module: 'src/features/gone/GonePage.tsx' }], '/p');
    expect(modules).toEqual({ targets: ['assets/TargetsPage.js', 'assets/table.js', 'assets/index.js'], '': ['assets/OverviewPage.js'] });
  });
});

describe('withInlineStyles', () => {
  const page = '<html><head>\n    <link rel="stylesheet" crossorigin href="./assets/index.css">\n    <link rel="stylesheet" href="assets/TargetsPage.css">\n  </head><body></body></html>';
  const sheets: Record<string, string> = { 'assets/index.css': 'body{margin:0}\n', 'assets/TargetsPage.css': '.targets-table{width:100%}' };
  it('writes each sheet it can read into the page, in the order the links had, and links none of them', () => {
    const inlined = withInlineStyles(page, (sheet) => sheets[sheet]);
    expect(inlined).not.toContain('rel="stylesheet"');
    expect(inlined).toContain('<style data-href="assets/index.css">body{margin:0}</style>');
    expect(inlined.indexOf('assets/index.css')).toBeLessThan(inlined.indexOf('assets/TargetsPage.css'));
    expect(inlined).toContain('<style data-href="assets/TargetsPage.css">.targets-table{width:100%}</style>\n  </head>');
  });
  it('keeps the link of a sheet it cannot read, of one from another site, and of one that would end the <style> early', () => {
    expect(withInlineStyles(page, () => undefined)).toBe(page);
    const foreign = '<head><link rel="stylesheet" href="https://example.org/x.css"></head>';
    expect(withInlineStyles(foreign, () => 'body{}')).toBe(foreign);
    const closing = withInlineStyles(page, (sheet) => (sheet === 'assets/index.css' ? 'a{content:"</style><script>"}' : sheets[sheet]));
    expect(closing).toContain('href="./assets/index.css"');
    expect(closing).toContain('<style data-href="assets/TargetsPage.css">');
  });
});
