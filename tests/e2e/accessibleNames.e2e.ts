// Accessible names with their spaces (issue 27): on every page drawn at publication and hydrated,
// Chromium's accessibility tree names each element with the words its text has, spaces and all.
// React's server rendering puts a space between two pieces of text as a whitespace-only text node
// between comment markers, which Chromium leaves out of a name ("TargetsMar 2019"); a page drawn
// in the browser has no markers. Each named element's name is compared with its text as the
// browser lays it out (innerText): the same characters but fewer spaces is words run together.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publishedDataOf } from '../../scripts/lib/vitePluginPrerender';
import { routesDrawn } from '../../src/routing/pages';
import { DIST, useSite } from './fixtures';

const site = useSite();
const { publication } = publishedDataOf(DIST);
const { figures } = routesDrawn(publication.dataset.indicators.map((indicator) => indicator.id));

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
}

/** Roles whose names are only their own text, or the page's. */
const SKIPPED = new Set(['StaticText', 'InlineTextBox', 'RootWebArea', 'LineBreak']);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const spaceless = (text: string) => text.replace(/\s+/g, '');

/** Each named element whose name runs together words its text keeps apart: `role: "name" (its text: "…")`. */
async function namesRunTogether(page: Page, cdp: CDPSession): Promise<string[]> {
  // Every element numbered, with its laid-out text, read back by number from the tree's DOM nodes.
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((element, index) => {
      element.setAttribute('data-name-check', String(index));
      return element instanceof HTMLElement ? element.innerText : (element.textContent ?? '');
    }),
  );
  // The whole DOM in one call, to find each tree node's element by its backend id.
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as unknown as { root: DomNode };
  const numbered = new Map<number, number>();
  const visit = (node: DomNode) => {
    const attributes = node.attributes ?? [];
    const at = attributes.indexOf('data-name-check');
    if (at !== -1 && at % 2 === 0) numbered.set(node.backendNodeId, Number(attributes[at + 1]));
    node.children?.forEach(visit);
  };
  visit(root);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
  const found: string[] = [];
  for (const node of nodes) {
    const name = squash(node.name?.value ?? '');
    if (node.ignored || !name || node.backendDOMNodeId === undefined || SKIPPED.has(node.role?.value ?? '')) continue;
    const index = numbered.get(node.backendDOMNodeId);
    if (index === undefined) continue;
    const text = squash(texts[index] ?? '');
    if (name !== text && spaceless(name) === spaceless(text) && name.length < text.length) found.push(`${node.role?.value}: "${name}" (its text: "${text}")`);
  }
  return found;
}

describe('accessible names on the pages drawn at publication, once hydrated', () => {
  it('the pages drawn are the manifest’s, an indicator page for each indicator', () => {
    expect(figures).toContain('/');
    expect(figures).toContain('/targets/');
    expect(figures.filter((route) => route.startsWith('/indicator/')).length).toBe(publication.dataset.indicators.length);
  });

  it('keep every space their text has, on every page', { timeout: 600_000 }, async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const found: string[] = [];
    for (const route of figures) {
      const page = await context.newPage();
      await page.goto(site.server.url + route.slice(1));
      await page.locator('html[data-app="running"] main > h1').waitFor({ timeout: 15_000 });
      // Hydrated over the drawn page, not drawn afresh: React's markers are still in it.
      expect(await page.evaluate(() => document.getElementById('root')?.hasAttribute('data-publication')), route).toBe(true);
      const cdp = await page.context().newCDPSession(page);
      for (const problem of await namesRunTogether(page, cdp)) found.push(`${route} ${problem}`);
      await cdp.detach();
      await page.close();
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
