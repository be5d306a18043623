// Every page type of the built seed site, in a real Chromium, under the site's strict CSP:
// no console errors, no failed requests, no CSP violations, and the features a reader uses.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, type Browser } from './chromium.js';
import { cspViolations, openPage, serve, settled, type Served } from './harness.js';

let browser: Browser;
let site: Served;
const root = inject('siteRoot');
const firstTopic = () => readdirSync(path.join(root, 'topics'), { withFileTypes: true }).find((d) => d.isDirectory())!.name;

beforeAll(async () => {
  browser = await launchChromium();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  site = await serve(root);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every page type loads cleanly', () => {
  const pages: Array<[string, () => string, number]> = [
    ['home', () => '', 200],
    ['an equation page', () => 'equations/adam-optimizer/', 200],
    ['an equation at its number', () => 'equations/17/', 200],
    ['a topic page', () => `topics/${firstTopic()}/`, 200],
    ['the topics index', () => 'topics/', 200],
    ['the notation index', () => 'symbols/', 200],
    ['the 404 page', () => 'no/such/page/', 404],
  ];
  it.each(pages)('%s: no console errors, failed requests or CSP violations', async (_name, p, status) => {
    const { page, problems, status: got } = await openPage(browser, site.url(p()));
    expect(got).toBe(status);
    await settled(page);
    expect(problems.console).toEqual([]);
    expect(problems.failed).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the reader', () => {
  // Issue 27: /equations/17/ is the equation itself (it was a meta refresh to the slug URL).
  it('opens the Adam Optimizer page at /equations/17/, its canonical link naming the slug URL', async () => {
    const { page } = await openPage(browser, site.url('equations/17/'));
    await expect(page.locator('h1').textContent()).resolves.toContain('Adam Optimizer');
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/equations\/adam-optimizer\/$/);
    await page.close();
  });

  it('searches by keyboard: / focuses the box, typing shows results, ↓ and Enter open one', async () => {
    const { page } = await openPage(browser, site.url('equations/softmax-function/'));
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await page.keyboard.type('adam');
    const options = page.locator('#search-results [role="option"]');
    await options.first().waitFor();
    await expect(options.first().textContent()).resolves.toContain('Adam');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-input').getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await page.keyboard.press('Enter');
    // The result's link carries the query (?h=adam), so the page marks the words.
    await page.waitForURL(/equations\/adam-optimizer\/\?h=adam$/);
    await page.close();
  });

  it('finds equations by symbol: η', async () => {
    const { page } = await openPage(browser, site.url(''));
    await page.locator('#search-input').fill('η');
    const options = page.locator('#search-results [role="option"]');
    await options.first().waitFor();
    const texts = await options.allTextContents();
    expect(texts.join('\n')).toMatch(/Gradient Descent|Adam|Momentum|RMSProp/);
    await page.close();
  });

  it('filters the home page\'s full list in place as you type, and restores it when cleared', async () => {
    const { page } = await openPage(browser, site.url(''));
    const visibleItems = () => page.locator('#equation-list li.eq-item:visible').count();
    expect(await visibleItems()).toBe(100);
    await page.locator('#search-input').fill('learning rate');
    await expect.poll(visibleItems).toBeLessThan(20);
    await expect.poll(visibleItems).toBeGreaterThan(2);
    await expect(page.locator('#equation-list li.eq-item:visible').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Adam Optimizer')]));
    await page.locator('#search-input').fill('');
    await expect.poll(visibleItems).toBe(100);
    await page.close();
  });

  it('"Copy LaTeX" puts the equation\'s LaTeX on the clipboard and says so', async () => {
    const { page } = await openPage(browser, site.url('equations/adam-optimizer/'));
    await page.locator('button[data-copy="latex"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('\\beta_1 m + (1 - \\beta_1)');
    await expect.poll(() => page.locator('.copy-status').textContent()).toMatch(/copied/i);
    await page.close();
  });

  it('highlights every occurrence of a symbol when its definition is hovered or focused, and the definition from the symbol', async () => {
    const { page } = await openPage(browser, site.url('equations/adam-optimizer/'));
    const article = page.locator('article.equation-entry').first();
    const etaItem = article.locator('li[data-var]').filter({ hasText: 'learning rate' });
    const key = await etaItem.getAttribute('data-var');
    expect(key).not.toBeNull();
    const occurrences = article.locator(`.katex [data-var="${key}"]`);
    expect(await occurrences.count()).toBeGreaterThan(0);
    const background = () => occurrences.first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    await etaItem.hover();
    await expect.poll(background).not.toBe(before);
    await page.mouse.move(0, 0);
    await expect.poll(background).toBe(before);
    await etaItem.focus();
    await expect.poll(background).not.toBe(before);
    // And back: hovering the symbol highlights its definition.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const itemBackground = () => etaItem.evaluate((el) => getComputedStyle(el).backgroundColor);
    const itemBefore = await itemBackground();
    await occurrences.first().hover();
    await expect.poll(itemBackground).not.toBe(itemBefore);
    await page.close();
  });

  it('switches to dark mode with the toggle and remembers it on the next page', async () => {
    const { page } = await openPage(browser, site.url(''));
    const toggle = page.locator('[data-theme-toggle]');
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(site.url('equations/adam-optimizer/'));
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);
    await page.locator('[data-theme-toggle]').click();
    await page.close();
  });

  it('never scrolls sideways at 360×640 (only an equation\'s own box may)', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    for (const p of ['', 'equations/adam-optimizer/', 'equations/positional-encoding-sinusoidal/', 'symbols/', `topics/${firstTopic()}/`]) {
      await page.goto(site.url(p));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p || 'home').toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('prints the home page as a PDF with every equation on it', async () => {
    const { page } = await openPage(browser, site.url(''));
    await page.emulateMedia({ media: 'print' });
    // The formula of each item (a name may hold math too, e.g. "($R^2$)", so not every .katex).
    const visible = await page.locator('#equation-list li.eq-item .formula-box .katex').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(visible).toBe(100);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.close();
  });
});
