// Issue 27, item 5: on a 390×844 phone the search field stays at the top while the reader types,
// whatever the panel holds (nothing typed, nothing found, one result, many), and a query that
// finds nothing says "0 results" with the nearest names as links.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import axe from 'axe-core';
import { launchChromium, type Browser } from './chromium.js';
import { openPage, serve, type Served } from './harness.js';

let site: Served;
let browser: Browser;
beforeAll(async () => {
  site = await serve(inject('siteRoot'));
  browser = await launchChromium({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const fieldTop = async (page: Page): Promise<number> => (await page.locator('#search-input').boundingBox())!.y;

async function type(page: Page, query: string, count: RegExp): Promise<void> {
  await page.locator('#search-input').fill(query);
  await expect.poll(() => page.locator('.search-count').textContent()).toMatch(count);
}

describe('phone search (390×844)', () => {
  it('keeps the field at the top when empty, with no result, one result and many', async () => {
    const { page, problems } = await openPage(browser, site.url('equations/adam-optimizer/'));
    await page.locator('.search-open').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    const tops = [await fieldTop(page)];
    await type(page, 'sofmtax', /^0 results$/);
    await expect(page.locator('.search-count').isVisible()).resolves.toBe(true);
    tops.push(await fieldTop(page));
    await type(page, 'adam', /^1 result$/);
    tops.push(await fieldTop(page));
    await type(page, 'learning rate', /^([2-9]|\d\d+) results$/);
    tops.push(await fieldTop(page));
    await type(page, '', /^$/);
    tops.push(await fieldTop(page));
    expect(Math.max(...tops) - Math.min(...tops), tops.join(', ')).toBeLessThanOrEqual(8);
    expect(tops[0]!).toBeLessThan(60);
    expect(problems.console).toEqual([]);
    await page.close();
  });

  it('a query that finds nothing shows "0 results" and links to the nearest names', async () => {
    const { page } = await openPage(browser, site.url(''));
    await page.locator('.search-open').click();
    await type(page, 'sofmtax', /^0 results$/);
    const suggestion = page.locator('.search-suggest a').first();
    await suggestion.waitFor();
    await expect(suggestion.textContent()).resolves.toBe('4. Softmax Function');
    await expect(suggestion.getAttribute('href')).resolves.toBe('/equations/softmax-function/');
    await expect(page.locator('.search-suggest').isVisible()).resolves.toBe(true);
    // Typing on clears the suggestion as soon as something matches.
    await type(page, 'softmax', /results?$/);
    await expect.poll(() => page.locator('.search-suggest a').count()).toBe(0);
    await page.close();
  });

  it('offers "Search for the formula instead" for a formula the word search read as prose, and runs it', async () => {
    const { page } = await openPage(browser, site.url(''));
    await page.locator('.search-open').click();
    // Words of four letters that name nothing: read as prose, they match nothing.
    await type(page, 'qqqq = zzzz / wwww', /^0 results$/);
    const button = page.locator('.search-formula-instead');
    await button.waitFor();
    await button.click();
    await expect.poll(() => page.locator('.search-count').textContent()).toMatch(/^[1-9]\d* results?$/);
    await expect(page.locator('#search-results [role="option"] .search-formula-note').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.search-formula-instead').count()).resolves.toBe(0);
    await page.close();
  });

  it('the panel with "0 results" and its suggestions, and a 404 page with its own, have no WCAG 2.1 A/AA violations', async () => {
    const violations = async (page: Page): Promise<string[]> => {
      // Evaluated through the DevTools protocol, so the page's CSP does not block it.
      await page.evaluate(axe.source);
      return page.evaluate(async () => {
        const w = window as unknown as { axe: typeof axe };
        const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      });
    };
    const { page } = await openPage(browser, site.url('equations/softmax-function/'));
    await page.locator('.search-open').click();
    await type(page, 'sofmtax', /^0 results$/);
    await page.locator('.search-suggest a').first().waitFor();
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
    const missing = await openPage(browser, site.url('equations/sofmtax-function/'));
    await missing.page.locator('[data-nearest] a').first().waitFor();
    await expect(violations(missing.page)).resolves.toEqual([]);
    await missing.page.close();
  });
});
