// npx tsx scripts/screenshot.ts <route> [out.png] [width] [height]: a screenshot of the built
// site (dist/) at a route such as "targets/?month=2017-11", for looking at what was built.
// Full page unless a height is given.
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/staticServer.ts';

const [route = '', out = 'screenshot.png', width = '1280', height] = process.argv.slice(2);
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 900) } });
  page.on('console', (message) => console.log(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  await page.goto(server.url + route);
  await page.waitForSelector('h1');
  await page.waitForTimeout(500);
  await page.screenshot({ path: out, fullPage: height === undefined });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
