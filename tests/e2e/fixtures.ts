// Shared set-up for the browser tests: the built site served by a plain static server under a
// sub-path, and one Chromium for the whole file.
import { cpSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/staticServer';

export const DIST = resolve('dist');
export const SCREENSHOTS = resolve('tests/e2e/output');

export interface Site {
  browser: Browser;
  server: StaticServer;
  /** A new page; closed after the test by the caller's context. */
  open: (route?: string, options?: BrowserContextOptions) => Promise<Page>;
}

/** Serve `root` (default: dist/) and launch Chromium for the tests in this file. */
export function useSite(root: () => string = () => DIST): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await serveStatic(root());
    site.browser = await launchBrowser();
    site.open = async (route = '', options = {}) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      await page.goto(site.server.url + route);
      return page;
    };
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** A copy of dist/ to break on purpose. */
export function copyOfDist(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));
  cpSync(DIST, folder, { recursive: true });
  return folder;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Wait for the page's h1 once the app runs (a drawn page hydrated, or the page drawn afresh). */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('html[data-app="running"] main > h1');
  await h1.waitFor({ timeout: 15_000 });
  return (await h1.textContent()) ?? '';
}

/** Wait until the page's h1 reads `text` (after a navigation). */
export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => document.documentElement.dataset.app === 'running' && document.querySelector('main h1')?.textContent === wanted, text, { timeout: 15_000 });
}
