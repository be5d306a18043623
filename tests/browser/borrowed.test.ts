// A meaning borrowed from another equation's where-list behaves like an own definition on the page.
import { describe, expect, it } from 'vitest';
import type { Browser } from './chromium.js';
import { openPage, withSeedSite, type Served } from './harness.js';

let browser: Browser;
let site: Served;

withSeedSite((b, s) => {
  browser = b;
  site = s;
});

describe('borrowed definitions on an equation page', () => {
  it('hovering σ on "LSTM Forget Gate" shows the sigmoid function, as in 33. LSTM Input Gate, with its link', async () => {
    const { page, problems } = await openPage(browser, site.url('equations/lstm-forget-gate/'));
    const article = page.locator('article.equation-entry').first();
    const item = article.locator('li.borrowed[data-var]').filter({ hasText: 'the sigmoid function' });
    await expect.poll(() => item.count()).toBe(1);
    const key = await item.getAttribute('data-var');
    const sigma = article.locator(`.katex [data-var="${key}"]`).first();
    await sigma.hover({ force: true });
    const tip = article.locator('.fy-tip[role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await expect.poll(() => tip.textContent()).toContain('the sigmoid function');
    const link = tip.locator('a', { hasText: 'LSTM Input Gate' });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toMatch(/equations\/lstm-input-gate\/$/);
    // Focusing the borrowed item highlights σ in the formula, like an own item.
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    const background = () => sigma.evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    await item.focus();
    await expect.poll(background).not.toBe(before);
    expect(problems.console).toEqual([]);
    await page.close();
  });

  it('a symbol no equation defines stays visibly undefined', async () => {
    const { page } = await openPage(browser, site.url('equations/actor-critic-gradient/'));
    const undefinedItem = page.locator('li.unexplained').filter({ hasText: 'not defined in this collection' });
    expect(await undefinedItem.count()).toBeGreaterThan(0);
    await page.close();
  });
});
