// Issue 27, item 7: the symbol tooltip opens below the formula, never over a line of it (it sat
// over Adam's first line when a symbol of the second was pointed at), and the notation index's
// jump-to-letter bar is one row at 1280 px (it wrapped).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type Browser } from './chromium.js';
import { openPage, serve, type Served } from './harness.js';

let site: Served;
beforeAll(async () => {
  site = await serve(inject('siteRoot'));
});
afterAll(async () => site?.close());

describe.each([
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const)('the symbol tooltip (%s)', (_name, viewport) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ viewport });
  });
  afterAll(async () => browser?.close());

  it('opens below the formula, covering none of its lines, for a symbol on a lower line', async () => {
    const { page } = await openPage(browser, site.url('equations/adam-optimizer/'));
    const box = page.locator('article.equation-entry .formula-box').first();
    const symbols = box.locator('[data-var]');
    const first = (await symbols.first().boundingBox())!;
    // A symbol on a line below the first one.
    let target = symbols.first();
    for (let k = 0; k < (await symbols.count()); k++) {
      const b = (await symbols.nth(k).boundingBox())!;
      if (b.y > first.y + first.height) {
        target = symbols.nth(k);
        break;
      }
    }
    expect((await target.boundingBox())!.y).toBeGreaterThan(first.y + first.height);
    await target.hover();
    const tip = page.locator('.fy-tip');
    await tip.waitFor();
    const t = (await tip.boundingBox())!;
    const f = (await box.boundingBox())!;
    expect(t.y).toBeGreaterThanOrEqual(f.y + f.height - 1);
    await page.close();
  });
});

describe('the jump-to-letter bar at 1280 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => browser?.close());

  it.each(['symbols/', 'search/'])('is one row on %s', async (path) => {
    const { page } = await openPage(browser, site.url(path));
    const tops = await page.locator('nav.letter-bar li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(10);
    expect(new Set(tops).size, tops.join(' ')).toBe(1);
    await page.close();
  });
});
