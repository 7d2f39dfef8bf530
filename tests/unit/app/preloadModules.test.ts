/** @vitest-environment jsdom */
// A drawn page names its own chunks; once painted, its script asks for them as module preloads.
import { afterEach, describe, expect, it } from 'vitest';
import { preloadModules } from '../../../src/app/preloadModules';

afterEach(() => document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove()));

describe('preloadModules', () => {
  it('adds one module preload per chunk named, once each, relative to the base address', () => {
    const added = preloadModules('assets/OverviewPage-a1.js  assets/summary-b2.js assets/OverviewPage-a1.js');
    expect(added.map((link) => link.getAttribute('href'))).toEqual(['assets/OverviewPage-a1.js', 'assets/summary-b2.js']);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    expect(links).toHaveLength(2);
    expect(links.every((link) => link.crossOrigin === '')).toBe(true);
  });

  it('adds nothing for a page that names none', () => {
    expect(preloadModules(null)).toEqual([]);
    expect(preloadModules('  ')).toEqual([]);
    expect(document.head.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
  });

  it('skips a name that is not one of the site’s own files', () => {
    expect(preloadModules('https://example.org/x.js /root.js //cdn/x.js assets/ok.js').map((link) => link.getAttribute('href'))).toEqual(['assets/ok.js']);
  });
});
