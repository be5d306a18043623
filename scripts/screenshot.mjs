import { chromium } from 'playwright-core';
import { createStaticServer } from '../lib/serve/static-server.js';
const [root, out, path = '', w = '390', hgt = '844', action = ''] = process.argv.slice(2);
const server = await createStaticServer({ root, base: '/' });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +hgt } });
await page.goto(`http://127.0.0.1:${port}/${path}`);
await page.evaluate(() => document.fonts.ready);
if (action.startsWith('search:')) {
  if (await page.locator('.search-open').isVisible()) await page.locator('.search-open').click();
  await page.locator('#search-input').fill(action.slice(7));
  await page.locator('#search-results [role="option"]').first().waitFor();
  await page.waitForTimeout(300);
}
if (action.startsWith('nomatch:')) {
  // A query that finds nothing: the panel shows "0 results" and the nearest names.
  if (await page.locator('.search-open').isVisible()) await page.locator('.search-open').click();
  await page.locator('#search-input').fill(action.slice(8));
  await page.locator('.search-suggest a').first().waitFor();
  await page.waitForTimeout(300);
}
if (action === 'expand') { await page.locator('.eq-defs summary').first().click(); }
console.log(await page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().height));
await page.screenshot({ path: out });
await browser.close(); server.close();
