// Issue 18, reading and finding: search results that say why they matched (snippets with <mark>,
// a count, every result reachable, Enter opens the first, the opened page marks the words),
// previews drawn with KaTeX HTML (no <math> in the panel), a sticky phone header of at most 56 px
// with a full-screen search, and formulas that say when they scroll. At desktop and phone
// sizes, light and dark.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './chromium.js';
import { openPage, serve, type Served } from './harness.js';

const root = inject('siteRoot');
let site: Served;
beforeAll(async () => {
  site = await serve(root);
});
afterAll(async () => site?.close());

const SIZES = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;
const CASES = SIZES.flatMap(([name, viewport]) => (['light', 'dark'] as const).map((scheme) => [`${name} ${scheme}`, viewport, scheme] as const));

/** Opens the search (the icon first on a phone) and types a query; resolves when options show. */
async function search(page: Page, query: string): Promise<void> {
  const icon = page.locator('.search-open');
  if (await icon.isVisible()) await icon.click();
  await page.locator('#search-input').fill('');
  await expect.poll(() => page.locator('.search-count').textContent()).toBe('');
  await page.locator('#search-input').fill(query);
  await page.locator('#search-results [role="option"]').first().waitFor();
  await expect.poll(() => page.locator('.search-count').textContent()).toMatch(/\d+ results?/);
}

const optionNames = (page: Page) => page.locator('#search-results [role="option"] .search-name').allTextContents();

describe.each(CASES)('%s', (_name, viewport, scheme) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ colorScheme: scheme, viewport });
  });
  afterAll(async () => browser?.close());

  it('"learning rate": a count, Gradient Descent in the top 3, and Adam\'s option shows the matched definition with the words marked', async () => {
    const { page } = await openPage(browser, site.url('equations/softmax-function/'));
    await search(page, 'learning rate');
    const count = await page.locator('.search-count').textContent();
    const n = Number(/(\d+) results/.exec(count ?? '')?.[1]);
    expect(n).toBeGreaterThan(5);
    expect((await optionNames(page)).slice(0, 3).join(' | ')).toContain('Gradient Descent');
    const adam = page.locator('#search-results [role="option"]').filter({ hasText: 'Adam Optimizer' });
    const snippet = adam.locator('.search-snippet');
    await expect(snippet.textContent()).resolves.toMatch(/learning rate/);
    await expect(snippet.locator('mark').allTextContents()).resolves.toEqual(['learning', 'rate']);
    await page.close();
  });

  it('"adm" finds Adam; "attention" reaches every match; no <math> is drawn in the panel', async () => {
    const { page } = await openPage(browser, site.url('equations/softmax-function/'));
    await search(page, 'adm');
    expect((await optionNames(page))[0]).toContain('Adam');
    await search(page, 'attention');
    const count = Number(/(\d+)/.exec((await page.locator('.search-count').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.locator('#search-results [role="option"]').count()).toBe(count);
    // The last option can be scrolled to and seen.
    const last = page.locator('#search-results [role="option"]').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last.isVisible()).resolves.toBe(true);
    const panel = page.locator('#search-panel');
    expect(await panel.locator('math').count()).toBe(0);
    expect(await panel.locator('.search-formula .katex-html').count()).toBeGreaterThan(0);
    // Previews fit the panel's width.
    const overflow = await panel.locator('.search-formula').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
    expect(overflow).toBe(0);
    await page.close();
  });

  it('Enter with no option selected opens the first result, which marks the words until dismissed', async () => {
    const { page } = await openPage(browser, site.url('equations/softmax-function/'));
    await search(page, 'learning rate');
    const first = (await optionNames(page))[0]!;
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/equations\/[^/]+\/\?h=learning/);
    await expect(page.locator('h1').textContent()).resolves.toContain(first.replace(/^\d+\.\s*/, '').slice(0, 10));
    const marks = page.locator('main mark.search-term');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['learning', 'rate']));
    await page.locator('.search-marks-clear').click();
    await expect.poll(() => marks.count()).toBe(0);
    expect(page.url()).not.toContain('h=');
    await page.close();
  });

  it('expanding an entry on the home list shows its where-list; "Show all definitions" opens every one', async () => {
    const { page } = await openPage(browser, site.url(''));
    const adam = page.locator('#equation-list li.eq-item[data-slug="adam-optimizer"]');
    const list = adam.locator('details.eq-defs .where-list');
    await expect(list.isVisible()).resolves.toBe(false);
    await adam.locator('details.eq-defs summary').click();
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(list.textContent()).resolves.toContain('learning rate');
    const toggle = page.locator('button.defs-toggle');
    await toggle.click();
    await expect.poll(() => page.locator('details.eq-defs:not([open])').count()).toBe(0);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect.poll(() => page.locator('details.eq-defs[open]').count()).toBe(0);
    await page.close();
  });

  it('formulas wider than their box say so (a fade and "scroll →" in the label)', async () => {
    const { page } = await openPage(browser, site.url(''));
    await page.evaluate(() => document.fonts.ready);
    const boxes = await page.locator('.formula-box').evaluateAll((els) =>
      els
        .map((e) => ({ over: e.scrollWidth - e.clientWidth, cue: e.getAttribute('data-overflow'), label: e.getAttribute('aria-label') ?? '', fade: getComputedStyle(e, '::after').content }))
        .sort((a, b) => b.over - a.over)
        .slice(0, 10),
    );
    for (const b of boxes.filter((x) => x.over > 1)) {
      expect(b.cue, b.label).toBe('end');
      expect(b.label).toMatch(/scroll →$/);
      expect(b.fade).not.toBe('none');
    }
    if (viewport.width < 500) expect(boxes.filter((x) => x.over > 1).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the home list with definitions on demand', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('prints every where-list, open or not', async () => {
    const { page } = await openPage(browser, site.url(''));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('#equation-list details.eq-defs .where-list').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 0).length);
    const all = await page.locator('#equation-list details.eq-defs').count();
    expect(all).toBeGreaterThan(90);
    expect(shown).toBe(all);
    await page.close();
  });
});

