// npx tsx scripts/screenshot.ts <route> [out.png] [width] [height]: a screenshot of the built
// site (dist/) at a route such as "targets/?month=2017-11", for looking at what was built.
// Full page unless a height is given.
// npx tsx scripts/screenshot.ts --review [folder]: every page at 1280, 768 and 390 px wide,
// saved as folder/<page>-<width>.png (default folder: screenshots/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { REVIEW_PAGES, REVIEW_WIDTHS } from './lib/reviewPages.ts';
import { serveStatic } from './lib/staticServer.ts';

async function shoot(browser: Browser, url: string, out: string, width: number, height?: number) {
  const page = await browser.newPage({ viewport: { width, height: height ?? 900 } });
  page.on('console', (message) => console.log(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('main h1');
  await page.waitForTimeout(500);
  await page.screenshot({ path: out, fullPage: height === undefined });
  await page.close();
  console.log(`saved ${out}`);
}

const args = process.argv.slice(2);
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  if (args[0] === '--review') {
    const folder = args[1] ?? 'screenshots';
    mkdirSync(folder, { recursive: true });
    for (const { name, route } of REVIEW_PAGES) {
      for (const width of REVIEW_WIDTHS) await shoot(browser, server.url + route, join(folder, `${name}-${width}.png`), width);
    }
  } else {
    const [route = '', out = 'screenshot.png', width = '1280', height] = args;
    await shoot(browser, server.url + route, out, Number(width), height === undefined ? undefined : Number(height));
  }
} finally {
  await browser.close();
  await server.close();
}
