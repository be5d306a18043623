// Keyboard users step through the symbols of an equation: with the formula focused, the arrow
// keys move from symbol to symbol, each highlighted with its definition shown and its meaning
// announced in a polite live region; Escape stops.
import { describe, expect, it } from 'vitest';
import type { Browser } from './chromium.js';
import { openPage, withSeedSite, type Served } from './harness.js';

let browser: Browser;
let site: Served;

withSeedSite((b, s) => {
  browser = b;
  site = s;
});

describe('stepping through symbols', () => {
  it('adam-optimizer: → ← Home End move between symbols and announce each meaning; Escape stops', async () => {
    const { page, problems } = await openPage(browser, site.url('equations/adam-optimizer/'));
    const box = page.locator('.formula-box');
    const status = page.locator('.fy-step-status');
    const current = page.locator('.formula-box .fy-step');
    const count = await page.locator('.formula-box .katex-html [data-var]').evaluateAll((els) => els.filter((el) => el.parentElement?.closest('[data-var]')?.getAttribute('data-var') !== el.getAttribute('data-var')).length);
    expect(count).toBeGreaterThan(10);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // Reached by Tab like any control (the skip link, header and breadcrumb come first).
    await box.focus();
    expect(await box.getAttribute('aria-keyshortcuts')).toContain('ArrowRight');

    const said: string[] = [];
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      said.push((await status.textContent()) ?? '');
      expect(await current.count()).toBe(1);
    }
    expect(said[0]).toBe(`m: the first moment estimate (1 of ${count})`);
    expect(said).toContain(`eta: the learning rate (${said.findIndex((s) => s.startsWith('eta:')) + 1} of ${count})`);
    // Every item the formula links is announced on the way, with the meaning the page lists.
    const spoken = await page.locator('.where-list > li[data-var]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.spoken ?? ''));
    for (const s of spoken) expect(said.some((t) => t.startsWith(`${s} (`)), s).toBe(true);
    // The definition is shown beside the formula for the symbol reached (as on hover).
    await expect.poll(() => page.locator('.fy-tip').isVisible()).toBe(true);
    expect(await page.locator('.fy-tip').textContent()).toContain('small constant');

    // At the end → stays; Home goes to the first symbol, End to the last, ← goes back one.
    await page.keyboard.press('ArrowRight');
    expect(await status.textContent()).toBe(said[count - 1]);
    await page.keyboard.press('Home');
    expect(await status.textContent()).toBe(said[0]);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await status.textContent()).toBe(said[count - 2]);
    // Focus never left the formula.
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await current.count()).toBe(0);
    expect(await page.locator('.fy-tip').isVisible()).toBe(false);
    expect(problems.console).toEqual([]);
    await page.close();
  });
});