describe('related equations by meaning', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('Adam\'s related list has no equation whose shared symbol means something else, and says why each is related', async () => {
    const { page } = await openPage(browser, site.url('equations/adam-optimizer/'));
    const items = page.locator('section.related li');
    const texts = await items.allTextContents();
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.join('\n')).not.toContain('Exponential Family');
    expect(texts.join('\n')).toContain('Gradient Descent');
    const links = await items.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const [k, text] of texts.entries()) {
      const why = /\((shares (.+?), the (.+?)(?:, and \d+ more symbols?)?(?:; same topic)?|same topic)\)$/.exec(text.trim());
      expect(why, text).not.toBeNull();
      if (!why![3]) continue;
      // The other equation's where-list gives the symbol the same meaning.
      await page.goto(links[k]!);
      await expect(page.locator('article .where-list').first().textContent()).resolves.toContain(why![3]);
    }
    await page.close();
  });
});

describe('the phone header (390×844)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => browser?.close());

  it('is at most 56 px tall and stays at the top when the page scrolls; search is an icon that opens a full-screen panel with a back arrow', async () => {
    const { page } = await openPage(browser, site.url('equations/adam-optimizer/'));
    const header = page.locator('.site-header');
    await page.locator('.search-open').waitFor();
    const box = await header.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(56);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await expect.poll(async () => (await header.boundingBox())!.y).toBe(0);
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(false);
    await page.locator('.search-open').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    const form = await page.locator('form.search').boundingBox();
    expect(form).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    await page.locator('#search-input').fill('adam');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await expect(page.locator('.search-count').isVisible()).resolves.toBe(true);
    await page.locator('.search-back').click();
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('the notation index', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('has a jump-to-letter bar, a filter box, and lists expressions such as (AB) under their equation, not as symbols', async () => {
    const { page } = await openPage(browser, site.url('symbols/'));
    const letters = page.locator('nav.letter-bar a');
    expect(await letters.count()).toBeGreaterThan(10);
    for (const href of await letters.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const id = href.split('#')[1]!;
      expect(await page.locator(`#${id}`).count(), href).toBe(1);
    }
    // (AB) is not an index key; it is under Matrix Multiplication.
    const keys = await page.locator('dl.symbol-index:not(.expression-index dl) > .symbol-group > dt annotation').allTextContents();
    expect(keys).not.toContain('(AB)');
    const expressions = page.locator('.expression-index .symbol-group').filter({ hasText: 'Matrix Multiplication' });
    await expect(expressions.locator('annotation').allTextContents()).resolves.toContain('(AB)');
    // The filter narrows the groups.
    const all = await page.locator('.symbol-index .symbol-group:visible').count();
    await page.locator('#symbol-filter').fill('learning rate');
    await expect.poll(() => page.locator('.symbol-index .symbol-group:visible').count()).toBeLessThan(all / 5);
    await expect(page.locator('.symbol-index .symbol-group:visible').first().textContent()).resolves.toContain('learning rate');
    await page.close();
  });
});

describe('search without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('the form goes to the equations by name, never to an unfiltered list with an empty box', async () => {
    const page = await browser.context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(site.url('equations/softmax-function/'));
    await page.locator('#search-input').fill('adam');
    await page.locator('#search-input').press('Enter');
    await page.waitForURL(/\/search\/\?q=adam$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Equations by name');
    const a = page.locator('#letter-a').locator('xpath=..');
    await expect(a.locator('a', { hasText: 'Adam Optimizer' }).count()).resolves.toBe(1);
    await expect(page.locator('nav.letter-bar a[href="#letter-o"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('with JavaScript, the search page opens the search for ?q=', async () => {
    const { page } = await openPage(browser, site.url('search/?q=adam'));
    await page.locator('#search-results [role="option"]').first().waitFor();
    expect((await optionNames(page))[0]).toContain('Adam');
    await page.close();
  });
});
