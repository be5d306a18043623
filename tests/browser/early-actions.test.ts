// A reader quicker than the network: the page is shown (and usable) before its script, and the
// lazily loaded parts (search UI) arrive later still. What the reader did before the code came
// (clicked into the search box and typed, pointed at a symbol, opened every definition) must be
// honoured when it arrives, not lost until the reader does it again. Each test holds one script
// back, acts, then lets it load.
import { describe, expect, it } from 'vitest';
import type { Browser } from './chromium.js';
import { withSeedSite, type Served } from './harness.js';
import { holdScript } from './hold.js';

let browser: Browser;
let site: Served;

withSeedSite((b, s) => {
  browser = b;
  site = s;
});

const MAIN = /\/assets\/main-[^/]*\.js$/;

/** Opens `path` with the page script held: returns once the whole document is parsed (and shown). */
async function openHeld(path: string) {
  const page = await browser.context.newPage();
  const main = await holdScript(page, MAIN);
  // The module script holds DOMContentLoaded back; parsing ends ("interactive") before it runs.
  await page.goto(site.url(path), { waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => document.readyState)).not.toBe('loading');
  expect(main.asked()).toBe(true);
  return { page, main };
}
const SEARCH = /\/assets\/search-[^/]*\.js$/;

describe('actions taken before the code arrives', () => {
  it('text typed into the search box before the page script runs is searched when it does', async () => {
    const { page, main } = await openHeld('equations/adam-optimizer/');
    const input = page.locator('#search-input');
    await input.click();
    await input.pressSequentially('adam');
    expect(await page.locator('#search-results [role="option"]').count()).toBe(0);
    main.release();
    const adam = page.locator('#search-results [role="option"]').filter({ hasText: 'Adam Optimizer' });
    await expect.poll(() => adam.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#search-panel').isVisible()).toBe(true);
    await page.close();
  });

  it('text typed while the search code is on its way is searched when it arrives', async () => {
    const page = await browser.context.newPage();
    const search = await holdScript(page, SEARCH);
    await page.goto(site.url('equations/adam-optimizer/'));
    const input = page.locator('#search-input');
    await input.click();
    await expect.poll(() => search.asked()).toBe(true);
    await input.pressSequentially('adam');
    search.release();
    const adam = page.locator('#search-results [role="option"]').filter({ hasText: 'Adam Optimizer' });
    await expect.poll(() => adam.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#search-panel').isVisible()).toBe(true);
    await page.close();
  });

  it('a symbol already under the pointer when the page script runs shows its definition', async () => {
    const { page, main } = await openHeld('equations/adam-optimizer/');
    const eta = page.locator('.formula-box .katex-html [data-var]').filter({ hasText: /^η$/ }).first();
    await eta.hover();
    const tip = page.locator('.fy-tip');
    expect(await tip.count()).toBe(0);
    main.release();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('learning rate');
    await page.close();
  });

  it('every definition opened before the page script runs: the button offers to hide them all', async () => {
    const { page, main } = await openHeld('');
    // The reader opens the first by hand, the other hundred stand for the reader's clicks (a
    // hundred clicks would make this test slow); each one's toggle event is over before release.
    await page.locator('details.eq-defs > summary').first().click();
    await page.evaluate(async () => {
      const closed = [...document.querySelectorAll<HTMLDetailsElement>('details.eq-defs:not([open])')];
      await Promise.all(closed.map((d) => new Promise((toggled) => {
        d.addEventListener('toggle', toggled, { once: true });
        d.open = true;
      })));
    });
    expect(await page.locator('details.eq-defs:not([open])').count()).toBe(0);
    main.release();
    const button = page.locator('button[data-defs-toggle]');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toBe('Hide all definitions');
    // And a click now closes them, as it says.
    await button.click();
    expect(await page.locator('details.eq-defs[open]').count()).toBe(0);
    await page.close();
  });
});
