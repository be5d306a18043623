// Issue 15, formula search in Chromium: formulas typed into the real search box of the built
// seed site (variables renamed, notation variants, plain text) list their equation among the
// first three options, with a note that the formula matched; word search is untouched.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './chromium.js';
import { openPage, serve, type Served } from './harness.js';
import { FORMULA_QUERIES } from '../search/formula-queries.js';

const root = inject('siteRoot');
let site: Served;
let browser: Browser;
beforeAll(async () => {
  site = await serve(root);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Clears the box, then enters the query (typed key by key, or pasted) and waits for its options. */
async function search(page: Page, query: string, typed: boolean): Promise<void> {
  const input = page.locator('#search-input');
  await input.fill('');
  await expect.poll(() => page.locator('.search-count').textContent()).toBe('');
  if (typed) await input.pressSequentially(query);
  else await input.fill(query);
  await page.locator('#search-results [role="option"]').first().waitFor();
  await expect.poll(() => page.locator('.search-count').textContent()).toMatch(/\d+ results?/);
}

/** The equation numbers of the first options. */
async function topNumbers(page: Page, n = 3): Promise<number[]> {
  const numbers = await page.locator('#search-results [role="option"] .search-number').allTextContents();
  return numbers.slice(0, n).map((t) => Number.parseInt(t, 10));
}

// One test per query, each with its own budget: on a busy machine the run takes longer, it
// does not fail (a single test that typed every query once timed out at 60 s under load).
describe('formula search: every formula of the query set lists its equation among the first three options', () => {
  let page: Page;
  let problems: Awaited<ReturnType<typeof openPage>>['problems'];
  beforeAll(async () => {
    ({ page, problems } = await openPage(browser, site.url('')));
  });
  afterAll(async () => {
    await page?.close();
  });

  for (const [k, [query, expected]] of FORMULA_QUERIES.entries()) {
    // The first few are typed key by key, as a reader would (every prefix is a query); the rest pasted.
    it(`${k < 4 ? 'typed' : 'pasted'}: ${query} → equation ${expected}`, async () => {
      await search(page, query, k < 4);
      expect(await topNumbers(page)).toContain(expected);
    });
  }

  it('with no console error and no failed request', () => {
    expect(problems.console).toEqual([]);
    expect(problems.failed).toEqual([]);
  });
});

describe('formula search in the search box', () => {
  it('says which formula matched: "(A^\\top A)^{-1} A^\\top b" lists Normal Equation first, noted as a formula match', async () => {
    const { page } = await openPage(browser, site.url('equations/softmax-function/'));
    await search(page, '(A^\\top A)^{-1} A^\\top b', false);
    const first = page.locator('#search-results [role="option"]').first();
    await expect(first.locator('.search-name').textContent()).resolves.toContain('Normal Equation');
    await expect(first.locator('.search-formula-note').textContent()).resolves.toMatch(/^Matches formula/);
    expect(await first.locator('.search-formula-matched .katex-html').count()).toBe(1);
    // A line of a multi-line formula: the note names the part.
    await search(page, '\\hat{m} = m / (1 - \\beta_1^t)', false);
    const adam = page.locator('#search-results [role="option"]').filter({ hasText: 'Adam Optimizer' });
    await expect(adam.locator('.search-formula-note').textContent()).resolves.toMatch(/^Matches formula, part 3 of 5 \(100% alike\)$/); // m̂ is the third of five parts (its line holds m̂ and v̂)
    // Enter opens the first option of a formula query too.
    await search(page, '(X^T X)^-1 X^T y', false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/equations\/normal-equation[^/]*\/$/);
    // No word marks for a formula match: its letters are not words of the page.
    expect(await page.locator('main mark.search-term').count()).toBe(0);
    await page.close();
  });

  for (const query of ['learning rate', 'softmax', '\\eta', 'W_{hh}', 'cross-entropy']) {
    it(`leaves the word or symbol query ${query} to the word search: no formula note`, async () => {
      const { page } = await openPage(browser, site.url(''));
      await search(page, query, false);
      expect(await page.locator('.search-formula-note').count(), query).toBe(0);
      await page.close();
    });
  }
});
